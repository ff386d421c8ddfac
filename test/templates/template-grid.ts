/**
 * A template spec as a grid of cells (values and "=" formulas, as a spreadsheet holds them), with figures typed
 * into the result cells: the sheet HyperFormula computes in the native-formula tests, and the inputs the LibreOffice
 * test types in. Row and column indexes are 0-based here, addresses 1-based as in the spec.
 */
import { cellOf } from "../../src/core/address";
import { judgePath, yearPoint } from "../../src/core/plan/path";
import { UNIT_RANGES, IMPLAUSIBLE_MULTIPLE, milestonesFor } from "../../src/core/plan/milestones";
import { nativeRowOf } from "../../src/core/templates/native-formulas";
import type { TableRowT, TemplateSpecT } from "../../src/core/templates/spec";

export type Typed = number | string | boolean | null;
export type Grid = (string | number | boolean | null)[][];

/** A typed value as a HyperFormula cell: text with a leading apostrophe, so "12,5" stays text. */
export const hfCell = (v: Typed): string | number | boolean | null => (typeof v === "string" ? `'${v}` : v);

/** Column letter → 0-based index. */
const col = (letter: string): number => letter.charCodeAt(0) - 65;

/** The sheet of a template with `typed(row)` in each row's result cell (rows with formulas only). */
export function templateGrid(spec: TemplateSpecT, typed: (row: TableRowT, index: number) => Typed): Grid {
  const width = spec.table.columns.length;
  const height = spec.table.headerRow + spec.table.rows.length;
  const grid: Grid = Array.from({ length: height }, () => Array<string | number | boolean | null>(width).fill(null));
  const put = (address: string, v: string | number | boolean | null) => {
    const [r, c] = cellOf(address);
    grid[r - 1]![c - 1] = v;
  };
  for (const line of spec.titleLines) put(line.address, line.formula ? `=${line.formula}` : line.text);
  for (const f of spec.header) put(f.valueAddress, typeof f.value === "string" ? `'${f.value}` : f.value);
  const letter = Object.fromEntries(spec.table.columns.map((c) => [c.key, c.letter]));
  spec.table.rows.forEach((row, i) => {
    const r = spec.table.headerRow + i;
    for (const c of spec.table.columns) {
      const f = row.formulas[c.key];
      const v = row.values[c.key];
      grid[r]![col(c.letter)] = f ? `=${f.formula}` : typeof v === "string" ? `'${v}` : (v ?? null);
    }
    if (row.formulas.check) grid[r]![col(letter.actual!)] = hfCell(typed(row, i));
  });
  return grid;
}

/**
 * Figures that reach every branch of TTX.CHECK and TTX.PROGRESS for a row at the report year: blank, text, a text
 * number, a boolean, negative, zero, stored fractions (both messages), behind by various gaps (half-way roundings
 * included), the band's edges, on track, ahead, the milestone itself and around it, above the unit's maximum or
 * the implausibility bound.
 */
export function branchValues(code: string, year: number): Typed[] {
  const native = nativeRowOf(code, year, "vi")!;
  const path = judgePath(native.measures, 0, yearPoint(year), native.startYear)!;
  const range = UNIT_RANGES[native.measures[0]!.unit];
  const final = milestonesFor(native.measures)!.measures[0]!.value;
  const m = path.figure.value;
  const values: Typed[] = [
    null,
    " ",
    "abc",
    "12,5",
    "0,2%",
    true,
    false,
    -5,
    -0.001,
    0,
    0.2,
    0.005,
    0.0675,
    0.125,
    0.999,
    0.5,
    1,
    2.345,
    path.lower,
    path.lower - 0.005,
    path.lower - 12.345,
    path.lower + 0.001,
    path.expected,
    path.expected - 0.125,
    path.upper,
    path.upper + 0.5,
    m,
    m - 0.01,
    m + 1,
    m - 1, // behind by exactly one: "1 point", not "1 points"
    path.expected - 1,
    m * 0.5,
    m * 0.3333,
    1234.5678,
    12345.675,
    range.max === null ? final * IMPLAUSIBLE_MULTIPLE : range.max,
    range.max === null ? final * IMPLAUSIBLE_MULTIPLE + 0.01 : range.max + 0.5,
  ];
  return values.map((v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v));
}
