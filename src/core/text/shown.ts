/**
 * Text as a person sees it in a cell: Unicode composed (a Vietnamese letter typed in two code points is one),
 * runs of spaces and line breaks one space, no space at either end. What header, label, unit and plan-cell
 * comparisons all go by, so that another program's re-save or a stray space is never an edit.
 */
export function shownText(v: unknown): string {
  return (v === null || v === undefined ? "" : String(v)).normalize("NFC").replace(/\s+/g, " ").trim();
}
