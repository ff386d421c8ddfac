/**
 * Merged ranges are looked up through an index (MergeIndex in src/xlsx/sheet-cells.ts), not by scanning them: issue
 * 13 found a 1 MB file of 200,000 merged ranges running for hours, each cell read scanning every range. Asserted here
 * by what a lookup does, never by timing it (the project's rule: speed is shown by `npm run bench`): the answers are
 * those of a scan, and the comparisons one lookup makes stay within a small bound, whatever the number of ranges.
 */
import fc from "fast-check";
import { MergeIndex } from "../../src/xlsx/merge-index";
import { readSheetCells } from "../../src/xlsx/sheet-cells";
import { EXCEL_COLUMNS, EXCEL_ROWS, READ_LIMITS } from "../../src/xlsx/limits";
import { columnName, mergedSheet, worksheet } from "../adversarial/hostile";

type Range = [top: number, left: number, bottom: number, right: number];
const NO_STYLES = { sharedStrings: [], dateStyles: [], percentStyles: [], date1904: false };

/** What the reader did before the index: the first range in file order containing the cell. */
const scan = (ranges: readonly Range[], r: number, c: number) => ranges.findIndex(([t, l, b, ri]) => r >= t && r <= b && c >= l && c <= ri);

function indexOf(ranges: readonly Range[]): MergeIndex {
  const index = new MergeIndex();
  for (const [t, l, b, r] of ranges) index.add(t, l, b, r);
  return index;
}

/** Comparisons one lookup may make: two binary searches on each of the 21 levels at most. */
const bound = (ranges: number) => 21 * 2 * (Math.ceil(Math.log2(ranges + 1)) + 1);

describe("merged-range index", () => {
  it("answers as a scan of the ranges in file order would, overlapping ranges included (a crafted file)", () => {
    const range = (maxRow: number, maxColumn: number) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: maxRow }),
          fc.integer({ min: 1, max: maxColumn }),
          fc.integer({ min: 0, max: maxRow }),
          fc.integer({ min: 0, max: maxColumn }),
        )
        .map(([t, l, h, w]): Range => [t, l, Math.min(EXCEL_ROWS, t + h), Math.min(EXCEL_COLUMNS, l + w)]);
    // Small sheets (dense overlaps) and tall ones (ranges tiled by many row blocks).
    for (const [maxRow, maxColumn] of [
      [40, 12],
      [EXCEL_ROWS, 40],
    ] as const) {
      fc.assert(
        fc.property(
          fc.array(range(maxRow, maxColumn), { maxLength: 30 }),
          fc.array(fc.tuple(fc.integer({ min: 1, max: maxRow }), fc.integer({ min: 1, max: maxColumn })), { minLength: 1, maxLength: 40 }),
          (ranges, cells) => {
            const index = indexOf(ranges);
            // Corners of every range too: the edges are where an off-by-one would show.
            const probes = [
              ...cells,
              ...ranges.flatMap(
                ([t, l, b, r]) =>
                  [
                    [t, l],
                    [b, r],
                    [t - 1, l],
                    [b + 1, r],
                    [t, r + 1],
                    [b, l - 1],
                  ] as [number, number][],
              ),
            ];
            for (const [r, c] of probes) expect([r, c, index.find(r, c)]).toEqual([r, c, scan(ranges, r, c)]);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it("a template's merges (title rows, header cells, narrative blocks) read as before", () => {
    const ranges: Range[] = [
      [1, 1, 1, 12],
      [2, 1, 2, 12],
      [4, 3, 4, 6],
      [5, 3, 5, 6],
      [41, 1, 44, 12],
      [47, 1, 50, 12],
      [53, 1, 56, 12],
    ];
    const index = indexOf(ranges);
    for (let r = 1; r <= 60; r++) for (let c = 1; c <= 14; c++) expect(index.find(r, c)).toBe(scan(ranges, r, c));
  });

  it(`${READ_LIMITS.mergedRanges.toLocaleString("en")} merged ranges (the limit), one to a row: 100,000 lookups read right, none making more than two binary searches' comparisons`, () => {
    const count = READ_LIMITS.mergedRanges;
    const cells = readSheetCells(mergedSheet(count), NO_STYLES);
    const index = cells.mergeIndex!;
    expect(index.size).toBe(count);
    let worst = 0;
    const wrong: unknown[] = [];
    for (let i = 0; i < 100_000; i++) {
      const row = 1 + ((i * 7919) % (count + 10));
      const column = 1 + (i % 4);
      const before = index.probes;
      // value, merged and covered of one cell: what from-grid.ts asks of each cell it reads.
      const covered = cells.covered(row, column);
      const merged = cells.merged(row, column);
      const value = cells.value(row, column);
      worst = Math.max(worst, index.probes - before);
      const inRange = row <= count && column <= 2;
      if (merged !== inRange || covered !== (inRange && column === 2) || value !== (row === 1 && inRange ? "gộp" : null))
        wrong.push([row, column, merged, covered, value]);
    }
    expect(wrong).toEqual([]);
    // A scan would compare up to 100,000 ranges per lookup; one-row ranges fill one level: one search of the
    // rows holding a range, one of that row's segments.
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(2 * (Math.ceil(Math.log2(count + 1)) + 1));
  });

  it("tall unaligned ranges, the index's costliest shape: lookups stay within the same bound", () => {
    const count = 20_000;
    const cells = readSheetCells(mergedSheet(count, "tall"), NO_STYLES);
    const index = cells.mergeIndex!;
    let worst = 0;
    for (let i = 0; i < 20_000; i++) {
      const row = 1 + ((i * 104_729) % EXCEL_ROWS);
      const column = 1 + (i % 16_384);
      const before = index.probes;
      cells.covered(row, column);
      worst = Math.max(worst, index.probes - before);
    }
    expect(worst).toBeLessThanOrEqual(bound(count));
    // Spot checks against the ranges as written: column i+1 holds range i of the first band.
    const top = (i: number) => 2 + (i % 1000);
    for (const i of [0, 1, 999, 1000, 16_383]) {
      expect(cells.merged(top(i), i + 1)).toBe(true);
      expect(cells.covered(top(i), i + 1)).toBe(false);
      expect(cells.covered(top(i) + 147_000, i + 1)).toBe(true);
      expect(cells.merged(top(i) + 147_001, i + 1)).toBe(false);
      expect(cells.merged(top(i) - 1, i + 1)).toBe(false);
    }
  });

  it("a sheet without merges asks the index nothing", () => {
    const cells = readSheetCells(
      worksheet(`<row r="1">${[1, 2, 3].map((c) => `<c r="${columnName(c)}1"><v>${c}</v></c>`).join("")}</row>`),
      NO_STYLES,
    );
    expect([cells.value(1, 2), cells.merged(1, 2), cells.covered(1, 2)]).toEqual([2, false, false]);
    expect(cells.mergeIndex!.probes).toBe(0);
  });
});
