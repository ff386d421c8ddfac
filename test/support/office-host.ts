/**
 * An in-memory Office host: the `Office` and `Excel` globals the add-in uses, backed by the fake Excel of
 * fake-excel.ts. The same module serves jest (installed on globalThis) and the real-browser tests (bundled and
 * served in place of office.js), so the production code paths run unchanged against data tests can inspect.
 */
import { createFakeExcel } from "./fake-excel";

export interface OfficeHostOptions {
  displayLanguage?: string;
  /** Office's body background colour: a dark one switches the pane to the dark theme. */
  bodyBackgroundColor?: string;
  settings?: Record<string, unknown>;
}

export function installOfficeHost(
  options: OfficeHostOptions = {},
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
) {
  const excel = createFakeExcel();
  const settings = new Map<string, unknown>(Object.entries(options.settings ?? {}));
  const saved = new Map<string, unknown>(settings);
  const actions = new Map<string, (event: unknown) => unknown>();
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const log = { runs: 0, shownAsTaskpane: 0 };
  let ready: (() => void)[] | null = [];

  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? "#ffffff" },
      document: {
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, value),
          remove: (name: string) => void settings.delete(name),
          saveAsync: (callback?: (r: { status: string }) => void) => {
            for (const [k, v] of settings) saved.set(k, v);
            callback?.({ status: "succeeded" });
          },
        },
      },
      requirements: { isSetSupported: () => true },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise((resolve) => {
        const go = () => {
          callback?.(info);
          resolve(info);
        };
        if (ready) ready.push(go);
        else go();
      });
    },
    addin: { showAsTaskpane: async () => void log.shownAsTaskpane++ },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => void actions.set(name, fn) },
  };
  const excelApi = {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      log.runs++;
      return batch(excel.context);
    },
  };
  const customFunctions = { associate: (id: string, fn: (...args: unknown[]) => unknown) => void functions.set(id, fn) };
  Object.assign(target, { Office: office, Excel: excelApi, CustomFunctions: customFunctions });

  return {
    ...excel,
    /** What was saved with Office's document settings (saveAsync), as opposed to only set. */
    savedSettings: saved,
    actions,
    functions,
    log,
    /** Office.onReady resolves only now: like Office, after the page's scripts have registered their callbacks. */
    start: () => {
      const waiting = ready ?? [];
      ready = null;
      waiting.forEach((go) => go());
    },
  };
}

export type OfficeHost = ReturnType<typeof installOfficeHost>;
