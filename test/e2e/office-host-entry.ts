/**
 * Served in place of office.js in the real-browser tests: installs the in-memory Office host on window, exposes
 * it as window.__ttx for the test to type into "Excel" and inspect it, and, like Office, reports ready only after
 * the page's own scripts have registered their Office.onReady callbacks.
 */
import { installOfficeHost, type OfficeHostOptions } from "../support/office-host";

declare global {
  interface Window {
    __ttxHostOptions?: OfficeHostOptions;
    __ttx?: ReturnType<typeof installOfficeHost>;
  }
}

const host = installOfficeHost(window.__ttxHostOptions ?? {}, window as unknown as Record<string, unknown>);
window.__ttx = host;
window.addEventListener("load", () => host.start());
