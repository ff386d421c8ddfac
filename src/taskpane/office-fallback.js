/*
 * Runs right after the <script> for office.js from Microsoft's CDN, before the page's own scripts. If the CDN could
 * not be reached (a proxy or firewall blocks appsforoffice.microsoft.com, no internet), `Office` is undefined here,
 * and the copy of office.js served by the add-in's own host (office-js/, from the @microsoft/office-js package) is
 * loaded in its place, in the <head> and before any other script, as Office requires. Written with document.write
 * so that it stays a parser-blocking script like the CDN one (an inserted script would run after the pane's own
 * scripts). Plain ES5: it is copied as it is, not built. If this copy fails too, the pane says so (boot.ts).
 */
if (typeof window.Office === "undefined") {
  window.__ttxOfficeFallback = true;
  // office.js finds where to load its other files (the Excel part, strings) from the first <script> whose src ends
  // in office.js: the failed CDN one must go, or it would fetch them from the CDN again.
  var scripts = document.getElementsByTagName("script");
  for (var i = scripts.length - 1; i >= 0; i--) {
    if (/\/office\.js(\?|$)/.test(scripts[i].src)) scripts[i].parentNode.removeChild(scripts[i]);
  }
  document.write('<script src="office-js/office.js"></' + "script>");
}
