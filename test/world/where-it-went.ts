/**
 * Finds each typed cell of the world corpus in a consolidation's output: Detail (accepted), Issues (refused or
 * superseded, with the values as typed) or Narratives. The output is given as plain tables (rows of cells), read
 * from the written workbook by ExcelJS or taken from the layout rows both writers render, so the same search
 * serves the file path and the add-in's path.
 */
import { consolidationLayout } from "../../src/core/consolidation/layout";
import type { TypedCell, WorldCorpus } from "./make-corpus";

export type Cell = string | number | boolean | null | undefined;

export interface OutputTables {
  detail: Cell[][];
  issues: Cell[][];
  narratives: Cell[][];
}

const layout = consolidationLayout("vi");
const column = (headers: string[], name: string) => {
  const i = headers.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${headers.join("|")}`);
  return i;
};
const D = {
  actual: column(layout.detail.headers, "Kết quả"),
  disbursed: column(layout.detail.headers, "Giải ngân (tỷ đồng)"),
  status: column(layout.detail.headers, "Tình trạng"),
  evidence: column(layout.detail.headers, "Minh chứng"),
  file: column(layout.detail.headers, "Tệp"),
  sheet: column(layout.detail.headers, "Trang"),
  cell: column(layout.detail.headers, "Ô"),
  submitted: column(layout.detail.headers, "Ngày gửi"),
};
const I = {
  kind: 0,
  file: column(layout.issues.headers, "Tệp"),
  sheet: column(layout.issues.headers, "Trang"),
  cell: column(layout.issues.headers, "Ô"),
  code: column(layout.issues.headers, "Mã"),
  actual: column(layout.issues.headers, "Kết quả (như đã nhập)"),
  disbursed: column(layout.issues.headers, "Giải ngân (như đã nhập)"),
  status: 9,
  evidence: 10,
  other: column(layout.issues.headers, "Ô khác đã nhập"),
  reason: column(layout.issues.headers, "Lý do (tiếng Việt)"),
};
const N = { standing: 2, completed: 3, ongoing: 4, proposals: 5, file: 6, sheet: 7 };

const rowOf = (cell: Cell) => Number(/\d+/.exec(String(cell ?? ""))?.[0] ?? 0);
const norm = (v: Cell) =>
  typeof v === "number"
    ? v
    : String(v ?? "")
        .normalize("NFC")
        .trim();
function same(a: Cell, b: Cell): boolean {
  const x = norm(a);
  const y = norm(b);
  if (typeof x === "number" || typeof y === "number")
    return Math.abs(Number(x) - Number(y)) < 1e-9 && String(x).trim() !== "" && String(y).trim() !== "";
  return x === y && x !== "";
}

export interface Place {
  where: "detail" | "issues" | "narratives";
  row: Cell[];
}

/** Every place that holds this typed cell with its value. */
export function placesOf(t: TypedCell, out: OutputTables): Place[] {
  const here = (file: Cell, sheet: Cell) => file === t.file && sheet === t.sheet;
  const r = rowOf(t.cell);
  const wanted = [t.value, t.stored, t.expected];
  if (t.kind === "narrative") {
    const text = String(t.value).normalize("NFC").trim();
    return out.narratives
      .filter(
        (n) =>
          here(n[N.file], n[N.sheet]) &&
          [n[N.completed], n[N.ongoing], n[N.proposals]].some((v) =>
            String(v ?? "")
              .normalize("NFC")
              .includes(text),
          ),
      )
      .map((row) => ({ where: "narratives", row }));
  }
  if (t.kind !== "entry") return [];
  if (t.planCell) {
    // An edited plan cell is named in a warning with its new value.
    return out.issues
      .filter((i) => here(i[I.file], i[I.sheet]) && i[I.cell] === t.cell && String(i[I.reason]).includes(String(t.value).trim()))
      .map((row) => ({ where: "issues", row }));
  }
  const role = t.role;
  const places: Place[] = [];
  if (role === "actual" || role === "disbursed" || role === "status" || role === "evidence") {
    for (const d of out.detail)
      if (here(d[D.file], d[D.sheet]) && rowOf(d[D.cell]) === r && wanted.some((w) => same(d[D[role]], w)))
        places.push({ where: "detail", row: d });
    for (const i of out.issues)
      if (here(i[I.file], i[I.sheet]) && rowOf(i[I.cell]) === r && wanted.some((w) => same(i[I[role]], w)))
        places.push({ where: "issues", row: i });
  } else if (role === "code") {
    for (const i of out.issues)
      if (here(i[I.file], i[I.sheet]) && rowOf(i[I.cell]) === r && same(i[I.code], t.value)) places.push({ where: "issues", row: i });
  } else {
    // Other cells typed in a row without a code: "C19: text" in the Issues row.
    for (const i of out.issues)
      if (
        here(i[I.file], i[I.sheet]) &&
        rowOf(i[I.cell]) === r &&
        String(i[I.other] ?? "").includes(`${t.cell}: ${String(t.value).trim()}`)
      )
        places.push({ where: "issues", row: i });
  }
  return places;
}

/** Files of the corpus that appear nowhere in the output. */
export function filesNotAccountedFor(corpus: WorldCorpus, out: OutputTables): string[] {
  const seen = new Set<Cell>([
    ...out.detail.map((d) => d[D.file]),
    ...out.issues.map((i) => i[I.file]),
    ...out.narratives.map((n) => n[N.file]),
  ]);
  return corpus.files.map((f) => f.file).filter((f) => !seen.has(f));
}

/** Submission dates of the Detail rows of one file, as ISO days. */
export function detailDates(file: string, out: OutputTables, serialToIso: (serial: number) => string): Set<string | null> {
  return new Set(
    out.detail
      .filter((d) => d[D.file] === file)
      .map((d) => (typeof d[D.submitted] === "number" ? serialToIso(d[D.submitted] as number) : null)),
  );
}

export const ISSUE_COLUMNS = I;
