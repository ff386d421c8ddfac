/**
 * Served in place of office.js in the real-browser tests: installs the in-memory Office host on window, exposes
 * it as window.__ttx for the test to type into "Excel" and inspect it, and, like Office, reports ready only after
 * the page's own scripts have registered their Office.onReady callbacks. Two test options stand for hosts that
 * go wrong: `neverReady` (Office never says ready) and `unsupportedSets` (an Excel too old for those sets).
 */
import { installOfficeHost, type OfficeHostOptions } from "../support/office-host";

type EntryOptions = OfficeHostOptions & { neverReady?: boolean; unsupportedSets?: string[] };

declare global {
  interface Window {
    __ttxHostOptions?: EntryOptions;
    __ttx?: ReturnType<typeof installOfficeHost>;
  }
}

const options = window.__ttxHostOptions ?? {};
const host = installOfficeHost(options, window as unknown as Record<string, unknown>);
window.__ttx = host;
if (options.unsupportedSets) {
  const unsupported = new Set(options.unsupportedSets);
  (
    window as unknown as { Office: { context: { requirements: { isSetSupported(name: string): boolean } } } }
  ).Office.context.requirements.isSetSupported = (name) => !unsupported.has(name);
}
if (!options.neverReady) window.addEventListener("load", () => host.start());
