/**
 * The world corpus itself, checked without the project's reader: the files are what their cases say (written by
 * LibreOffice, openpyxl or ExcelJS, every task group for every writer, every hand-like edit present), and the truth
 * file is true: every typed cell is found at its recorded address when openpyxl (test/world/dump_cells.py) reads
 * the file back, every plan code sits on its recorded row after rows were inserted or deleted.
 *
 * Needs LibreOffice and Debian's python3 with python3-uno and python3-openpyxl (scripts/setup-test-tools.sh).
 * Without them the suite is skipped with a warning; CI sets TTX_REQUIRE_LIBREOFFICE=1, which makes them required.
 */
import { execFileSync } from "child_process";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { PYTHON, WORLD_GROUPS, worldCorpus, worldTools, worldToolsAvailable, type TypedCell, type WorldCorpus } from "./make-corpus";

const required = process.env.TTX_REQUIRE_LIBREOFFICE === "1";
const maybe = worldToolsAvailable || required ? describe : describe.skip;
if (!worldToolsAvailable && !required) {
  console.warn(
    `World corpus test skipped: missing ${worldTools().missing.join(", ")} (CI installs them with scripts/setup-test-tools.sh).`,
  );
}

interface Dumped {
  path: string;
  sheets: { name: string; state: string }[];
  cells: { sheet: string; cell: string; t: string; v: string | number | boolean | null }[];
}

/** Reads the given cells with openpyxl, one python process for all files. */
function dump(dir: string, request: Map<string, [string, string][]>): Map<string, Dumped> {
  const items = [...request].map(([file, cells]) => ({ path: path.join(dir, file), cells }));
  const tmp = mkdtempSync(path.join(tmpdir(), "ttx-world-dump-"));
  const req = path.join(tmp, "request.json");
  writeFileSync(req, JSON.stringify(items));
  let out: Dumped[];
  try {
    out = JSON.parse(
      execFileSync(PYTHON, [path.join(__dirname, "dump_cells.py"), req], {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000,
      }),
    ) as Dumped[];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return new Map(out.map((d) => [path.relative(dir, d.path).split(path.sep).join("/"), d]));
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join("/")];
  });
}

async function part(file: string, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file(name)?.async("string");
}

const appTag = (xml: string | undefined, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml ?? "")?.[1];

maybe("world corpus (files not written only by this project)", () => {
  let corpus: { dir: string } & WorldCorpus;
  let cells: Map<string, Dumped>;
  const started = Date.now();
  let buildMs = 0;

  beforeAll(async () => {
    corpus = await worldCorpus();
    buildMs = Date.now() - started;
    // Every typed cell, every plan code's row, every narrative label and plan edit, read back in one go.
    const request = new Map<string, [string, string][]>();
    const want = (file: string, sheet: string, cell: string) => {
      const list = request.get(file) ?? [];
      list.push([sheet, cell]);
      request.set(file, list);
    };
    for (const c of corpus.typed) want(c.file, c.sheet, c.cell);
    for (const e of corpus.planEdits) want(e.file, e.sheet, e.cell);
    for (const f of corpus.files) {
      if (!f.layout) continue;
      for (const row of Object.values(f.layout.rows)) want(f.file, f.layout.sheet, `A${row}`);
      for (const row of Object.values(f.layout.narrative)) want(f.file, f.layout.sheet, `A${row}`);
      want(f.file, f.layout.sheet, "C5");
    }
    cells = dump(corpus.dir, request);
  }, 240_000);

  it("builds in under two minutes", () => {
    console.log(
      `world corpus: ${corpus.files.length} files, ${corpus.typed.length} typed cells, built in ${(buildMs / 1000).toFixed(1)} s`,
    );
    expect(buildMs).toBeLessThan(120_000);
  });

  it("lists exactly the files in the folder, and truth.json is what was returned", () => {
    expect(
      walk(corpus.dir)
        .filter((f) => f !== "truth.json")
        .sort(),
    ).toEqual(corpus.files.map((f) => f.file).sort());
    const truth = JSON.parse(readFileSync(path.join(corpus.dir, "truth.json"), "utf8")) as WorldCorpus;
    expect(truth).toEqual({ files: corpus.files, typed: corpus.typed, planEdits: corpus.planEdits });
    // Sub-folders, at more than one depth.
    expect(corpus.files.some((f) => f.file.split("/").length >= 4)).toBe(true);
    expect(new Set(corpus.files.map((f) => path.posix.dirname(f.file))).size).toBeGreaterThanOrEqual(8);
  });

  it("has every task group written by every writer, and the three basic cases per group", () => {
    for (const group of WORLD_GROUPS) {
      const reports = corpus.files.filter((f) => f.report && f.group === group);
      for (const writer of ["exceljs", "openpyxl", "libreoffice", "libreoffice-uno"] as const) {
        expect([group, writer, reports.some((f) => f.writer === writer)]).toEqual([group, writer, true]);
      }
      const cases = new Set(reports.map((f) => f.case));
      expect([group, cases.has("blank-lo"), cases.has("blank-openpyxl")]).toEqual([group, true, true]);
      // A filled report typed by openpyxl or UNO, then saved by LibreOffice.
      expect(
        reports.some(
          (f) => f.filled && f.chain.some((c) => c === "openpyxl" || c === "libreoffice-uno") && f.writer.startsWith("libreoffice"),
        ),
      ).toBe(true);
    }
  });

  it("has every hand-like edit and every kind of non-report file", () => {
    const cases = new Set(corpus.files.map((f) => f.case));
    for (const c of [
      "inserted-row-new-code",
      "inserted-row-no-code",
      "deleted-row",
      "rows-below-table",
      "narrative-across-rows",
      "copied-to-new-workbook",
      "unit-pasted-into-other-file",
      "sent-twice",
      "resubmission-first",
      "resubmission-later",
      "empty-for-filled-unit",
      "text-numbers",
      "percent-format",
      "date-text-with-time",
      "date-serial-with-time",
      "date-vietnamese-text",
      "trailing-space-plan",
      "plan-cell-edited",
      "xls",
      "ods",
      "csv",
      "xlsm",
      "lock-file",
      "zero-byte",
    ]) {
      expect([c, cases.has(c)]).toEqual([c, true]);
    }
    const typedValues = new Set(corpus.typed.map((c) => c.value));
    for (const v of ["1.234,5", "12,5", "0.125", "12,5%", "12.5%", "05/06/2025 17:30", 45813.73, "ngày 05 tháng 6 năm 2025", "NV5.99"]) {
      expect([v, typedValues.has(v)]).toEqual([v, true]);
    }
    expect(corpus.typed.some((c) => c.kind === "narrative" && typeof c.value === "string" && c.value.startsWith("- Đã hoàn thành"))).toBe(
      true,
    );
    expect(corpus.typed.some((c) => c.kind === "narrative" && typeof c.value === "string" && c.value.startsWith("+ Trồng rừng"))).toBe(
      true,
    );
    // The empty report's unit also sent a filled report of the same group.
    const empty = corpus.files.find((f) => f.case === "empty-for-filled-unit")!;
    expect(corpus.files.some((f) => f.filled && f.unit === empty.unit && f.group === empty.group && f.report)).toBe(true);
    // The resubmission is later and has different figures.
    const [first, later] = ["resubmission-first", "resubmission-later"].map((c) => corpus.files.find((f) => f.case === c)!);
    expect([first!.unit, first!.group]).toEqual([later!.unit, later!.group]);
    expect(later!.submitted! > first!.submitted!).toBe(true);
    const figures = (file: string) =>
      corpus.typed.filter((c) => c.file === file && (c.role === "actual" || c.role === "disbursed")).map((c) => c.stored);
    expect(figures(later!.file).filter((v) => figures(first!.file).includes(v))).toEqual([]);
    // The header names another unit than the metadata.
    const pasted = corpus.files.find((f) => f.case === "unit-pasted-into-other-file")!;
    expect(pasted.headerUnit).toBeDefined();
    expect(pasted.headerUnit).not.toBe(pasted.unit);
    // Non-report files carry no typed cells.
    for (const f of corpus.files.filter((x) => !x.report)) expect(corpus.typed.filter((c) => c.file === f.file)).toEqual([]);
  });

  it("has one report per unit and task group, except where a case is about several", () => {
    const byKey = new Map<string, string[]>();
    for (const f of corpus.files.filter((x) => x.report && x.case !== "sent-twice"))
      byKey.set(`${f.unit}|${f.group}`, [...(byKey.get(`${f.unit}|${f.group}`) ?? []), f.case]);
    const several = [...byKey].filter(([, cases]) => cases.length > 1).map(([key, cases]) => [key, cases.sort()]);
    expect(several.sort()).toEqual([
      ["H_HOAAN|NV4", ["resubmission-first", "resubmission-later"]],
      ["SO_CT|NV3", ["empty-for-filled-unit", "filled-openpyxl-lo"]],
    ]);
  });

  it("files saved by LibreOffice say so, and the other formats are what their names say", async () => {
    for (const f of corpus.files) {
      const file = path.join(corpus.dir, f.file);
      const bytes = readFileSync(file);
      if (f.case === "xls") expect(bytes.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
      else if (f.case === "ods") expect(await part(file, "mimetype")).toBe("application/vnd.oasis.opendocument.spreadsheet");
      else if (f.case === "csv") {
        const text = bytes.toString("utf8");
        expect(text).toContain("TTX-NV4 v1.0.0");
        expect(text.split("\n").length).toBeGreaterThan(20);
      } else if (f.writer === "libreoffice" || f.writer === "libreoffice-uno") {
        expect([f.file, appTag(await part(file, "docProps/app.xml"), "Application")]).toEqual([
          f.file,
          expect.stringMatching(/LibreOffice/),
        ]);
      }
    }
  });

  it("files saved by openpyxl carry openpyxl's marks, not ExcelJS's", async () => {
    const opx = corpus.files.filter((f) => f.writer === "openpyxl");
    expect(opx.length).toBeGreaterThanOrEqual(8);
    for (const f of opx) {
      const file = path.join(corpus.dir, f.file);
      const app = await part(file, "docProps/app.xml");
      const workbook = (await part(file, "xl/workbook.xml"))!;
      // openpyxl writes Application "Microsoft Excel" like ExcelJS, but its own version as AppVersion, asks for a
      // full recalculation on load, and (3.0.x) writes every string inline, with no shared-string part.
      expect(appTag(app, "Application")).toBe("Microsoft Excel");
      expect(appTag(app, "AppVersion")).toMatch(/^3\.\d+$/);
      expect(workbook).toContain('fullCalcOnLoad="1"');
      expect(workbook).not.toContain("rupBuild");
      expect(await part(file, "xl/sharedStrings.xml")).toBeUndefined();
    }
    // ExcelJS's own marks, for contrast.
    for (const f of corpus.files.filter((x) => x.writer === "exceljs")) {
      const file = path.join(corpus.dir, f.file);
      expect(appTag(await part(file, "docProps/app.xml"), "AppVersion")).toBe("16.0300");
      expect(await part(file, "xl/workbook.xml")).toContain('rupBuild="9303"');
    }
  });

  it("every typed cell holds, at its recorded address, what was typed (read back by openpyxl)", () => {
    const wrong: string[] = [];
    for (const c of corpus.typed) {
      const got = cells.get(c.file)?.cells.find((x) => x.sheet === c.sheet && x.cell === c.cell);
      const same =
        got !== undefined &&
        (c.storedAs === "string"
          ? got.t === "s" && got.v === c.stored
          : got.t === (c.storedAs === "date" ? "d" : "n") &&
            typeof got.v === "number" &&
            Math.abs(got.v - (c.stored as number)) <= 1e-9 * Math.max(1, Math.abs(c.stored as number)));
      if (!same)
        wrong.push(`${c.file} ${c.sheet}!${c.cell}: typed ${JSON.stringify(c.stored)} (${c.storedAs}), file has ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
    expect(corpus.typed.length).toBeGreaterThan(1000);
  });

  it("every plan code is on its recorded row, and narrative labels where recorded (rows inserted and deleted included)", () => {
    const wrong: string[] = [];
    for (const f of corpus.files.filter((x) => x.layout)) {
      const got = cells.get(f.file)!;
      const at = (cell: string) => got.cells.find((x) => x.sheet === f.layout!.sheet && x.cell === cell);
      for (const [code, row] of Object.entries(f.layout!.rows))
        if (at(`A${row}`)?.v !== code) wrong.push(`${f.file} A${row}: ${code} expected, ${JSON.stringify(at(`A${row}`))}`);
      for (const [key, row] of Object.entries(f.layout!.narrative))
        if (at(`A${row}`)?.t !== "s") wrong.push(`${f.file} A${row}: ${key} label expected`);
      expect([f.file, at("C5")?.v]).toEqual([f.file, `TTX-${f.group} v1.0.0`]);
    }
    expect(wrong).toEqual([]);
    const deleted = corpus.files.find((f) => f.case === "deleted-row")!;
    expect(deleted.layout!.rows["D.14"]).toBeUndefined();
    expect(deleted.layout!.rows["D.15"]).toBe(16);
    const inserted = corpus.files.find((f) => f.case === "inserted-row-new-code")!;
    expect(corpus.typed.find((c) => c.file === inserted.file && c.value === "NV5.99")!.cell).toBe(
      `A${inserted.layout!.rows["DA5.5"]! + 1}`,
    );
    expect(inserted.layout!.rows["DA6.1"]).toBe(inserted.layout!.rows["DA5.5"]! + 2);
  });

  it("plan edits are in the files, trailing spaces kept", () => {
    expect(corpus.planEdits.map((e) => e.cosmetic).sort()).toEqual([false, true]);
    for (const e of corpus.planEdits) {
      const got = cells.get(e.file)!.cells.find((x) => x.sheet === e.sheet && x.cell === e.cell);
      expect(got?.v).toBe(e.now);
      expect(e.now).not.toBe(e.original);
    }
  });

  it("keeps the metadata sheet hidden in report files (LibreOffice turns very hidden into hidden), and drops it in the copied sheet", () => {
    for (const f of corpus.files.filter((x) => x.layout)) {
      const sheets = cells.get(f.file)!.sheets;
      const meta = sheets.find((s) => s.name === "_ttx_meta");
      if (!f.layout!.hasMeta) {
        expect(sheets.map((s) => s.name)).toEqual(["Sheet1"]);
        continue;
      }
      expect([f.file, meta?.state]).toEqual([f.file, f.writer.startsWith("libreoffice") ? "hidden" : "veryHidden"]);
      expect(sheets.find((s) => s.name === f.layout!.sheet)?.state).toBe("visible");
    }
  });

  it("typed figures and texts are unique across submissions (only the identical copy repeats them)", () => {
    const distinct = (c: TypedCell) =>
      ["actual", "disbursed", "evidence", "reporter", "completed", "ongoing", "proposals"].includes(c.role);
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of corpus.typed.filter((x) => distinct(x) && corpus.files.find((f) => f.file === x.file)!.case !== "sent-twice")) {
      const key = `${typeof c.value}:${c.value}`;
      const where = `${c.file}!${c.cell}`;
      if (seen.has(key)) clashes.push(`${key} at ${seen.get(key)} and ${where}`);
      else seen.set(key, where);
    }
    expect(clashes).toEqual([]);
  });

  it("has the junk files as Excel and interrupted copies leave them, and a true .xlsm", async () => {
    const lock = corpus.files.find((f) => f.case === "lock-file")!;
    expect(path.posix.basename(lock.file).startsWith("~$")).toBe(true);
    expect(statSync(path.join(corpus.dir, lock.file)).size).toBe(165);
    expect(statSync(path.join(corpus.dir, corpus.files.find((f) => f.case === "zero-byte")!.file)).size).toBe(0);
    const xlsm = corpus.files.find((f) => f.case === "xlsm")!;
    expect(await part(path.join(corpus.dir, xlsm.file), "[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    const twice = corpus.files.find((f) => f.case === "sent-twice")!;
    expect(readFileSync(path.join(corpus.dir, twice.file)).equals(readFileSync(path.join(corpus.dir, twice.copyOf!)))).toBe(true);
    expect(path.posix.dirname(twice.file)).not.toBe(path.posix.dirname(twice.copyOf!));
  });
});
