/**
 * The "Tổng hợp / Consolidate" tab (for Sở Tài chính, formerly Sở KH&ĐT): pick the period, consolidate the report
 * sheets of this workbook and/or picked .xlsx files, watch the progress, cancel if needed, read the counts. The work itself is passed in
 * (Excel.run in the add-in, the fake in tests). Messages go in through textContent, never as HTML.
 */
import { countsLine } from "../core/consolidation/layout";
import { bilingual } from "../core/i18n/messages";
import { parseReportPeriod } from "../core/plan/calendar";
import type { ConsolidateWorkbookResult } from "../excel/consolidate-workbook";

export interface ConsolidateRequest {
  period: string;
  includeWorkbook: boolean;
  /** Files picked in the form, as the browser gives them (read by the caller, so tests need no FileList). */
  files: readonly { name: string; bytes: () => Promise<Uint8Array> }[];
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

export type ConsolidateFn = (request: ConsolidateRequest) => Promise<ConsolidateWorkbookResult>;

/** The picked files; `pick` lets tests stand in for the file input, which scripts cannot fill. */
export type PickedFiles = () => ConsolidateRequest["files"];

const fromInput = (input: HTMLInputElement): PickedFiles => () =>
  [...(input.files ?? [])].map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));

export function bindConsolidateTab(doc: Document, run: ConsolidateFn, today: Date = new Date(), pick?: PickedFiles): void {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const form = $<HTMLFormElement>("con-form");
  const kind = $<HTMLSelectElement>("con-kind");
  const year = $<HTMLInputElement>("con-year");
  const button = $<HTMLButtonElement>("con-run");
  const cancel = $<HTMLButtonElement>("con-cancel");
  const progress = $<HTMLProgressElement>("con-progress");
  const status = $<HTMLElement>("con-status");
  const includeWorkbook = $<HTMLInputElement>("con-workbook");
  const picked = pick ?? fromInput($<HTMLInputElement>("con-files"));

  // The report being compiled is usually the one just due: the six-month report until December, then the annual.
  year.value = String(today.getFullYear());
  kind.value = today.getMonth() >= 5 && today.getMonth() < 11 ? "H1" : "annual";
  let cancelled = false;
  cancel.addEventListener("click", () => {
    cancelled = true;
    status.textContent = bilingual("paneCancelling");
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const period = `${year.value}-${kind.value}`;
    if (!parseReportPeriod(period)) {
      status.textContent = bilingual("tplBadPeriod", { got: period });
      return;
    }
    const files = picked();
    if (!includeWorkbook.checked && files.length === 0) {
      status.textContent = bilingual("paneNothingToConsolidate");
      return;
    }
    cancelled = false;
    button.disabled = true;
    cancel.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = bilingual("paneConsolidating");
    try {
      const { result, written } = await run({
        period,
        includeWorkbook: includeWorkbook.checked,
        files,
        onProgress: (done, total) => {
          progress.max = Math.max(total, 1);
          progress.value = done;
        },
        isCancelled: () => cancelled,
      });
      status.textContent =
        written.status === "cancelled"
          ? bilingual("paneCancelled")
          : `${bilingual("paneConsolidated", { sheets: written.sheets.join(", ") })}\n${countsLine(result.counts, "vi")}\n${countsLine(result.counts, "en")}`;
    } catch (error) {
      status.textContent = `${bilingual("paneConsolidateFailed")}\n(${(error as Error).message})`;
    } finally {
      button.disabled = false;
      cancel.hidden = true;
      progress.hidden = true;
    }
  });
}
