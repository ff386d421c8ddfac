/**
 * Text that a spreadsheet would read as a formula ("=", "+", "-", "@", and the tab/CR that some importers strip
 * before looking) is prefixed with an apostrophe, the standard CSV/formula-injection defence (OWASP), for CSV fields
 * and the templates' catalog text. The consolidated workbook does not use it: there units' text is kept exactly as
 * typed, as string cells (and, through Office.js, with Excel's own apostrophe mark, which is no part of the value).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): neutralised, then quoted when it holds a separator, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = neutralizeFormulaText(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(",");
}
