/** What the Consolidate tab asks for: the period, which sources, and hooks for progress and cancelling. */
import type { Lang } from "../core/i18n/messages";

export interface ConsolidateRequest {
  period: string;
  /** Language of the sheets written (Vietnamese by default: the workbook goes to the Provincial People's Committee). */
  lang?: Lang;
  /** The workbook's report sheets to include (ticked in the pane); none when empty. */
  sheets: readonly string[];
  /** Files picked in the pane, as the browser gives them (read by the caller, so tests need no FileList). */
  files: readonly { name: string; bytes: () => Promise<Uint8Array>; /** Bytes, when known before reading (File.size). */ size?: number }[];
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
}
