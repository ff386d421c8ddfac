/**
 * What the task pane asks of its host, as one interface: Office.js in the add-in (officeServices), an in-memory
 * Excel in tests. The React components only see this, so they never touch Office globals directly.
 */
import { initialLanguage } from "../core/i18n/language";
import { bilingual, type Lang } from "../core/i18n/messages";
import type { TemplateSpecT } from "../core/templates/spec";
import { checkActiveSheet, type SheetCheck } from "../excel/check-sheet";
import type { ConsolidateWorkbookResult } from "../excel/consolidate-workbook";
import { insertTemplates, type InsertResult } from "../excel/insert-templates";
import { listReportSheets, selectCell, type ReportSheet } from "../excel/report-reader";
import type { ConsolidateRequest } from "./consolidate-request";
import { runConsolidation } from "./consolidate-run";

export interface PaneServices {
  insertTemplates(specs: TemplateSpecT[]): Promise<InsertResult>;
  checkActiveSheet(): Promise<SheetCheck>;
  selectCell(sheet: string, cell: string): Promise<void>;
  consolidate(request: ConsolidateRequest): Promise<ConsolidateWorkbookResult>;
  /** The report sheets of the open workbook, for the Consolidate tab to offer. */
  listReportSheets(): Promise<ReportSheet[]>;
  /** The language to start in: saved choice, else Office's display language. */
  initialLanguage(): Lang;
  saveLanguage(lang: Lang): void;
  /** Office's theme is dark (Excel's black theme): the pane follows it. */
  darkTheme(): boolean;
  /**
   * What the pane can do with files it made. `download`: save through the browser (Excel on the web, Excel on
   * Windows); not Excel on Mac or iPad, whose webview ignores downloads (OfficeDev/office-js#2700, #3385).
   * `openInExcel`: open a file as a new workbook (Excel.createWorkbook, ExcelApi 1.8).
   */
  fileDelivery(): { download: boolean; openInExcel: boolean };
  /** Hands the bytes to the browser as a download named `name` (a Blob and an `<a download>`). */
  downloadFile(name: string, bytes: Uint8Array, type: string): Promise<void>;
  /** Opens an .xlsx as a new workbook in Excel (not saved: the user saves it). */
  openWorkbook(bytes: Uint8Array): Promise<void>;
}

/** Platforms whose add-in webview does not download (WKWebView): Office.PlatformType's values. */
const NO_DOWNLOAD_PLATFORMS = new Set(["Mac", "iOS"]);

/** Base64 of bytes, in slices (String.fromCharCode takes a limited number of arguments). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A download through the browser: the page's own Blob URL, clicked as a link, released once the browser has it. */
async function downloadBlob(name: string, bytes: Uint8Array, type: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

const SETTING = "ttx.lang";

/** Perceived brightness of "#rrggbb"; Office gives its theme colours in that form. */
const isDark = (hex: string | undefined): boolean => {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
};

/** Excel.run, or a plain-words refusal when the pane is open outside Excel (no Excel API: a browser, not Office). */
function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.reject(new Error(bilingual("paneNeedsExcel")));
  return Excel.run(batch);
}

export function officeServices(): PaneServices {
  return {
    insertTemplates: (specs) => excelRun((context) => insertTemplates(context, specs)),
    checkActiveSheet: () => excelRun((context) => checkActiveSheet(context)),
    selectCell: (sheet, cell) => excelRun((context) => selectCell(context, sheet, cell)),
    consolidate: (request) => excelRun((context) => runConsolidation(context, request)),
    listReportSheets: () => excelRun((context) => listReportSheets(context)),
    initialLanguage: () => {
      // The document's setting (Office settings) wins; the browser's storage carries the choice to new workbooks.
      let saved: unknown = Office.context?.document?.settings?.get(SETTING);
      try {
        saved ??= globalThis.localStorage?.getItem(SETTING);
      } catch {
        // Storage can be blocked (private mode, policies): the display language then decides.
      }
      return initialLanguage(saved, Office.context?.displayLanguage ?? globalThis.navigator?.language);
    },
    saveLanguage: (lang) => {
      try {
        globalThis.localStorage?.setItem(SETTING, lang);
      } catch {
        // Not remembered across workbooks then; the document setting below still is.
      }
      const settings = Office.context?.document?.settings;
      settings?.set(SETTING, lang);
      settings?.saveAsync();
    },
    darkTheme: () => isDark(Office.context?.officeTheme?.bodyBackgroundColor),
    fileDelivery: () => {
      const office = typeof Office === "undefined" ? undefined : Office;
      const platform = String(office?.context?.platform ?? "");
      const excel = typeof Excel === "undefined" ? undefined : (Excel as unknown as { createWorkbook?: unknown });
      const api18 = office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.8") === true;
      return { download: !NO_DOWNLOAD_PLATFORMS.has(platform), openInExcel: api18 && typeof excel?.createWorkbook === "function" };
    },
    downloadFile: downloadBlob,
    openWorkbook: async (bytes) => {
      if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function") throw new Error(bilingual("paneNeedsExcel"));
      await Excel.createWorkbook(base64(bytes));
    },
  };
}
