/**
 * from-grid.ts at its edges, on grids built by hand from real templates (no file, no Office.js): what both readers
 * get back from "the value at row r, column c". Pinned here, each result compared whole:
 * - parseMetaRows: the first row is the header whatever it holds; a blank "rows" cell (or none, before version 2)
 *   is the template's own rows, "all" is kept; rows that do not parse, and rows whose sheet is not text, are left out;
 * - orphanedMetas and matchRenamedSheets: a renamed tab is matched to the orphaned metadata row whose template id it
 *   shows, by the unit it shows when several orphans share the template, never when that still leaves a choice,
 *   never to a sheet with metadata of its own, and each orphan once;
 * - metaFromHeader: both period kinds in both languages, the year from the period text, the version shown kept, and
 *   null for anything not read with certainty (unit, period, a template id cell with more or less than the id);
 * - reportFromGrid: the table from below its header to the first narrative label (either language, any case), rows
 *   holding only formula results skipped, narrative lines joined with "\n" and cells with " ", dates as ISO, the
 *   last block ending above "Nơi nhận:" on version 2 and at the sheet's end on version 1, the template's own cells
 *   when no label is left, merged and covered cells, and a version no layout has read by the table header it shows.
 * Why: mutation testing showed these edges unpinned; each expectation comes from the template spec or is written by
 * hand as a person would read the sheet, never from from-grid itself.
 */
import { cellOf } from "../../../src/core/address";
import { toExcelSerial } from "../../../src/core/cells/values";
import {
  matchRenamedSheets,
  metaFromHeader,
  orphanedMetas,
  parseMetaRows,
  reportFromGrid,
  type CellAt,
} from "../../../src/core/consolidation/from-grid";
import type { RawReport, RawRow } from "../../../src/core/consolidation/report";
import type { Lang } from "../../../src/core/i18n/messages";
import { buildTemplate } from "../../../src/core/templates/build";
import type { ColumnKeyT, TemplateMetaT, TemplateSpecT } from "../../../src/core/templates/spec";
import { V1 } from "../../support/template-v1";

const FILE = "bao-cao.xlsx";
const PERIOD = "2025-H1";
/** 3 June 2025, as Excel stores a date typed in the submission cell. */
const JUNE_3 = toExcelSerial(2025, 6, 3);

interface Request {
  group: string;
  unit: string;
  period?: string;
  lang?: Lang;
  version?: string;
  rows?: "all";
}

function specOf(request: Request): TemplateSpecT {
  const built = buildTemplate({ period: PERIOD, ...request });
  if (!built.ok) throw new Error(built.error);
  return built.spec;
}

/** Version 2, Sở NN&MT, NV4: four rows (D.12–D.15, 20–23), labels in A26, A32, A38, "Nơi nhận:" in A44; columns A–M. */
const NV4 = specOf({ group: "NV4", unit: "SO_NNMT" });
/** Version 1, Sở XD, NV6: twenty rows (14–33), labels in A36, A42, A48, no signature block; columns A–L. */
const NV6_V1 = specOf({ group: "NV6", unit: "SO_XD", ...V1 });

/** A sheet as a reader hands it over: values by address, null wherever nothing is (Excel's "" is nothing too). */
class Sheet {
  private readonly cells = new Map<string, unknown>();
  readonly at: CellAt = (row, column) => this.cells.get(`${row},${column}`) ?? null;

  set(address: string, value: unknown): this {
    const [row, column] = cellOf(address);
    if (value === null || value === undefined || value === "") this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, value);
    return this;
  }

  fill(values: Record<string, unknown>): this {
    for (const [address, value] of Object.entries(values)) this.set(address, value);
    return this;
  }

  /** The last row holding something, as both readers bound their scan. */
  get lastRow(): number {
    return Math.max(0, ...[...this.cells.keys()].map((k) => Number(k.split(",")[0])));
  }
}

const letterOf = (spec: TemplateSpecT, key: ColumnKeyT) => spec.table.columns.find((c) => c.key === key)!.letter;
const headerCell = (spec: TemplateSpecT, key: string) => spec.header.find((h) => h.key === key)!.valueAddress;
/** The sheet row of the template's i-th table row. */
const rowAt = (spec: TemplateSpecT, i: number) => spec.table.headerRow + 1 + i;
const nothing = (v: unknown) => (v === undefined || v === "" ? null : v);

/** The header fields' labels and values, as the template writes them (no table). */
function headerSheet(spec: TemplateSpecT): Sheet {
  const sheet = new Sheet();
  for (const h of spec.header) sheet.set(h.labelAddress, h.label).set(h.valueAddress, h.value);
  return sheet;
}

/** Title lines, header, the table header and every row with its plan values and formula results: no narrative. */
function tableSheet(spec: TemplateSpecT): Sheet {
  const sheet = headerSheet(spec);
  for (const line of spec.titleLines) sheet.set(line.address, line.text);
  for (const c of spec.table.columns) sheet.set(`${c.letter}${spec.table.headerRow}`, c.header);
  spec.table.rows.forEach((r, i) => {
    for (const c of spec.table.columns) sheet.set(`${c.letter}${rowAt(spec, i)}`, r.values[c.key] ?? r.formulas[c.key]?.cached);
  });
  return sheet;
}

/** The blank template as written: the table, the narrative labels and the signature block. */
function blankSheet(spec: TemplateSpecT): Sheet {
  const sheet = tableSheet(spec);
  for (const n of spec.narrative) sheet.set(n.labelAddress, n.label);
  for (const line of spec.signature) sheet.set(line.address, line.text);
  return sheet;
}

/** Values typed into the i-th table row's cells. */
function typeInto(sheet: Sheet, spec: TemplateSpecT, i: number, typed: Partial<Record<ColumnKeyT, unknown>>): Sheet {
  for (const [key, value] of Object.entries(typed)) sheet.set(`${letterOf(spec, key as ColumnKeyT)}${rowAt(spec, i)}`, value);
  return sheet;
}

/** The i-th template row as read: its plan values and formula results, with `typed` over them. */
function rowOf(spec: TemplateSpecT, i: number, typed: Partial<Record<ColumnKeyT, unknown>> = {}): RawRow {
  const r = spec.table.rows[i]!;
  return {
    row: rowAt(spec, i),
    cells: Object.fromEntries(
      spec.table.columns.map((c) => [c.key, c.key in typed ? typed[c.key] : nothing(r.values[c.key] ?? r.formulas[c.key]?.cached)]),
    ),
  };
}

/** A row holding only what is given, every other column null. */
function bareRow(spec: TemplateSpecT, row: number, cells: Partial<Record<ColumnKeyT, unknown>>): RawRow {
  return { row, cells: Object.fromEntries(spec.table.columns.map((c) => [c.key, cells[c.key] ?? null])) };
}

const allRows = (spec: TemplateSpecT) => spec.table.rows.map((_r, i) => rowOf(spec, i));
const headersOf = (spec: TemplateSpecT) => spec.table.columns.map((c) => c.header);
const EMPTY = { completed: "", ongoing: "", proposals: "" };

function read(spec: TemplateSpecT, sheet: Sheet, meta: TemplateMetaT | null = spec.meta) {
  return reportFromGrid({ file: FILE, sheet: spec.sheetName }, meta, sheet.at, sheet.lastRow);
}

/** A metadata row as the writers append it: sheet, templateId, version, taskGroup, unitId, period, lang, planHash, rows. */
const metaRow = (sheet: unknown, m: TemplateMetaT, rows: unknown = null): unknown[] => [
  sheet,
  m.templateId,
  m.version,
  m.taskGroup,
  m.unitId,
  m.period,
  m.lang,
  m.planHash,
  rows,
];
const META_HEADER = ["sheet", "templateId", "version", "taskGroup", "unitId", "period", "lang", "planHash", "rows"];

describe("parseMetaRows", () => {
  it("skips the first row as the header even when it would parse; a blank or absent rows cell is the own rows, 'all' is kept", () => {
    const rows = [
      metaRow("Dòng tiêu đề", NV4.meta),
      metaRow("NV4 Năng lượng tái tạo", NV4.meta, null),
      metaRow("NV4 bản 2", NV4.meta, ""),
      metaRow("NV4 cả nhóm", NV4.meta, "all"),
      // A version-1 file's metadata has no rows column at all.
      metaRow("NV6 Lối sống xanh", NV6_V1.meta).slice(0, 8),
    ];
    expect([...parseMetaRows(rows)]).toEqual([
      ["NV4 Năng lượng tái tạo", { ...NV4.meta }],
      ["NV4 bản 2", { ...NV4.meta }],
      ["NV4 cả nhóm", { ...NV4.meta, rows: "all" }],
      ["NV6 Lối sống xanh", { ...NV6_V1.meta }],
    ]);
    expect(NV4.meta).not.toHaveProperty("rows");
  });

  it("leaves out rows that do not parse and rows whose sheet is not a text", () => {
    const rows = [
      META_HEADER,
      metaRow("Hàng rows lạ", NV4.meta, "some"),
      metaRow("Phiên bản chữ", { ...NV4.meta, version: "v2" }),
      metaRow("Mẫu NV7", { ...NV4.meta, templateId: "TTX-NV7" }),
      metaRow(42, NV4.meta),
      metaRow(null, NV4.meta),
      metaRow("NV4 Năng lượng tái tạo", NV4.meta),
    ];
    expect([...parseMetaRows(rows)]).toEqual([["NV4 Năng lượng tái tạo", { ...NV4.meta }]]);
    expect([...parseMetaRows([META_HEADER])]).toEqual([]);
  });
});

describe("orphanedMetas", () => {
  it("lists the metadata rows naming no existing sheet, in metadata order", () => {
    const metas = new Map<string, TemplateMetaT>([
      ["NV4 Năng lượng tái tạo", NV4.meta],
      ["NV6 Lối sống xanh", NV6_V1.meta],
      ["NV4 cũ", { ...NV4.meta, unitId: "SO_CT" }],
    ]);
    expect(orphanedMetas(metas, ["NV4 Năng lượng tái tạo", "Tổng hợp"])).toEqual([
      ["NV6 Lối sống xanh", NV6_V1.meta],
      ["NV4 cũ", { ...NV4.meta, unitId: "SO_CT" }],
    ]);
    expect(orphanedMetas(metas, ["NV4 cũ", "NV6 Lối sống xanh", "NV4 Năng lượng tái tạo"])).toEqual([]);
  });
});

describe("matchRenamedSheets", () => {
  const NV4_CT = specOf({ group: "NV4", unit: "SO_CT" });
  const NV6_NNMT = specOf({ group: "NV6", unit: "SO_NNMT" });
  const NV6_CT = specOf({ group: "NV6", unit: "SO_CT" });

  /** Header cells by sheet, read through the address as both readers do (a bad address throws there too). */
  const shownIn =
    (sheets: Record<string, Sheet>) =>
    (sheet: string, address: string): unknown =>
      sheets[sheet]?.at(...cellOf(address)) ?? null;
  const match = (metas: [string, TemplateMetaT][], sheets: Record<string, Sheet>) => [
    ...matchRenamedSheets(new Map(metas), Object.keys(sheets), shownIn(sheets)),
  ];

  it("matches a renamed sheet to the one orphan whose template id it shows, whatever unit it shows", () => {
    // Both orphans are Sở NN&MT's: only the template id tells them apart; the sheet's unit cell was cleared.
    const renamed = headerSheet(NV4).set(headerCell(NV4, "unit"), null);
    expect(
      match(
        [
          ["NV4 Năng lượng tái tạo", NV4.meta],
          ["NV6 Lối sống xanh", NV6_NNMT.meta],
        ],
        { "Báo cáo NV4": renamed },
      ),
    ).toEqual([["Báo cáo NV4", NV4.meta]]);
  });

  it("matches several renamed sheets, each by its own layout's cells (D10 on version 2, C5 on version 1)", () => {
    expect(headerCell(NV6_V1, "template")).toBe("C5");
    expect(headerCell(NV4, "template")).toBe("D10");
    expect(
      match(
        [
          ["NV4 Năng lượng tái tạo", NV4.meta],
          ["NV6 Lối sống xanh", NV6_V1.meta],
          ["NV6 Sở CT", NV6_CT.meta],
        ],
        { "Tổng hợp": new Sheet(), "NV6 Sở CT": headerSheet(NV6_CT), "NV4 - 2025": headerSheet(NV4), "NV6 - 2025": headerSheet(NV6_V1) },
      ),
    ).toEqual([
      ["NV4 - 2025", NV4.meta],
      ["NV6 - 2025", NV6_V1.meta],
    ]);
  });

  it("never matches a sheet that has metadata of its own, even one showing an orphan's template", () => {
    expect(
      match(
        [
          ["NV4 Năng lượng tái tạo", NV4.meta],
          ["NV4 cũ", NV4_CT.meta],
        ],
        { "NV4 Năng lượng tái tạo": headerSheet(NV4), "Báo cáo Sở CT": headerSheet(NV4_CT) },
      ),
    ).toEqual([["Báo cáo Sở CT", NV4_CT.meta]]);
    // No orphan at all: nothing to match.
    expect(
      match([["NV4 Năng lượng tái tạo", NV4.meta]], { "NV4 Năng lượng tái tạo": headerSheet(NV4), "Bản sao": headerSheet(NV4) }),
    ).toEqual([]);
  });

  it("tells several orphans of one template apart by the unit shown (its abbreviation or its name)", () => {
    expect(
      match(
        [
          ["NV4 Sở NN&MT", NV4.meta],
          ["NV4 Sở CT", NV4_CT.meta],
        ],
        {
          "Sở NN&MT (sửa)": headerSheet(NV4).set(headerCell(NV4, "unit"), "Sở NN&MT"),
          "Sở CT (sửa)": headerSheet(NV4_CT),
        },
      ),
    ).toEqual([
      ["Sở NN&MT (sửa)", NV4.meta],
      ["Sở CT (sửa)", NV4_CT.meta],
    ]);
    expect(
      match(
        [
          ["NV4 Sở NN&MT", NV4.meta],
          ["NV4 Sở CT", NV4_CT.meta],
        ],
        { "Sở CT (sửa)": headerSheet(NV4).set(headerCell(NV4, "unit"), "Sở Công Thương") },
      ),
    ).toEqual([["Sở CT (sửa)", NV4_CT.meta]]);
  });

  it("matches nothing when the unit shown still leaves a choice (blank, or a unit neither orphan is)", () => {
    expect(
      match(
        [
          ["NV4 Sở NN&MT", NV4.meta],
          ["NV4 Sở CT", NV4_CT.meta],
        ],
        {
          "Bản sao 1": headerSheet(NV4).set(headerCell(NV4, "unit"), null),
          "Bản sao 2": headerSheet(NV4).set(headerCell(NV4, "unit"), "Sở Xây dựng"),
        },
      ),
    ).toEqual([]);
  });

  it("uses an orphan once: a second sheet showing the same template and unit is left unmatched", () => {
    expect(match([["NV4 Năng lượng tái tạo", NV4.meta]], { "Bản 1": headerSheet(NV4), "Bản 2": headerSheet(NV4) })).toEqual([
      ["Bản 1", NV4.meta],
    ]);
  });

  it("never matches an orphan whose version no layout has (it has no template cell to look at)", () => {
    const shown = headerSheet(NV4).set(headerCell(NV4, "template"), "TTX-NV4 v9.0");
    expect(match([["NV4 Năng lượng tái tạo", { ...NV4.meta, version: "9.0" }]], { "Báo cáo NV4": shown })).toEqual([]);
  });
});

describe("metaFromHeader", () => {
  /** The metadata a template of every row of the group carries (what a sheet without metadata is read as). */
  const groupMeta = (request: Request) => specOf({ ...request, rows: "all" }).meta;
  const NV4_ALL_HASH = groupMeta({ group: "NV4", unit: "SO_NNMT" }).planHash;

  it("reads a version-2 header: template id, unit and period as shown, every row of the group", () => {
    expect(metaFromHeader(headerSheet(NV4).at)).toStrictEqual({
      templateId: "TTX-NV4",
      version: "2.0.0",
      taskGroup: "NV4",
      unitId: "SO_NNMT",
      period: "2025-H1",
      lang: "vi",
      planHash: NV4_ALL_HASH,
      rows: "all",
    });
  });

  it.each([
    ["vi", "2025-H1", "as written"],
    ["vi", "2025-annual", "as written"],
    ["en", "2025-H1", "as written"],
    ["en", "2025-annual", "as written"],
    ["vi", "2025-annual", "CẢ NĂM 2025"],
    ["en", "2025-H1", "  first HALF of   2025 "],
  ] as const)("reads a %s header's period as %s (period cell: %p)", (lang, period, typed) => {
    const spec = specOf({ group: "NV4", unit: "SO_NNMT", lang, period });
    const sheet = headerSheet(spec);
    if (typed !== "as written") sheet.set(headerCell(spec, "period"), typed);
    expect(metaFromHeader(sheet.at)).toStrictEqual({
      templateId: "TTX-NV4",
      version: "2.0.0",
      taskGroup: "NV4",
      unitId: "SO_NNMT",
      period,
      lang,
      planHash: groupMeta({ group: "NV4", unit: "SO_NNMT", lang, period }).planHash,
      rows: "all",
    });
  });

  it("reads a version-1 header from its own cells (C5–C8): every row, no rows mark", () => {
    expect(metaFromHeader(headerSheet(NV6_V1).at)).toStrictEqual({
      templateId: "TTX-NV6",
      version: "1.0.0",
      taskGroup: "NV6",
      unitId: "SO_XD",
      period: "2025-H1",
      lang: "vi",
      planHash: NV6_V1.meta.planHash,
    });
  });

  it.each([
    [" TTX-NV4 v2.0.0 ", "2.0.0"],
    ["TTX-NV4  v2.0.0", "2.0.0"],
    ["TTX-NV4 v10.0", "10.0"],
    ["TTX-NV4 v2.0.10", "2.0.10"],
    ["TTX-NV4 v2", "2"],
  ])("keeps the version shown in the template cell %p: %s, read by the layout of that cell", (shown, version) => {
    const sheet = headerSheet(NV4).set("D10", shown);
    expect(metaFromHeader(sheet.at)).toStrictEqual({ ...groupMeta({ group: "NV4", unit: "SO_NNMT" }), version });
  });

  it("reads a version-2 id shown in a version-1 sheet's cell by layout 1, keeping the version shown", () => {
    const sheet = headerSheet(NV6_V1).set("C5", "TTX-NV6 v2.0.0");
    expect(metaFromHeader(sheet.at)).toStrictEqual({ ...NV6_V1.meta, version: "2.0.0" });
  });

  it.each(["Mẫu TTX-NV4 v2.0.0", "TTX-NV4 v2.0.0 (bản sửa)", "TTX-NV7 v2.0.0", "TTX-NV4 2.0.0", "TTX-NV4 v2.0.0.0.0", "TTX-NV4v2.0.0", ""])(
    "is null when the template cell holds %p",
    (shown) => {
      expect(metaFromHeader(headerSheet(NV4).set("D10", shown).at)).toBeNull();
    },
  );

  it("takes the year from the period text, whatever the year cell holds", () => {
    const expected = groupMeta({ group: "NV4", unit: "SO_NNMT" });
    expect(metaFromHeader(headerSheet(NV4).set("D13", null).at)).toStrictEqual(expected);
    expect(metaFromHeader(headerSheet(NV4).set("D13", 2024).at)).toStrictEqual(expected);
  });

  it.each([
    ["the unit cell is blank", { D11: null }],
    ["the unit is no unit of the catalog", { D11: "Sở Không Có" }],
    ["the period shows no year (the year cell does not stand in for it)", { D12: "6 tháng đầu năm", D13: 2025 }],
    ["the period and the year cell show no year", { D12: "6 tháng đầu năm", D13: "hai nghìn" }],
    ["the period is of another kind", { D12: "Quý 1 năm 2025" }],
  ])("is null when %s", (_why, cells) => {
    expect(metaFromHeader(headerSheet(NV4).fill(cells).at)).toBeNull();
  });

  it("is null on a sheet that shows no template id at all", () => {
    expect(metaFromHeader(new Sheet().fill({ A1: "Tổng hợp", C5: "Sở Xây dựng", D11: "Sở Xây dựng" }).at)).toBeNull();
  });
});

describe("reportFromGrid: table and narrative", () => {
  const origin = { file: FILE, sheet: NV4.sheetName };

  it("reads a filled version-2 sheet whole: header entries, every row, three blocks ending above 'Nơi nhận:', the headers", () => {
    expect(NV4.narrative.map((n) => n.labelAddress)).toEqual(["A26", "A32", "A38"]);
    expect(NV4.signature[0]).toMatchObject({ address: "A44", text: "Nơi nhận:" });
    const sheet = blankSheet(NV4).fill({
      D15: "Nguyễn Văn A",
      D16: JUNE_3,
      A27: "Lắp đặt 2 MW điện mặt trời",
      A28: "Nghiệm thu ngày",
      E28: new Date(Date.UTC(2025, 5, 3)),
      M29: "ghi ở cột cuối",
      A31: "dòng sát nhãn sau",
      A33: "Thủy điện nhỏ",
      G33: 12.5,
      A39: "Bổ sung kinh phí",
      A43: "Đề nghị hướng dẫn",
    });
    typeInto(sheet, NV4, 0, { actual: 10, disbursed: 1.5, status: "Đang thực hiện" });
    typeInto(sheet, NV4, 2, { evidence: "QĐ 12/2025" });
    expect(read(NV4, sheet)).toStrictEqual<RawReport>({
      origin,
      meta: NV4.meta,
      unitName: "Sở Nông nghiệp và Môi trường",
      reporter: "Nguyễn Văn A",
      submitted: JUNE_3,
      rows: [
        rowOf(NV4, 0, { actual: 10, disbursed: 1.5, status: "Đang thực hiện" }),
        rowOf(NV4, 1),
        rowOf(NV4, 2, { evidence: "QĐ 12/2025" }),
        rowOf(NV4, 3),
      ],
      headers: headersOf(NV4),
      narrative: {
        completed: "Lắp đặt 2 MW điện mặt trời\nNghiệm thu ngày 2025-06-03\nghi ở cột cuối\ndòng sát nhãn sau",
        ongoing: "Thủy điện nhỏ 12.5",
        proposals: "Bổ sung kinh phí\nĐề nghị hướng dẫn",
      },
    });
  });

  it("runs the table to the first label (either language, any case): formula-only and blank rows skipped, a typed value read", () => {
    const sheet = tableSheet(NV4).fill({
      // Formula results copied down one row: nothing typed.
      L24: 0,
      M24: "Chưa nhập kết quả",
      // A note typed without a code; a code cell holding only a space (blank, as the Office.js reader sees it).
      K25: "Ghi chú thêm",
      A26: " ",
      A28: "TASKS COMPLETED",
      A29: "Hoàn thành D.12",
      A30: "những việc đang thực hiện",
      A31: "D.14 đang làm",
      A33: "Đề xuất, kiến nghị giải pháp tiếp tục thực hiện",
      A34: "Không",
    });
    expect(read(NV4, sheet)).toStrictEqual<RawReport>({
      origin,
      meta: NV4.meta,
      unitName: "Sở Nông nghiệp và Môi trường",
      reporter: null,
      submitted: null,
      rows: [...allRows(NV4), bareRow(NV4, 25, { evidence: "Ghi chú thêm" })],
      headers: headersOf(NV4),
      narrative: { completed: "Hoàn thành D.12", ongoing: "D.14 đang làm", proposals: "Không" },
    });
  });

  it("does not take a label above the table header for a block: the table still starts below the header", () => {
    const sheet = blankSheet(NV4).fill({ A18: "Những việc đã hoàn thành", A27: "Đã xong" });
    const report = read(NV4, sheet);
    expect(report.rows).toStrictEqual(allRows(NV4));
    expect(report.narrative).toStrictEqual({ completed: "Đã xong", ongoing: "", proposals: "" });
  });

  it("keeps a label repeated inside its block as a line of that block", () => {
    const sheet = blankSheet(NV4).fill({ A27: "Dòng 1", A28: "Những việc đã hoàn thành", A29: "Dòng 3" });
    expect(read(NV4, sheet).narrative).toStrictEqual({ completed: "Dòng 1\nNhững việc đã hoàn thành\nDòng 3", ongoing: "", proposals: "" });
  });

  it("leaves the blocks whose label is gone empty when another label remains (the template's cells are not read)", () => {
    const sheet = blankSheet(NV4).fill({ A32: null, A38: null, A27: "Đã xong", A33: "Đang làm", A39: "Đề xuất" });
    expect(read(NV4, sheet).narrative).toStrictEqual({ completed: "Đã xong\nĐang làm\nĐề xuất", ongoing: "", proposals: "" });
    // The first label gone: what stands above the next label is not a block (the table ends there).
    const noFirst = blankSheet(NV4).fill({ A26: null, A33: "Đang làm", A39: "Đề xuất" });
    expect(read(NV4, noFirst).narrative).toStrictEqual({ completed: "", ongoing: "Đang làm", proposals: "Đề xuất" });
  });

  it("reads the blocks from the template's own rows when no label is left, those rows there only; the table runs on around them", () => {
    expect(NV4.narrative.map((n) => n.range)).toEqual(["A27:M30", "A33:M36", "A39:M42"]);
    const sheet = tableSheet(NV4).fill({ A27: "Đã lắp 2 MW", E28: "thêm 1 MW", A31: "Ghi chú ngoài khối", A39: "Đề nghị bổ sung" });
    expect(read(NV4, sheet)).toStrictEqual<RawReport>({
      origin,
      meta: NV4.meta,
      unitName: "Sở Nông nghiệp và Môi trường",
      reporter: null,
      submitted: null,
      // Each text in one place: the blocks' rows are narrative; a row typed between them is a table row validation names.
      rows: [...allRows(NV4), bareRow(NV4, 31, { code: "Ghi chú ngoài khối" })],
      headers: headersOf(NV4),
      narrative: { completed: "Đã lắp 2 MW\nthêm 1 MW", ongoing: "", proposals: "Đề nghị bổ sung" },
    });
  });

  it("ends the last block at the signature in English too, looked for below the last label only", () => {
    // "Nơi nhận:" typed just above the proposals label is text of the ongoing block.
    const sheet = blankSheet(NV4).fill({ A33: "Đang làm", A37: "Nơi nhận:", A39: "Đề xuất", A44: "Recipients:" });
    expect(read(NV4, sheet).narrative).toStrictEqual({ completed: "", ongoing: "Đang làm\nNơi nhận:", proposals: "Đề xuất" });
  });

  it("keeps 'Nơi nhận:' in a version-1 sheet's proposals (no signature block), down to the sheet's last row", () => {
    expect(NV6_V1.signature).toEqual([]);
    const sheet = blankSheet(NV6_V1).fill({ A49: "Tăng kinh phí", A51: "Nơi nhận:", A52: "Như trên" });
    expect(sheet.lastRow).toBe(52);
    expect(read(NV6_V1, sheet)).toStrictEqual<RawReport>({
      origin: { file: FILE, sheet: NV6_V1.sheetName },
      meta: NV6_V1.meta,
      unitName: "Sở Xây dựng",
      reporter: null,
      submitted: null,
      rows: allRows(NV6_V1),
      headers: headersOf(NV6_V1),
      narrative: { completed: "", ongoing: "", proposals: "Tăng kinh phí\nNơi nhận:\nNhư trên" },
    });
  });

  it("starts an empty block at a label on the sheet's last row", () => {
    const sheet = blankSheet(NV6_V1).fill({ A43: "Đang làm" });
    expect(sheet.lastRow).toBe(48);
    expect(read(NV6_V1, sheet).narrative).toStrictEqual({ completed: "", ongoing: "Đang làm", proposals: "" });
    // The label alone on the last row, the others gone: the table ends above it.
    const alone = tableSheet(NV6_V1).set("A36", "Những việc đã hoàn thành");
    const report = read(NV6_V1, alone);
    expect(report.rows).toStrictEqual(allRows(NV6_V1));
    expect(report.narrative).toStrictEqual(EMPTY);
  });
});

describe("reportFromGrid: merged and covered cells", () => {
  /** Merged ranges as a reader reports them; `at` shows the top-left value in every cell of a range. */
  function mergedSheet(sheet: Sheet, ranges: string[]) {
    const boxes = ranges.map((range) => {
      const [from, to] = range.split(":").map((a) => cellOf(a)) as [[number, number], [number, number]];
      return { top: from[0], left: from[1], bottom: to[0], right: to[1] };
    });
    const box = (r: number, c: number) => boxes.find((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
    const at: CellAt = (r, c) => {
      const b = box(r, c);
      return b ? sheet.at(b.top, b.left) : sheet.at(r, c);
    };
    const mergedAt = (r: number, c: number) => box(r, c) !== undefined;
    const covered = (r: number, c: number) => {
      const b = box(r, c);
      return b !== undefined && (b.top !== r || b.left !== c);
    };
    return { at, mergedAt, covered };
  }

  it("marks merged entry columns only, and reads a covered cell as empty (a row entirely covered is skipped)", () => {
    const sheet = blankSheet(NV4).fill({ H20: 12, K23: "Ghi chú dài" });
    // Actual and disbursed merged in row 20, the group column merged down the table, evidence merged over rows 23–24.
    const { at, mergedAt, covered } = mergedSheet(sheet, ["H20:I20", "C20:C23", "K23:K24"]);
    const report = reportFromGrid({ file: FILE, sheet: NV4.sheetName }, NV4.meta, at, sheet.lastRow, mergedAt, covered);
    expect(report.rows).toStrictEqual([
      { ...rowOf(NV4, 0, { actual: 12, disbursed: null }), merged: ["actual", "disbursed"] },
      rowOf(NV4, 1, { group: null }),
      rowOf(NV4, 2, { group: null }),
      { ...rowOf(NV4, 3, { group: null, evidence: "Ghi chú dài" }), merged: ["evidence"] },
    ]);
  });

  it("without mergedAt marks nothing; without covered reads the top-left value in every cell", () => {
    const sheet = blankSheet(NV4).fill({ H20: 12 });
    const { at } = mergedSheet(sheet, ["H20:I20"]);
    const report = reportFromGrid({ file: FILE, sheet: NV4.sheetName }, NV4.meta, at, sheet.lastRow);
    expect(report.rows).toStrictEqual([rowOf(NV4, 0, { actual: 12, disbursed: 12 }), rowOf(NV4, 1), rowOf(NV4, 2), rowOf(NV4, 3)]);
  });
});

describe("reportFromGrid: which template", () => {
  it("reads a sheet without metadata by its header, flagged fromHeader", () => {
    const sheet = blankSheet(NV6_V1).fill({ G14: "Đã ban hành kế hoạch", C10: "Hoàng Văn C", C11: JUNE_3 });
    expect(reportFromGrid({ file: FILE, sheet: "Báo cáo Sở XD" }, null, sheet.at, sheet.lastRow)).toStrictEqual<RawReport>({
      origin: { file: FILE, sheet: "Báo cáo Sở XD" },
      meta: {
        templateId: "TTX-NV6",
        version: "1.0.0",
        taskGroup: "NV6",
        unitId: "SO_XD",
        period: "2025-H1",
        lang: "vi",
        planHash: NV6_V1.meta.planHash,
      },
      unitName: "Sở Xây dựng",
      reporter: "Hoàng Văn C",
      submitted: JUNE_3,
      rows: [rowOf(NV6_V1, 0, { actual: "Đã ban hành kế hoạch" }), ...allRows(NV6_V1).slice(1)],
      headers: headersOf(NV6_V1),
      narrative: EMPTY,
      fromHeader: true,
    });
  });

  it("reads a sheet neither described nor recognisable as not a template, with nothing in it", () => {
    const sheet = new Sheet().fill({ A1: "Bảng tổng hợp", A2: "D.12", H2: 5 });
    expect(reportFromGrid({ file: FILE, sheet: "Tổng hợp" }, null, sheet.at, sheet.lastRow)).toStrictEqual<RawReport>({
      origin: { file: FILE, sheet: "Tổng hợp" },
      meta: null,
      unitName: null,
      reporter: null,
      submitted: null,
      rows: [],
      narrative: EMPTY,
    });
  });

  it("reads metadata naming a unit the catalog does not have as not a template", () => {
    const sheet = blankSheet(NV4);
    expect(read(NV4, sheet, { ...NV4.meta, unitId: "SO_KHONG_CO" })).toStrictEqual<RawReport>({
      origin: { file: FILE, sheet: NV4.sheetName },
      meta: null,
      unitName: null,
      reporter: null,
      submitted: null,
      rows: [],
      narrative: EMPTY,
    });
  });

  it.each(["vi", "en"] as const)(
    "reads a version no layout has by the table header the sheet shows (layout 1, headers in %s), keeping the metadata",
    (lang) => {
      const meta = { ...NV6_V1.meta, version: "1.5" };
      const shown = specOf({ group: "NV6", unit: "SO_XD", lang, ...V1 });
      const sheet = blankSheet(NV6_V1).fill({ G14: "Đã ban hành kế hoạch", J15: "QĐ 5" });
      for (const c of shown.table.columns) sheet.set(`${c.letter}13`, c.header);
      // Case is not looked at.
      sheet.set("A13", shown.table.columns[0]!.header.toUpperCase());
      expect(read(NV6_V1, sheet, meta)).toStrictEqual<RawReport>({
        origin: { file: FILE, sheet: NV6_V1.sheetName },
        meta,
        unitName: "Sở Xây dựng",
        reporter: null,
        submitted: null,
        rows: [rowOf(NV6_V1, 0, { actual: "Đã ban hành kế hoạch" }), rowOf(NV6_V1, 1, { evidence: "QĐ 5" }), ...allRows(NV6_V1).slice(2)],
        headers: [shown.table.columns[0]!.header.toUpperCase(), ...headersOf(shown).slice(1)],
        narrative: EMPTY,
      });
    },
  );

  it("reads a version no layout has by the newest layout when no layout's whole header is shown (every row of the group)", () => {
    // Báo Cao Bằng has no row of NV4 of its own: the newest layout is built with every row of the group.
    expect(buildTemplate({ group: "NV4", unit: "BAO_CB", period: PERIOD })).toMatchObject({ ok: false, noRows: true });
    const meta: TemplateMetaT = { ...NV4.meta, unitId: "BAO_CB", version: "3.0" };
    // A version-1 table header with its evidence column renamed, a row typed at the version-1 place and at the newest one.
    const sheet = new Sheet().fill({ A14: "D.12", G14: 7, A20: "D.12", H20: 5 });
    for (const c of NV6_V1.table.columns) sheet.set(`${c.letter}13`, c.key === "evidence" ? "Ghi chú" : c.header);
    expect(read(NV4, sheet, meta)).toStrictEqual<RawReport>({
      origin: { file: FILE, sheet: NV4.sheetName },
      meta,
      unitName: null,
      reporter: null,
      submitted: null,
      rows: [bareRow(NV4, 20, { code: "D.12", actual: 5 })],
      headers: NV4.table.columns.map(() => null),
      narrative: EMPTY,
    });
  });
});
