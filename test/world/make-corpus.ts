/**
 * The "world" corpus: report files as departments really send them, not written only by this project's writers.
 *
 * Templates come from the project's template writer (ExcelJS); then they are filled, edited and saved again by
 * other programs: openpyxl (test/world/openpyxl_jobs.py), LibreOffice through its UNO bridge
 * (test/world/uno_jobs.py, one soffice for all edits) and plain LibreOffice re-saves (`soffice --convert-to xlsx`,
 * one call for all files). Hand-like edits (rows inserted, deleted, typed below the table, narratives pasted
 * across rows, sheets copied or pasted between files, resubmissions, Vietnamese number and date spellings) are
 * spread over the six task groups, with non-report files beside them (.xls, .ods, .csv, .xlsm, lock file, 0 bytes).
 *
 * The truth (`truth.json`, and the value returned) is every cell a person typed, recorded by this generator from
 * what it told the programs to type, at its final address after rows were inserted or deleted. Nothing here reads
 * a report back with project code.
 *
 * Deterministic: the same corpus (same values, same addresses) on every run; only file timestamps differ.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFile, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { random } from "../../src/core/consolidation/sample";
import { buildTemplate } from "../../src/core/templates/build";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { V1 } from "../support/template-v1";

// ---------------------------------------------------------------------------------------------------------------
// The exported shape
// ---------------------------------------------------------------------------------------------------------------

/** Where in the sheet a typed cell sits. */
export type TypedWhere = "header" | "table" | "inserted-row" | "below-table" | "narrative";

/** Which field a typed cell is: a table column key, a header field or a narrative block. */
export type TypedRole =
  | "code"
  | "group"
  | "task"
  | "target"
  | "unit"
  | "actual"
  | "disbursed"
  | "status"
  | "evidence"
  | "reporter"
  | "submitted"
  | "unitName"
  | "completed"
  | "ongoing"
  | "proposals";

export interface TypedCell {
  /** Path relative to the corpus folder, forward slashes. */
  file: string;
  sheet: string;
  /** Final A1 address in that file (after any row insertion or deletion). */
  cell: string;
  /**
   * As typed: the number for a number typed into a number cell, the text for text. Where the cell holds something
   * other than the keystrokes, the keystrokes: "12.5%" for a percentage typed into a "0.0%" cell (stored 0.125).
   * Dates typed as dates are their serial number (45810, or 45813.73 with a time).
   */
  value: string | number;
  /** entry: table cells (entry columns, inserted rows, rows typed below the table, an edited plan cell); narrative: the three blocks; header: reporter, submission date, unit name. */
  kind: "entry" | "narrative" | "header";
  role: TypedRole;
  /** The plan code of the table row it belongs to; "" for an inserted row or a row below the table without one; null outside the table. */
  row: string | null;
  where: TypedWhere;
  /** What the file holds at that address: text, a number, or a date (as its 1900-system serial number). */
  stored: string | number;
  storedAs: "string" | "number" | "date";
  /**
   * What a correct reader makes of it: the figure (12.5 for "12,5%" or for 0.125 in a %-formatted cell, 1234.5
   * for "1.234,5", 0.125 for "0.125"), the date as ISO yyyy-mm-dd (time dropped), or the text as typed.
   */
  expected: string | number;
  /** True for a locked plan cell a person overwrote (it is also listed in `planEdits`). */
  planCell?: boolean;
}

/** A locked plan cell changed in a file: named, with its original and new value. */
export interface PlanEdit {
  file: string;
  sheet: string;
  cell: string;
  row: string;
  column: "code" | "group" | "task" | "target" | "unit" | "budget";
  original: string | number;
  now: string | number;
  /** Trailing spaces only: the plan is unchanged in substance. */
  cosmetic: boolean;
}

export type WorldWriter = "exceljs" | "libreoffice" | "libreoffice-uno" | "openpyxl" | "other";

export interface WorldFile {
  file: string;
  /** The program that wrote the file last. */
  writer: WorldWriter;
  /** Task group and unit of the template the file came from (its metadata), "" for junk files. */
  group: string;
  unit: string;
  case: string;
  note: string;
  /** Every program that wrote it, in order (the first is always the project's ExcelJS template writer). */
  chain: string[];
  /** A report workbook (.xlsx or .xlsm) that consolidation should read; false for .xls/.ods/.csv, lock and 0-byte files. */
  report: boolean;
  /** Figures or narrative were typed into it. */
  filled: boolean;
  /** The submission date a reader should find (ISO), or null when none was typed. */
  submitted: string | null;
  /** The unit named in the visible header (C6) when a person changed it: differs from `unit` (the metadata). */
  headerUnit?: string;
  /** For an identical copy: the file it copies. */
  copyOf?: string;
  /** Final layout of the report sheet: plan code → row, last table row, narrative label rows. */
  layout?: {
    sheet: string;
    rows: Record<string, number>;
    tableEnd: number;
    narrative: Record<"completed" | "ongoing" | "proposals", number>;
    hasMeta: boolean;
  };
}

export interface WorldCorpus {
  files: WorldFile[];
  typed: TypedCell[];
  planEdits: PlanEdit[];
}

export const WORLD_PERIOD = "2025-H1";
export const WORLD_GROUPS = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"] as const;

// ---------------------------------------------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------------------------------------------

/** Debian's python, which has python3-uno and python3-openpyxl (a pyenv `python3` on PATH has neither). */
export const PYTHON = process.env.TTX_PYTHON || "/usr/bin/python3";
const HERE = __dirname;

export const SOFFICE = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();

/** soffice on PATH, and Debian's python with the UNO bridge and openpyxl. */
export function worldTools(): { ok: boolean; missing: string[] } {
  const missing: string[] = [];
  if (!SOFFICE) missing.push("soffice (LibreOffice)");
  const py = spawnSync(PYTHON, ["-c", "import uno, openpyxl"], { encoding: "utf8" });
  if (py.status !== 0) missing.push(`${PYTHON} with uno and openpyxl (python3-uno, python3-openpyxl)`);
  return { ok: missing.length === 0, missing };
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(cmd)} ${args.slice(0, 3).join(" ")}… failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Edits, and the sheet model that records what is typed where
// ---------------------------------------------------------------------------------------------------------------

export type Op =
  | { op: "set"; cell: string; t: "s" | "n"; v: string | number; fmt?: string }
  | { op: "insertRows"; at: number; count: number }
  | { op: "deleteRows"; at: number; count: number }
  | { op: "unmerge"; range: string }
  | { op: "append"; cell: string; v: string };

type Typed = Omit<TypedCell, "file" | "sheet">;
type NarrativeKey = "completed" | "ongoing" | "proposals";

const serialOf = (iso: string): number => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
const isoOf = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);

/** One report sheet being typed into: structural edits first, then cells at their final addresses. */
class SheetModel {
  readonly ops: Op[] = [];
  readonly typed: Typed[] = [];
  readonly planEdits: Omit<PlanEdit, "file" | "sheet">[] = [];
  /** Template row index → current row (null once deleted). */
  private readonly rows: (number | null)[];
  private readonly narrativeRows: Record<NarrativeKey, number>;
  tableEnd: number;
  private typing = false;
  submitted: string | null = null;
  headerUnit: string | undefined;

  constructor(readonly spec: TemplateSpecT) {
    const first = spec.table.headerRow + 1;
    this.rows = spec.table.rows.map((_, i) => first + i);
    this.tableEnd = first + spec.table.rows.length - 1;
    const at = (key: NarrativeKey) => Number(/\d+/.exec(spec.narrative.find((n) => n.key === key)!.labelAddress)![0]);
    this.narrativeRows = { completed: at("completed"), ongoing: at("ongoing"), proposals: at("proposals") };
  }

  get codes(): string[] {
    return this.spec.table.rows.map((r) => r.code);
  }

  private structural(): void {
    if (this.typing) throw new Error("structural edits come before typing, so recorded addresses stay final");
  }

  private shift(from: number, delta: number, deleteTo?: number): void {
    const move = (r: number): number | null =>
      deleteTo !== undefined && r >= from && r < deleteTo ? null : r >= (deleteTo ?? from) ? r + delta : r;
    for (let i = 0; i < this.rows.length; i++) if (this.rows[i] != null) this.rows[i] = move(this.rows[i]!);
    for (const k of Object.keys(this.narrativeRows) as NarrativeKey[])
      this.narrativeRows[k] = move(this.narrativeRows[k]) ?? this.narrativeRows[k];
    if (this.tableEnd >= from) this.tableEnd += delta;
  }

  /** Inserts `count` empty rows that become rows at..at+count-1. */
  insertRows(at: number, count = 1): void {
    this.structural();
    this.ops.push({ op: "insertRows", at, count });
    this.shift(at, count);
  }

  deleteRows(at: number, count = 1): void {
    this.structural();
    this.ops.push({ op: "deleteRows", at, count });
    this.shift(at, -count, at + count);
  }

  rowOf(code: string): number | null {
    const i = this.codes.indexOf(code);
    if (i < 0) throw new Error(`no row ${code} in ${this.spec.meta.templateId}`);
    return this.rows[i]!;
  }

  narrativeLabelRow(key: NarrativeKey): number {
    return this.narrativeRows[key];
  }

  layout(sheet: string, hasMeta: boolean): NonNullable<WorldFile["layout"]> {
    const rows: Record<string, number> = {};
    this.codes.forEach((c, i) => {
      if (this.rows[i] != null) rows[c] = this.rows[i]!;
    });
    return { sheet, rows, tableEnd: this.tableEnd, narrative: { ...this.narrativeRows }, hasMeta };
  }

  has(cell: string): boolean {
    return this.ops.some((o) => o.op === "set" && o.cell === cell);
  }

  /** Types a cell and records it. */
  type(
    cell: string,
    t: "s" | "n",
    v: string | number,
    info: Omit<Typed, "cell" | "stored" | "storedAs" | "value" | "expected"> & {
      value?: string | number;
      expected?: string | number;
      storedAs?: "string" | "number" | "date";
      fmt?: string;
    },
  ): void {
    this.typing = true;
    if (this.has(cell)) throw new Error(`${cell} typed twice`);
    const op: Op = { op: "set", cell, t, v };
    if (info.fmt) op.fmt = info.fmt;
    this.ops.push(op);
    const { fmt: _fmt, value, expected, storedAs, ...rest } = info;
    this.typed.push({
      ...rest,
      cell,
      value: value ?? v,
      stored: v,
      storedAs: storedAs ?? (t === "s" ? "string" : "number"),
      expected: expected ?? v,
    });
  }

  /** Overwrites a locked plan cell (a person who unprotected the sheet). */
  editPlan(code: string, column: "task", now: string): void {
    const row = this.rowOf(code)!;
    const col = this.spec.table.columns.find((c) => c.key === column)!.letter;
    const original = this.spec.table.rows.find((r) => r.code === code)!.values[column] as string;
    this.type(`${col}${row}`, "s", now, { kind: "entry", role: column, row: code, where: "table", planCell: true });
    this.planEdits.push({ cell: `${col}${row}`, row: code, column, original, now, cosmetic: false });
  }

  /** Appends spaces to a plan cell: what some programs leave behind. */
  trailingSpaces(code: string, column: "task", spaces: string): void {
    this.typing = true;
    const row = this.rowOf(code)!;
    const col = this.spec.table.columns.find((c) => c.key === column)!.letter;
    const original = this.spec.table.rows.find((r) => r.code === code)!.values[column] as string;
    this.ops.push({ op: "append", cell: `${col}${row}`, v: spaces });
    this.planEdits.push({ cell: `${col}${row}`, row: code, column, original, now: original + spaces, cosmetic: true });
  }

  unmerge(range: string): void {
    this.ops.push({ op: "unmerge", range });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Realistic values, unique across the corpus
// ---------------------------------------------------------------------------------------------------------------

const hash = (s: string): number => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 2166136261);

const ABBR: Record<string, string> = {
  SO_CT: "SCT",
  SO_XD: "SXD",
  SO_TC: "STC",
  SO_NNMT: "SNNMT",
  SO_KHCN: "SKHCN",
  SO_NV: "SNV",
  SO_YT: "SYT",
  SO_VHTTDL: "SVHTTDL",
  CC_KIEMLAM: "CCKL",
  CUC_THUE: "CT",
  TT_KHUYENCONG: "TTKC",
  DIENLUC_CB: "PCCB",
  HOI_LHPN: "HLHPN",
  LIENHIEP_KHKT: "LHH",
  HOI_NONGDAN: "HND",
  DAI_PTTH: "PTTH",
  BAO_CB: "BCB",
  MTTQ: "MTTQ",
  HIEPHOI_DN: "HHDN",
  HOI_TCBVNTD: "HTCBVNTD",
};

const SURNAMES = ["Nông", "Bế", "Hoàng", "Lục", "Đàm", "Triệu", "Lương", "La", "Mã", "Nguyễn", "Hà", "Vi", "Lăng", "Dương", "Ngôn", "Đinh"];
const MIDDLE = ["Thị", "Văn", "Đức", "Thu", "Minh", "Quang", "Thanh", "Hồng", "Kim", "Ngọc"];
const GIVEN = [
  "Hà",
  "Dũng",
  "Mai",
  "Tài",
  "Hằng",
  "Minh",
  "Sơn",
  "Hoa",
  "Chiến",
  "Lan",
  "Tuấn",
  "Huyền",
  "Phương",
  "Thắng",
  "Quyết",
  "Yến",
  "Bình",
  "Thảo",
  "Kiên",
  "Duyên",
];

class Values {
  constructor(
    private readonly rnd: () => number,
    private readonly abbr: string,
    private readonly used: Set<string>,
  ) {}

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }

  /** A value not used anywhere else in the corpus. */
  unique<T extends string | number>(make: () => T): T {
    for (let i = 0; i < 1000; i++) {
      const v = make();
      const key = `${typeof v}:${v}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return v;
      }
    }
    throw new Error("no unique value found");
  }

  num(lo: number, hi: number, decimals: number): number {
    return this.unique(() => Number((lo + this.rnd() * (hi - lo)).toFixed(decimals)));
  }

  reporter(): string {
    return this.unique(() => `${this.pick(SURNAMES)} ${this.pick(MIDDLE)} ${this.pick(GIVEN)}`);
  }

  textResult(): string {
    const a = this.abbr;
    const forms = [
      () => `Đã tổ chức ${this.int(2, 9)} lớp tập huấn cho ${this.int(60, 420)} lượt cán bộ, hội viên`,
      () => `Ban hành Kế hoạch số ${this.int(12, 298)}/KH-${a} ngày ${this.int(2, 28)}/${this.int(1, 5)}/2025 triển khai nhiệm vụ`,
      () => `Đăng ${this.int(8, 96)} tin, bài trên báo, đài; phát ${this.int(3, 40)} phóng sự về tăng trưởng xanh`,
      () => `Hoàn thành khoảng ${this.int(15, 85)}% khối lượng; đã nghiệm thu ${this.int(1, 6)} hạng mục`,
      () => `Đã hỗ trợ ${this.int(12, 340)} hộ áp dụng mô hình, diện tích ${this.int(5, 180)} ha`,
      () => `Đang lập hồ sơ đề xuất chủ trương đầu tư (${this.int(2, 14)} hạng mục), dự kiến trình UBND tỉnh tháng ${this.int(7, 11)}/2025`,
      () => `Đã khảo sát ${this.int(4, 30)} cơ sở sản xuất; ${this.int(2, 15)} cơ sở đăng ký tham gia`,
    ];
    return this.unique(() => this.pick(forms)());
  }

  evidence(): string {
    const a = this.abbr;
    const forms = [
      () => `Báo cáo số ${this.int(20, 390)}/BC-${a} ngày ${this.int(2, 28)}/${this.int(3, 5)}/2025`,
      () => `Công văn số ${this.int(100, 1990)}/${a}-KH`,
      () => `Biên bản nghiệm thu ngày ${this.int(1, 28)}/${this.int(1, 5)}/2025 (lưu tại ${a})`,
      () => `Quyết định số ${this.int(100, 2400)}/QĐ-UBND ngày ${this.int(1, 28)}/${this.int(1, 5)}/2025`,
    ];
    return this.unique(() => this.pick(forms)());
  }

  narrative(key: NarrativeKey, lines: number): string[] {
    const a = this.abbr;
    const forms: Record<NarrativeKey, (() => string)[]> = {
      completed: [
        () => `- Đã hoàn thành ${this.int(2, 12)} lớp tập huấn về tăng trưởng xanh cho ${this.int(80, 600)} lượt người`,
        () => `- Đã hoàn thành chuyển đổi ${this.int(20, 400)} ha đất lúa sang cây trồng có giá trị cao`,
        () => `- Đã hoàn thành lắp đặt ${this.int(3, 60)} hệ thống điện mặt trời áp mái tại các cơ quan`,
        () => `+ Trồng rừng mới ${this.int(30, 900)} ha, chăm sóc ${this.int(100, 2500)} ha rừng trồng`,
      ],
      ongoing: [
        () => `+ Trồng rừng thay thế ${this.int(10, 300)} ha tại các xã vùng cao (đang triển khai)`,
        () => `- Đang xây dựng ${this.int(2, 15)} mô hình sản xuất nông nghiệp hữu cơ`,
        () => `- Đang thẩm định ${this.int(2, 20)} hồ sơ dự án sử dụng năng lượng tiết kiệm`,
        () => `+ Tiếp tục tuyên truyền phân loại rác tại nguồn ở ${this.int(4, 40)} tổ dân phố`,
      ],
      proposals: [
        () => `- Đề nghị UBND tỉnh bố trí bổ sung ${this.int(2, 40)} tỷ đồng cho nhiệm vụ tăng trưởng xanh năm 2026`,
        () => `- Đề nghị Sở Tài chính hướng dẫn mẫu biểu theo dõi chỉ tiêu (${a} đã có Công văn số ${this.int(100, 900)})`,
        () => `- Kiến nghị Bộ Nông nghiệp và Môi trường hỗ trợ ${this.int(2, 9)} chuyên gia đánh giá phát thải`,
      ],
    };
    return Array.from({ length: lines }, () => this.unique(() => this.pick(forms[key])()));
  }
}

/** Numbers the cases type by hand: never generated for another cell. */
const RESERVED = [0.835, 61.7, 1.284, 0.4375, 2.6, 3.125, 0.125, 0.0675, 12.5, 1234.5, 6.75, 45813.73];

/** One pool of used values for the whole corpus; a generator per file, seeded by its id. */
class World {
  private readonly used = new Set<string>(RESERVED.map((n) => `number:${n}`));
  values(id: string, unit: string): Values {
    return new Values(random(hash(id)), ABBR[unit] ?? "UBND", this.used);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Filling a report the way a person does
// ---------------------------------------------------------------------------------------------------------------

interface FillOptions {
  /** Share of table rows with something typed (default 0.8). */
  share?: number;
  /** Codes left alone (cells typed by the case itself). */
  skip?: string[];
  /** The narrative: "cells" (one cell per block, lines joined by line breaks, the default) or nothing. */
  narrative?: "cells" | "none";
  reporter?: boolean;
  /** Submission date: an ISO date (typed as a date) or a cell typed by the case. */
  submitted?: string | null;
}

function fillReport(m: SheetModel, v: Values, o: FillOptions = {}): void {
  const spec = m.spec;
  /** Types unless the case already typed that cell. */
  const put: SheetModel["type"] = (cell, t, value, info) => {
    if (!m.has(cell)) m.type(cell, t, value, info);
  };
  if (o.reporter !== false) put("C10", "s", v.reporter(), { kind: "header", role: "reporter", row: null, where: "header" });
  if (o.submitted) {
    const serial = serialOf(o.submitted);
    put("C11", "n", serial, { kind: "header", role: "submitted", row: null, where: "header", storedAs: "date", expected: o.submitted });
    m.submitted = o.submitted;
  }
  const skip = new Set(o.skip ?? []);
  const share = o.share ?? 0.8;
  const [done, ongoing, notStarted] = spec.statusValues;
  for (const row of spec.table.rows) {
    const r = m.rowOf(row.code);
    if (r == null || skip.has(row.code)) continue;
    if (v.int(0, 999) >= share * 1000) continue;
    const base = { kind: "entry" as const, row: row.code, where: "table" as const };
    let status = ongoing!;
    if (row.actualKind === "percent") {
      const p = v.num(3, 97, 1);
      put(`G${r}`, "n", p, { ...base, role: "actual" });
      if (p > 80) status = done!;
    } else if (row.actualKind === "number") {
      const unit = String(row.values.unit ?? "");
      const x = unit === "ha" ? v.num(40, 9500, 1) : unit === "MW" ? v.num(0.5, 120, 2) : v.num(1, 900, 2);
      put(`G${r}`, "n", x, { ...base, role: "actual" });
    } else {
      const text = v.textResult();
      put(`G${r}`, "s", text, { ...base, role: "actual" });
      if (text.startsWith("Đang")) status = notStarted!;
    }
    const budget = row.values.budget;
    if (typeof budget === "number" && v.int(0, 9) < 8) {
      const hi = Math.max(0.05, budget * 0.9);
      put(`H${r}`, "n", v.num(Math.min(0.01, hi / 2), hi, budget < 1 ? 4 : 3), { ...base, role: "disbursed" });
    }
    if (v.int(0, 9) < 9) put(`I${r}`, "s", status, { ...base, role: "status" });
    if (v.int(0, 9) < 6) put(`J${r}`, "s", v.evidence(), { ...base, role: "evidence" });
  }
  if (o.narrative !== "none") {
    for (const key of ["completed", "ongoing", "proposals"] as const) {
      const top = m.narrativeLabelRow(key) + 1;
      const lines = v.narrative(key, v.int(1, 3));
      put(`A${top}`, "s", lines.join("\n"), { kind: "narrative", role: key, row: null, where: "narrative" });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Recipes: how each file is made
// ---------------------------------------------------------------------------------------------------------------

type Step =
  | { tool: "exceljs-fill" }
  | { tool: "openpyxl"; ops: Op[]; newWorkbook?: string }
  | { tool: "convert" }
  | { tool: "uno"; ops: Op[]; filter?: string; filterOptions?: string };

interface Recipe {
  id: string;
  out: string;
  case: string;
  note: string;
  group: string;
  unit: string;
  model: SheetModel;
  steps: Step[];
  /** Name of the report sheet in the final file (a copy into a new workbook renames it). */
  sheet: string;
  report: boolean;
  hasMeta: boolean;
  /** Post-processing after the last program wrote the file. */
  post?: "xlsm";
}

const WRITER_OF: Record<Step["tool"], WorldWriter> = {
  "exceljs-fill": "exceljs",
  openpyxl: "openpyxl",
  convert: "libreoffice",
  uno: "libreoffice-uno",
};
const CHAIN_NAME: Record<Step["tool"], string> = {
  "exceljs-fill": "exceljs",
  openpyxl: "openpyxl",
  convert: "libreoffice --convert-to",
  uno: "libreoffice-uno",
};

function spec(group: string, unit: string): TemplateSpecT {
  const built = buildTemplate({ group, unit, period: WORLD_PERIOD, ...V1 });
  if (!built.ok) throw new Error(built.error);
  return built.spec;
}

const unitName = (unit: string): string => String(spec("NV1", unit).header.find((h) => h.key === "unit")!.value);

/** The folder a unit's files land in. */
function folder(unit: string): string {
  if (unit.startsWith("SO_")) return `so-${unit.slice(3).toLowerCase()}`;
  if (unit.startsWith("H_") || unit.startsWith("TP_")) return "xa-phuong/2025";
  if (unit.startsWith("HOI_") || ["MTTQ", "LIENHIEP_KHKT", "HIEPHOI_DN"].includes(unit)) return "hoi-doan-the";
  return "co-quan-khac";
}

function recipes(world: World): Recipe[] {
  const out: Recipe[] = [];
  const add = (
    r: Omit<Recipe, "sheet" | "report" | "hasMeta" | "model"> & { model?: SheetModel; sheet?: string; report?: boolean; hasMeta?: boolean },
  ): Recipe => {
    const model = r.model ?? new SheetModel(spec(r.group, r.unit));
    const full: Recipe = { ...r, model, sheet: r.sheet ?? model.spec.sheetName, report: r.report ?? true, hasMeta: r.hasMeta ?? true };
    if (out.some((x) => x.id === full.id || x.out === full.out)) throw new Error(`duplicate recipe ${full.id} / ${full.out}`);
    out.push(full);
    return full;
  };
  /** A model filled like a person would, with this file's own values. */
  const filled = (
    id: string,
    group: string,
    unit: string,
    o: FillOptions,
    before?: (m: SheetModel, v: Values) => void,
    after?: (m: SheetModel, v: Values) => void,
  ): SheetModel => {
    const m = new SheetModel(spec(group, unit));
    const v = world.values(id, unit);
    before?.(m, v);
    fillReport(m, v, o);
    after?.(m, v);
    return m;
  };
  const edit = (m: SheetModel) => m.ops;

  // --- Untouched templates, every group: re-saved by LibreOffice, and by openpyxl. ---
  const blankLo: Record<string, string> = {
    NV1: "SO_NV",
    NV2: "SO_YT",
    NV3: "DIENLUC_CB",
    NV4: "H_BAOLAM",
    NV5: "HOI_NONGDAN",
    NV6: "BAO_CB",
  };
  const blankOpx: Record<string, string> = {
    NV1: "DAI_PTTH",
    NV2: "MTTQ",
    NV3: "H_HALANG",
    NV4: "H_TRUNGKHANH",
    NV5: "HIEPHOI_DN",
    NV6: "HOI_TCBVNTD",
  };
  for (const g of WORLD_GROUPS) {
    const u1 = blankLo[g]!;
    add({
      id: `blank-lo-${g}`,
      out: `${folder(u1)}/Mau bao cao ${g} - ${u1}.xlsx`,
      case: "blank-lo",
      note: "Untouched template, opened and saved again by LibreOffice (soffice --convert-to xlsx).",
      group: g,
      unit: u1,
      steps: [{ tool: "convert" }],
    });
    const u2 = blankOpx[g]!;
    add({
      id: `blank-opx-${g}`,
      out: `${folder(u2)}/TTX_${g}_${u2}_chua_dien.xlsx`,
      case: "blank-openpyxl",
      note: "Untouched template, loaded and saved again by openpyxl.",
      group: g,
      unit: u2,
      steps: [{ tool: "openpyxl", ops: [] }],
    });
  }

  // --- Filled reports, every group: by ExcelJS (baseline), by openpyxl then re-saved by LibreOffice, by UNO. ---
  const byExceljs: Record<string, [string, string]> = {
    NV1: ["LIENHIEP_KHKT", "2025-06-03"],
    NV2: ["CUC_THUE", "2025-05-30"],
    NV3: ["H_HOAAN", "2025-06-04"],
    NV4: ["TT_KHUYENCONG", "2025-06-05"],
    NV5: ["H_QUANGHOA", "2025-06-02"],
    NV6: ["H_NGUYENBINH", "2025-06-06"],
  };
  const byOpxLo: Record<string, [string, string]> = {
    NV1: ["SO_KHCN", "2025-06-02"],
    NV2: ["SO_TC", "2025-06-04"],
    NV3: ["SO_CT", "2025-06-03"],
    NV4: ["SO_XD", "2025-05-29"],
    NV5: ["SO_NNMT", "2025-06-05"],
    NV6: ["SO_VHTTDL", "2025-06-09"],
  };
  const byUno: Record<string, [string, string]> = {
    NV1: ["HOI_LHPN", "2025-06-04"],
    NV2: ["SO_NV", "2025-06-03"],
    NV3: ["SO_XD", "2025-06-05"],
    NV4: ["SO_CT", "2025-06-02"],
    NV5: ["CC_KIEMLAM", "2025-06-06"],
    NV6: ["TP_CAOBANG", "2025-06-04"],
  };
  const recipeOf: Record<string, Recipe> = {};
  for (const g of WORLD_GROUPS) {
    const [u1, d1] = byExceljs[g]!;
    add({
      id: `exceljs-${g}`,
      out: `${folder(u1)}/BC ${g} 6 thang 2025 - ${ABBR[u1] ?? u1}.xlsx`,
      case: "filled-exceljs",
      note: "Filled with ExcelJS (the project's own writer): the baseline.",
      group: g,
      unit: u1,
      model: filled(`exceljs-${g}`, g, u1, { submitted: d1 }),
      steps: [{ tool: "exceljs-fill" }],
    });
    const [u2, d2] = byOpxLo[g]!;
    const m2 = filled(`opxlo-${g}`, g, u2, { submitted: d2 });
    add({
      id: `opxlo-${g}`,
      out: `${folder(u2)}/Báo cáo TTX ${g} 6 tháng đầu năm 2025.xlsx`,
      case: "filled-openpyxl-lo",
      note: "Filled by openpyxl (a person typing), then opened and saved again by LibreOffice.",
      group: g,
      unit: u2,
      model: m2,
      steps: [{ tool: "openpyxl", ops: edit(m2) }, { tool: "convert" }],
    });
    const [u3, d3] = byUno[g]!;
    const m3 = filled(`uno-${g}`, g, u3, { submitted: d3 });
    recipeOf[`uno-${g}`] = add({
      id: `uno-${g}`,
      out: `${folder(u3)}/${u3 === "TP_CAOBANG" ? "TP Cao Bang" : (ABBR[u3] ?? u3)} - ${g}.xlsx`,
      case: "filled-uno",
      note: "Typed in LibreOffice Calc through the UNO bridge and saved by it.",
      group: g,
      unit: u3,
      model: m3,
      steps: [{ tool: "uno", ops: edit(m3) }],
    });
  }

  // --- Structure edits ---
  {
    // NV5: an activity the department added, with its own code, inserted inside the table after DA5.5.
    const m = new SheetModel(spec("NV5", "SO_CT"));
    const v = world.values("insert-code", "SO_CT");
    const at = m.rowOf("DA5.5")! + 1;
    m.insertRows(at, 1);
    const base = { kind: "entry" as const, row: "", where: "inserted-row" as const };
    m.type(`A${at}`, "s", "NV5.99", { ...base, role: "code", row: "NV5.99" });
    m.type(`B${at}`, "s", "Nhiệm vụ", { ...base, role: "group", row: "NV5.99" });
    m.type(`C${at}`, "s", "Hỗ trợ HTX chế biến miến dong Nguyên Bình theo hướng hữu cơ (nhiệm vụ bổ sung của Sở)", {
      ...base,
      role: "task",
      row: "NV5.99",
    });
    m.type(`G${at}`, "s", "Đã hỗ trợ 2 HTX, 37 hộ thành viên; sản lượng 41,6 tấn", { ...base, role: "actual", row: "NV5.99" });
    m.type(`H${at}`, "n", 0.835, { ...base, role: "disbursed", row: "NV5.99" });
    m.type(`I${at}`, "s", m.spec.statusValues[1]!, { ...base, role: "status", row: "NV5.99" });
    m.type(`J${at}`, "s", "Quyết định số 1187/QĐ-SCT ngày 14/3/2025", { ...base, role: "evidence", row: "NV5.99" });
    fillReport(m, v, { submitted: "2025-06-03" });
    add({
      id: "insert-code",
      out: "so-ct/NV5 San xuat xanh - SCT (them dong).xlsx",
      case: "inserted-row-new-code",
      note: `Row ${at} inserted inside the table in LibreOffice (UNO) after DA5.5, with the department's own code NV5.99; rows below shifted down.`,
      group: "NV5",
      unit: "SO_CT",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }
  {
    // NV3: a row without a code but with figures, inserted after A.5; rows below must still be read.
    const m = new SheetModel(spec("NV3", "SO_NNMT"));
    const v = world.values("insert-nocode", "SO_NNMT");
    const at = m.rowOf("A.5")! + 1;
    m.insertRows(at, 1);
    const base = { kind: "entry" as const, row: "", where: "inserted-row" as const };
    m.type(`C${at}`, "s", "Cải tạo vườn tạp sang trồng cây ăn quả tại xã Đức Long (phát sinh)", { ...base, role: "task" });
    m.type(`E${at}`, "s", "ha", { ...base, role: "unit" });
    m.type(`G${at}`, "n", 61.7, { ...base, role: "actual" });
    m.type(`H${at}`, "n", 1.284, { ...base, role: "disbursed" });
    fillReport(m, v, { submitted: "2025-06-04", share: 0.95 });
    add({
      id: "insert-nocode",
      out: "so-nnmt/BC giam phat thai NV3 - SNNMT.xlsx",
      case: "inserted-row-no-code",
      note: `Row ${at} inserted after A.5 (UNO) with a task and figures but no code; the rows below are filled too.`,
      group: "NV3",
      unit: "SO_NNMT",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }
  {
    // NV4: a table row deleted (D.14); the others filled.
    const m = new SheetModel(spec("NV4", "DIENLUC_CB"));
    const v = world.values("delete-row", "DIENLUC_CB");
    m.deleteRows(m.rowOf("D.14")!, 1);
    fillReport(m, v, { submitted: "2025-06-05", share: 1 });
    add({
      id: "delete-row",
      out: "co-quan-khac/Dien luc Cao Bang - NLTT NV4.xlsx",
      case: "deleted-row",
      note: "Row of D.14 deleted in LibreOffice (UNO); D.15 and the narrative moved up one row.",
      group: "NV4",
      unit: "DIENLUC_CB",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }
  {
    // NV6: two rows typed below the table, between its last row and the narrative (openpyxl).
    const m = filled("below", "NV6", "SO_XD", { submitted: "2025-06-04" });
    const r1 = m.tableEnd + 1;
    const base = { kind: "entry" as const, row: "", where: "below-table" as const };
    m.type(`C${r1}`, "s", "Trồng cây xanh đô thị tại phường Sông Hiến (ngoài kế hoạch)", { ...base, role: "task" });
    m.type(`G${r1}`, "s", "Đã trồng 1.250 cây bóng mát", { ...base, role: "actual" });
    m.type(`H${r1}`, "n", 0.4375, { ...base, role: "disbursed" });
    m.type(`B${r1 + 1}`, "s", "Dự án bổ sung", { ...base, role: "group" });
    m.type(`C${r1 + 1}`, "s", "Cải tạo vỉa hè, lát gạch không nung tuyến phố Kim Đồng", { ...base, role: "task" });
    m.type(`G${r1 + 1}`, "n", 2.6, { ...base, role: "actual" });
    m.type(`H${r1 + 1}`, "n", 3.125, { ...base, role: "disbursed" });
    add({
      id: "below",
      out: "so-xd/Lối sống xanh NV6 - Sở Xây dựng.xlsx",
      case: "rows-below-table",
      note: `Two rows typed below the table (rows ${r1}, ${r1 + 1}), above the narrative, by openpyxl.`,
      group: "NV6",
      unit: "SO_XD",
      model: m,
      steps: [{ tool: "openpyxl", ops: m.ops }],
    });
  }
  {
    // NV3: narrative pasted across several rows (blocks unmerged; one line per row from A41).
    const m = filled("narrative-rows", "NV3", "H_HAQUANG", { submitted: "2025-06-02", narrative: "none" });
    const v = world.values("narrative-rows-text", "H_HAQUANG");
    for (const [key, count] of [
      ["completed", 4],
      ["ongoing", 3],
    ] as const) {
      const top = m.narrativeLabelRow(key) + 1;
      m.unmerge(`A${top}:L${top + 3}`);
      v.narrative(key, count).forEach((line, i) =>
        m.type(`A${top + i}`, "s", line, { kind: "narrative", role: key, row: null, where: "narrative" }),
      );
    }
    const p = m.narrativeLabelRow("proposals") + 1;
    m.type(`A${p}`, "s", v.narrative("proposals", 2).join("\n"), { kind: "narrative", role: "proposals", row: null, where: "narrative" });
    add({
      id: "narrative-rows",
      out: "xa-phuong/2025/Ha Quang - NV3 giam phat thai.xlsx",
      case: "narrative-across-rows",
      note: "Completed and ongoing blocks unmerged, their lines pasted one per row (A41…A44, A47…A49) in LibreOffice (UNO).",
      group: "NV3",
      unit: "H_HAQUANG",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }

  // --- Sheets moved between files ---
  {
    // NV2: the report sheet's values pasted into a new workbook, without the hidden metadata.
    const m = filled("copy-new", "NV2", "SO_NNMT", { submitted: "2025-06-03" });
    add({
      id: "copy-new",
      out: "so-nnmt/Thể chế NV2 (bản sao).xlsx",
      case: "copied-to-new-workbook",
      note: "The filled sheet's values, merges, widths and formats copied into a new workbook (sheet 'Sheet1', no _ttx_meta, no table, no validations) by openpyxl; formulas pasted as their cached results.",
      group: "NV2",
      unit: "SO_NNMT",
      model: m,
      sheet: "Sheet1",
      hasMeta: false,
      steps: [{ tool: "openpyxl", ops: m.ops, newWorkbook: "Sheet1" }],
    });
  }
  {
    // NV1: made from Sở Y tế's template (metadata SO_YT), but the header names Sở KHCN, which has its own NV1 report.
    const m = filled("pasted-unit", "NV1", "SO_YT", { submitted: "2025-06-04" }, (model) => {
      model.type("C6", "s", unitName("SO_KHCN"), { kind: "header", role: "unitName", row: null, where: "header" });
      model.headerUnit = "SO_KHCN";
    });
    add({
      id: "pasted-unit",
      out: "so-yt/BC TTX NV1 - SYT.xlsx",
      case: "unit-pasted-into-other-file",
      note: "Template of Sở Y tế (metadata unit SO_YT) whose header C6 says Sở Khoa học và Công nghệ (SO_KHCN, which sent its own NV1 report): a sheet pasted between units. Filled by openpyxl, saved by LibreOffice.",
      group: "NV1",
      unit: "SO_YT",
      model: m,
      steps: [{ tool: "openpyxl", ops: m.ops }, { tool: "convert" }],
    });
  }

  // --- Resubmission: later date, different figures ---
  {
    const first = filled("resub-1", "NV4", "H_HOAAN", { submitted: "2025-06-02", share: 1 });
    add({
      id: "resub-1",
      out: "xa-phuong/2025/hoa-an/BC NV4 Hoa An (gui lan 1).xlsx",
      case: "resubmission-first",
      note: "First submission (2 June 2025); superseded by the later one in the same folder. Filled by openpyxl, saved by LibreOffice.",
      group: "NV4",
      unit: "H_HOAAN",
      model: first,
      steps: [{ tool: "openpyxl", ops: first.ops }, { tool: "convert" }],
    });
    const later = filled("resub-2", "NV4", "H_HOAAN", { submitted: "2025-06-04", share: 1 });
    add({
      id: "resub-2",
      out: "xa-phuong/2025/hoa-an/BC NV4 Hoa An - gui lai 04.6.xlsx",
      case: "resubmission-later",
      note: "Resubmission (4 June 2025) with different figures, typed in LibreOffice (UNO).",
      group: "NV4",
      unit: "H_HOAAN",
      model: later,
      steps: [{ tool: "uno", ops: later.ops }],
    });
  }
  // --- An empty report from a unit whose filled report is also here ---
  add({
    id: "empty-filled-unit",
    out: "so-ct/TTX-NV3 (mau trong).xlsx",
    case: "empty-for-filled-unit",
    note: "Sở Công Thương's NV3 template, never filled, saved by LibreOffice; its filled NV3 report is in the same folder.",
    group: "NV3",
    unit: "SO_CT",
    steps: [{ tool: "convert" }],
  });

  // --- Numbers and dates as Vietnamese staff type them ---
  {
    const m = filled("text-numbers", "NV3", "H_BAOLAC", { submitted: "2025-06-05" }, (model) => {
      const base = { kind: "entry" as const, where: "table" as const };
      model.type(`G${model.rowOf("A.2")}`, "s", "1.234,5", { ...base, role: "actual", row: "A.2", expected: 1234.5 });
      model.type(`H${model.rowOf("A.1")}`, "s", "12,5", { ...base, role: "disbursed", row: "A.1", expected: 12.5 });
      model.type(`H${model.rowOf("A.3")}`, "s", "0.125", { ...base, role: "disbursed", row: "A.3", expected: 0.125 });
      model.type(`G${model.rowOf("C1.1")}`, "s", "12,5%", { ...base, role: "actual", row: "C1.1", expected: 12.5 });
    });
    add({
      id: "text-numbers",
      out: "xa-phuong/2025/Bao Lac NV3.xlsx",
      case: "text-numbers",
      note: 'Numbers typed as text the Vietnamese way: "1.234,5" (G, A.2), "12,5" (H, A.1), "0.125" (H, A.3), "12,5%" (G, C1.1). Filled by openpyxl, saved by LibreOffice.',
      group: "NV3",
      unit: "H_BAOLAC",
      model: m,
      steps: [{ tool: "openpyxl", ops: m.ops }, { tool: "convert" }],
    });
  }
  {
    const m = filled("percent-format", "NV3", "SO_TC", { submitted: "2025-06-03" }, (model) => {
      model.type(`G${model.rowOf("C1.1")}`, "n", 0.125, {
        kind: "entry",
        role: "actual",
        row: "C1.1",
        where: "table",
        fmt: "0.0%",
        value: "12.5%",
        expected: 12.5,
      });
      model.type(`G${model.rowOf("C4.9")}`, "n", 0.0675, {
        kind: "entry",
        role: "actual",
        row: "C4.9",
        where: "table",
        fmt: "0.0%",
        value: "6.75%",
        expected: 6.75,
      });
    });
    add({
      id: "percent-format",
      out: "so-tc/STC - Giam phat thai KNK.xlsx",
      case: "percent-format",
      note: 'Percentages typed as 12.5% and 6.75% into cells formatted "0.0%" (stored 0.125, 0.0675), in LibreOffice (UNO).',
      group: "NV3",
      unit: "SO_TC",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }
  {
    const m = filled("date-text-time", "NV5", "H_THACHAN", { submitted: null }, (model) => {
      model.type("C11", "s", "05/06/2025 17:30", { kind: "header", role: "submitted", row: null, where: "header", expected: "2025-06-05" });
      model.submitted = "2025-06-05";
    });
    add({
      id: "date-text-time",
      out: "xa-phuong/2025/Thach An - San xuat xanh.xlsx",
      case: "date-text-with-time",
      note: 'Submission date typed as text "05/06/2025 17:30" (day first). Filled by openpyxl, saved by LibreOffice.',
      group: "NV5",
      unit: "H_THACHAN",
      model: m,
      steps: [{ tool: "openpyxl", ops: m.ops }, { tool: "convert" }],
    });
  }
  {
    const m = filled("date-serial-time", "NV6", "H_BAOLAC", { submitted: null }, (model) => {
      model.type("C11", "n", 45813.73, {
        kind: "header",
        role: "submitted",
        row: null,
        where: "header",
        storedAs: "date",
        expected: "2025-06-05",
      });
      model.submitted = "2025-06-05";
    });
    add({
      id: "date-serial-time",
      out: "xa-phuong/2025/Bao Lac NV6.xlsx",
      case: "date-serial-with-time",
      note: "Submission date cell holding a date with a time: serial 45813.73 (5 June 2025 17:31), format dd/mm/yyyy, typed in LibreOffice (UNO).",
      group: "NV6",
      unit: "H_BAOLAC",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }
  {
    const m = filled("date-vi-text", "NV2", "HOI_NONGDAN", { submitted: null }, (model) => {
      model.type("C11", "s", "ngày 05 tháng 6 năm 2025", {
        kind: "header",
        role: "submitted",
        row: null,
        where: "header",
        expected: "2025-06-05",
      });
      model.submitted = "2025-06-05";
    });
    add({
      id: "date-vi-text",
      out: "hoi-doan-the/Hoi Nong dan - The che NV2.xlsx",
      case: "date-vietnamese-text",
      note: 'Submission date typed as "ngày 05 tháng 6 năm 2025" (text), by openpyxl.',
      group: "NV2",
      unit: "HOI_NONGDAN",
      model: m,
      steps: [{ tool: "openpyxl", ops: m.ops }],
    });
  }

  // --- Plan cells ---
  {
    const m = filled("trailing-space", "NV6", "DAI_PTTH", { submitted: "2025-06-02" }, (model) =>
      model.trailingSpaces("NV6.2", "task", "  "),
    );
    add({
      id: "trailing-space",
      out: "co-quan-khac/PTTH NV6 loi song xanh.xlsx",
      case: "trailing-space-plan",
      note: "Two trailing spaces appended to the task text of NV6.2 (a plan cell) by openpyxl; saved again by LibreOffice, which keeps them. Cosmetic: listed in planEdits, not in typed.",
      group: "NV6",
      unit: "DAI_PTTH",
      model: m,
      steps: [{ tool: "openpyxl", ops: m.ops }, { tool: "convert" }],
    });
  }
  {
    const m = filled("plan-edit", "NV1", "CUC_THUE", { submitted: "2025-06-03" }, (model) =>
      model.editPlan(
        "NV1.3",
        "task",
        "Tuyên truyền, phổ biến chính sách thuế bảo vệ môi trường và tăng trưởng xanh tới doanh nghiệp (Cục Thuế sửa)",
      ),
    );
    add({
      id: "plan-edit",
      out: "co-quan-khac/Cuc Thue - NV1 (sua noi dung).xlsx",
      case: "plan-cell-edited",
      note: "Task text of NV1.3 (a locked plan cell) rewritten in LibreOffice (UNO, sheet unprotected); figures filled.",
      group: "NV1",
      unit: "CUC_THUE",
      model: m,
      steps: [{ tool: "uno", ops: m.ops }],
    });
  }

  // --- Files that are not readable reports ---
  {
    const m = filled("xls", "NV5", "BAO_CB", { submitted: "2025-06-04" });
    add({
      id: "xls",
      out: "co-quan-khac/Bao Cao Bang - NV5.xls",
      case: "xls",
      note: "A filled report saved as Excel 97-2003 (.xls) by LibreOffice (UNO).",
      group: "NV5",
      unit: "BAO_CB",
      model: m,
      report: false,
      steps: [{ tool: "uno", ops: m.ops, filter: "MS Excel 97" }],
    });
  }
  {
    const m = filled("ods", "NV2", "H_BAOLAM", { submitted: "2025-06-03" });
    add({
      id: "ods",
      out: "xa-phuong/2025/Bao Lam - NV2.ods",
      case: "ods",
      note: "A filled report saved as OpenDocument (.ods) by LibreOffice (UNO).",
      group: "NV2",
      unit: "H_BAOLAM",
      model: m,
      report: false,
      steps: [{ tool: "uno", ops: m.ops, filter: "calc8" }],
    });
  }
  {
    const m = filled("csv", "NV4", "SO_KHCN", { submitted: "2025-06-02" });
    add({
      id: "csv",
      out: "so-khcn/NV4 nang luong tai tao.csv",
      case: "csv",
      note: "A filled report's sheet saved as CSV (UTF-8, comma) by LibreOffice (UNO).",
      group: "NV4",
      unit: "SO_KHCN",
      model: m,
      report: false,
      steps: [{ tool: "uno", ops: m.ops, filter: "Text - txt - csv (StarCalc)", filterOptions: "44,34,76,1" }],
    });
  }
  {
    const m = filled("xlsm", "NV6", "SO_YT", { submitted: "2025-06-05" });
    add({
      id: "xlsm",
      out: "so-yt/BC loi song xanh NV6.xlsm",
      case: "xlsm",
      note: "A good report (filled by openpyxl, saved by LibreOffice) sent as .xlsm: same parts, content type changed to macro-enabled by re-zipping (no VBA project).",
      group: "NV6",
      unit: "SO_YT",
      model: m,
      post: "xlsm",
      steps: [{ tool: "openpyxl", ops: m.ops }, { tool: "convert" }],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Running the recipes: a few batches, one process each
// ---------------------------------------------------------------------------------------------------------------

interface State {
  recipe: Recipe;
  file: string;
  next: number;
}

async function writeExcelJs(file: string, s: TemplateSpecT, ops: Op[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, s);
  for (const op of ops) {
    if (op.op !== "set") throw new Error(`ExcelJS step only types cells, not ${op.op}`);
    const cell = sheet.getCell(op.cell);
    cell.value = op.t === "s" ? String(op.v) : Number(op.v);
    if (op.fmt) cell.numFmt = op.fmt;
  }
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

function checkJobOutput(stdout: string, tool: string): void {
  const failed = stdout
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { ok: boolean; dst: string; error?: string })
    .filter((r) => !r.ok);
  if (failed.length) throw new Error(`${tool}: ${failed.map((f) => `${f.dst}: ${f.error}`).join("; ")}`);
}

async function execute(list: Recipe[], stage: string, dir: string): Promise<void> {
  const states: State[] = [];
  for (const r of list) {
    const first = path.join(stage, `${r.id}.s0.xlsx`);
    await writeExcelJs(first, r.model.spec, r.steps[0]?.tool === "exceljs-fill" ? r.model.ops : []);
    states.push({ recipe: r, file: first, next: r.steps[0]?.tool === "exceljs-fill" ? 1 : 0 });
  }
  const stepOf = (s: State) => s.recipe.steps[s.next];
  const outName = (s: State, ext = ".xlsx") => path.join(stage, `${s.recipe.id}.s${s.next + 1}${ext}`);
  for (let round = 0; states.some((s) => stepOf(s)); round++) {
    if (round > 4) throw new Error("recipes do not finish");
    // openpyxl first (its output often goes on to LibreOffice in the same round)
    const opx = states.filter((s) => stepOf(s)?.tool === "openpyxl");
    if (opx.length) {
      const jobs = opx.map((s) => {
        const step = stepOf(s) as Extract<Step, { tool: "openpyxl" }>;
        return {
          src: s.file,
          dst: outName(s),
          sheet: s.recipe.model.spec.sheetName,
          ops: step.ops,
          newWorkbook: step.newWorkbook ? { title: step.newWorkbook } : null,
        };
      });
      const jobFile = path.join(stage, `openpyxl-${round}.json`);
      writeFileSync(jobFile, JSON.stringify(jobs));
      checkJobOutput(await run(PYTHON, [path.join(HERE, "openpyxl_jobs.py"), jobFile], 300_000), "openpyxl");
      for (const s of opx) {
        s.file = outName(s);
        s.next++;
      }
    }
    // LibreOffice: plain re-saves (one soffice --convert-to) and UNO edits (one soffice session), side by side.
    const conv = states.filter((s) => stepOf(s)?.tool === "convert");
    const uno = states.filter((s) => stepOf(s)?.tool === "uno");
    const tasks: Promise<void>[] = [];
    if (conv.length) {
      tasks.push(
        (async () => {
          const outdir = path.join(stage, `convert-${round}`);
          mkdirSync(outdir, { recursive: true });
          const profile = path.join(stage, `profile-convert-${round}`);
          await run(
            SOFFICE,
            [
              `-env:UserInstallation=file://${profile}`,
              "--headless",
              "--invisible",
              "--norestore",
              "--convert-to",
              "xlsx:Calc MS Excel 2007 XML",
              "--outdir",
              outdir,
              ...conv.map((s) => s.file),
            ],
            300_000,
          );
          for (const s of conv) {
            const produced = path.join(outdir, path.basename(s.file).replace(/\.[^.]+$/, ".xlsx"));
            if (!existsSync(produced)) throw new Error(`LibreOffice did not convert ${s.file}`);
            renameSync(produced, outName(s));
            s.file = outName(s);
            s.next++;
          }
        })(),
      );
    }
    if (uno.length) {
      tasks.push(
        (async () => {
          const jobs = uno.map((s) => {
            const step = stepOf(s) as Extract<Step, { tool: "uno" }>;
            return {
              src: s.file,
              dst: outName(s, path.extname(s.recipe.out) === ".xlsm" ? ".xlsx" : path.extname(s.recipe.out)),
              sheet: s.recipe.model.spec.sheetName,
              ops: step.ops,
              filter: step.filter ?? null,
              filterOptions: step.filterOptions ?? null,
            };
          });
          const jobFile = path.join(stage, `uno-${round}.json`);
          writeFileSync(jobFile, JSON.stringify(jobs));
          checkJobOutput(await run(PYTHON, [path.join(HERE, "uno_jobs.py"), jobFile], 300_000), "uno");
          uno.forEach((s, i) => {
            s.file = jobs[i]!.dst;
            s.next++;
          });
        })(),
      );
    }
    await Promise.all(tasks);
  }
  for (const s of states) {
    const target = path.join(dir, s.recipe.out);
    mkdirSync(path.dirname(target), { recursive: true });
    if (s.recipe.post === "xlsm") writeFileSync(target, await asXlsm(readFileSync(s.file)));
    else copyFileSync(s.file, target);
  }
}

/** The same package with the workbook's content type of a macro-enabled workbook (what Excel writes for .xlsm). */
async function asXlsm(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const changed = types.replace(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  );
  if (changed === types) throw new Error("no workbook content type to change");
  zip.file("[Content_Types].xml", changed);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** What Excel leaves beside an open workbook: 165 bytes, the user's name (length-prefixed), padding. */
function excelLockFile(user: string): Uint8Array {
  const bytes = new Uint8Array(165).fill(0x20);
  bytes[0] = user.length;
  bytes.set(new TextEncoder().encode(user), 1);
  bytes[55] = user.length;
  bytes.set(new Uint8Array([...user].flatMap((ch) => [ch.charCodeAt(0), 0])), 56);
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------------------

const posix = (p: string) => p.split(path.sep).join("/");

/** Writes the world corpus into `dir` (created if needed) and returns its truth, also written to `dir/truth.json`. */
export async function makeWorldCorpus(dir: string): Promise<WorldCorpus> {
  const tools = worldTools();
  if (!tools.ok) throw new Error(`world corpus needs ${tools.missing.join(", ")} (scripts/setup-test-tools.sh installs them)`);
  mkdirSync(dir, { recursive: true });
  const stage = mkdtempSync(path.join(tmpdir(), "ttx-world-stage-"));
  try {
    const world = new World();
    const list = recipes(world);
    await execute(list, stage, dir);

    const files: WorldFile[] = [];
    const typed: TypedCell[] = [];
    const planEdits: PlanEdit[] = [];
    for (const r of list) {
      const file = posix(r.out);
      const last = r.steps[r.steps.length - 1]!;
      const filledCells = r.model.typed;
      files.push({
        file,
        writer: WRITER_OF[last.tool],
        group: r.group,
        unit: r.unit,
        case: r.case,
        note: r.note,
        chain: [
          "exceljs (template)",
          ...r.steps.map((s) => CHAIN_NAME[s.tool]),
          ...(r.post === "xlsm" ? ["jszip (content type → .xlsm)"] : []),
        ],
        report: r.report,
        filled: filledCells.length > 0,
        submitted: r.model.submitted,
        ...(r.model.headerUnit ? { headerUnit: r.model.headerUnit } : {}),
        ...(r.report ? { layout: r.model.layout(r.sheet, r.hasMeta) } : {}),
      });
      if (r.report) {
        for (const c of filledCells) typed.push({ file, sheet: r.sheet, ...c });
        for (const e of r.model.planEdits) planEdits.push({ file, sheet: r.sheet, ...e });
      }
    }

    // The same file sent twice: an identical copy in another sub-folder.
    const original = files.find((f) => f.case === "filled-uno" && f.group === "NV6")!;
    const copy = `xa-phuong/2025/gui-lai/${path.posix.basename(original.file)}`;
    mkdirSync(path.dirname(path.join(dir, copy)), { recursive: true });
    copyFileSync(path.join(dir, original.file), path.join(dir, copy));
    files.push({
      ...original,
      file: copy,
      case: "sent-twice",
      note: `Identical bytes to ${original.file}: the same report sent again, kept in another sub-folder.`,
      chain: [...original.chain, "copy"],
      copyOf: original.file,
    });
    for (const c of typed.filter((t) => t.file === original.file)) typed.push({ ...c, file: copy });

    // Junk beside the reports.
    const lockName = "so-ct/~$Báo cáo TTX NV3 6 tháng đầu năm 2025.xlsx";
    writeFileSync(path.join(dir, lockName), excelLockFile("Nguyen Van Hung"));
    files.push({
      file: lockName,
      writer: "other",
      group: "",
      unit: "",
      case: "lock-file",
      note: "Excel's owner (lock) file left beside an open workbook: 165 bytes, not a zip.",
      chain: ["excel lock file"],
      report: false,
      filled: false,
      submitted: null,
    });
    const zeroName = "xa-phuong/2025/bao-cao-huyen-ha-lang.xlsx";
    writeFileSync(path.join(dir, zeroName), new Uint8Array(0));
    files.push({
      file: zeroName,
      writer: "other",
      group: "",
      unit: "",
      case: "zero-byte",
      note: "A 0-byte .xlsx (an interrupted download or copy).",
      chain: ["empty file"],
      report: false,
      filled: false,
      submitted: null,
    });

    files.sort((a, b) => a.file.localeCompare(b.file));
    const corpus: WorldCorpus = { files, typed, planEdits };
    writeFileSync(path.join(dir, "truth.json"), JSON.stringify(corpus, null, 1));
    return corpus;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Shared, cached per jest worker
// ---------------------------------------------------------------------------------------------------------------

/** True when soffice and Debian's python with uno and openpyxl are present (checked once, at import). */
export const worldToolsAvailable: boolean = worldTools().ok;

let cached: Promise<{ dir: string } & WorldCorpus> | undefined;

const CACHE_PREFIX = "ttx-world-cache-";

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * The world corpus, built once per jest worker process into a temporary folder and reused by every test file that
 * worker runs. Jest gives each test file its own module registry (and its own `process` object, whose "exit"
 * listeners never fire), so the cache is the folder itself, named by the worker's pid and start time; folders of
 * workers that have ended are removed the next time a corpus is asked for.
 */
export function worldCorpus(): Promise<{ dir: string } & WorldCorpus> {
  if (!cached) {
    const started = Math.round(Date.now() / 1000 - process.uptime());
    const mine = `${CACHE_PREFIX}${process.pid}-${started}`;
    for (const name of readdirSync(tmpdir())) {
      const m = new RegExp(`^${CACHE_PREFIX}(\\d+)-(\\d+)$`).exec(name);
      if (!m || name === mine) continue;
      const pid = Number(m[1]);
      // A dead worker's, or an earlier process's that had our pid (a start time a second off is still ours).
      if (!alive(pid) || (pid === process.pid && Math.abs(Number(m[2]) - started) > 1))
        rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
    }
    const existing = readdirSync(tmpdir()).find(
      (n) => n.startsWith(`${CACHE_PREFIX}${process.pid}-`) && Math.abs(Number(n.split("-").pop()) - started) <= 1,
    );
    const root = path.join(tmpdir(), existing ?? mine);
    const dir = path.join(root, "corpus");
    const truth = path.join(dir, "truth.json");
    if (existsSync(truth)) {
      cached = Promise.resolve({ dir, ...(JSON.parse(readFileSync(truth, "utf8")) as WorldCorpus) });
    } else {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      cached = makeWorldCorpus(dir).then((c) => ({ dir, ...c }));
      cached.catch(() => {
        cached = undefined;
        rmSync(root, { recursive: true, force: true });
      });
    }
  }
  return cached;
}

export { isoOf as isoDateOfSerial };
