/**
 * Renders the real task pane (App with the Office.js services) against the in-memory Office host, in jsdom.
 * Shared by the pane tests; the real-browser tests use the same host in Chromium.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { officeServices } from "../../src/taskpane/services";
import { installOfficeHost, type OfficeHostOptions } from "../support/office-host";

// jsdom lacks what every browser has and the pane uses: TextEncoder (plan hash), TextDecoder (reading picked
// files), matchMedia (Fluent UI).
const { TextEncoder, TextDecoder } = require("util") as typeof import("util");
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom's File has no arrayBuffer() (every browser's has): read it the way browsers did before it existed.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

export function renderPane(options: OfficeHostOptions & { today?: Date } = {}) {
  const host = installOfficeHost(options);
  host.start();
  const view = render(<App services={officeServices()} today={options.today ?? new Date(2025, 4, 20)} />);
  const byId = <T extends HTMLElement>(id: string) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`no #${id} in the pane`);
    return el as T;
  };
  return { host, view, byId, screen };
}

/** Waits until an element's text matches (a run finished), failing with what it showed instead. */
export async function waitForText(get: () => HTMLElement, pattern: RegExp): Promise<string> {
  await waitFor(() => expect(get().textContent).toMatch(pattern), { timeout: 5000 });
  return get().textContent ?? "";
}

export { act };

// Each test starts as a first visit: no language remembered from the previous one.
beforeEach(() => localStorage.clear());
