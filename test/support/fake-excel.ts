/**
 * An in-memory stand-in for the part of the Excel JavaScript API the add-in uses, backed by plain data the tests
 * can assert on. It counts context.sync() calls and, like Excel, refuses to read loaded properties before a sync.
 * Values written through `range.values` / `range.formulas` are read as Excel reads typed input (see `enter`): text
 * that starts like a formula becomes one, what the add-in must never do with user or catalog text.
 */
export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  /** Entered with a leading apostrophe: Excel keeps the text after it and marks the cell (the apostrophe is no part of the value). */
  quotePrefix?: boolean;
  numberFormat?: string;
  locked?: boolean;
  validation?: { rule?: unknown; errorAlert?: unknown };
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  wrap?: boolean;
}

const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** "A1", "A1:L13", "G:G" (whole column, rows 1..1048576) → bounds. */
export function parseAddress(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = address.replace(/\$/g, "").split(":") as [string, string?];
  const parse = (ref: string, end: boolean) => {
    const m = /^([A-Z]+)?(\d+)?$/.exec(ref);
    if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
    return { c: m[1] ? colNumber(m[1]) : end ? 16384 : 1, r: m[2] ? Number(m[2]) : end ? 1048576 : 1 };
  };
  const s = parse(a, false);
  const e = parse(b!, true);
  return { r1: s.r, c1: s.c, r2: e.r, c2: e.c };
}

class FakeContext {
  syncCount = 0;
  /** Cells written by values/numberFormat since the last sync, and the largest such batch: the request size. */
  cellsThisBatch = 0;
  largestBatch = 0;
  /** Makes the n-th sync (1-based) fail, as a lost connection would. */
  failOnSync: number | undefined;
  readonly pending: (() => void)[] = [];
  readonly workbook: FakeWorkbook;
  constructor() {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    this.largestBatch = Math.max(this.largestBatch, this.cellsThisBatch);
    this.cellsThisBatch = 0;
    if (this.failOnSync === this.syncCount) {
      this.pending.splice(0);
      throw new Error("GeneralException: the request failed");
    }
    for (const resolve of this.pending.splice(0)) resolve();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: { load: (props: string) => void; readonly items: { name: string }[] };
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    const sheets = this.worksheets;
    let loaded = false;
    this.tables = {
      load: () => void context.pending.push(() => (loaded = true)),
      get items() {
        if (!loaded) throw new Error("PropertyNotLoaded: tables.items was read before load() and sync()");
        return sheets.sheets.flatMap((s) => s.tables.items as { name: string }[]);
      },
    };
  }
}

class FakeWorksheetCollection {
  readonly sheets: FakeWorksheet[] = [];
  private loaded = false;
  constructor(private readonly context: FakeContext) {}
  load(_props: string): void {
    this.context.pending.push(() => (this.loaded = true));
  }
  get items(): FakeWorksheet[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: worksheets.items was read before load() and sync()");
    return [...this.sheets];
  }
  /** Sheets deleted so far, by name. */
  readonly deleted: string[] = [];
  /** The sheet the user is on (by name; the first visible one when unset), and the last selected range. */
  activeName: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  getActiveWorksheet(): FakeWorksheet {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    const sheet = visible.find((s) => s.name === this.activeName) ?? visible[0];
    if (!sheet) throw new Error("ItemNotFound: no visible worksheet");
    return sheet;
  }
  remove(sheet: FakeWorksheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.deleted.push(sheet.name);
  }
  add(name: string): FakeWorksheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
    const sheet = new FakeWorksheet(this.context, name, this);
    this.sheets.push(sheet);
    return sheet;
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return sheet;
  }
  getItemOrNullObject(name: string): FakeWorksheet | NullSheet {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? new NullSheet(this.context);
  }
}

class NullSheet {
  readonly isNullObject = true;
  constructor(private readonly context: FakeContext) {}
  getUsedRangeOrNullObject(): FakeUsedRange {
    return new FakeUsedRange(this.context, undefined);
  }
}

/** Used range whose figures are computed at sync time, like a loaded proxy. */
class FakeUsedRange {
  private state:
    | {
        isNullObject: boolean;
        rowCount: number;
        columnCount: number;
        rowIndex: number;
        columnIndex: number;
        values: unknown[][];
        numberFormat: unknown[][];
      }
    | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet | undefined,
  ) {}
  /** Like Excel's used range (values only): from the first to the last cell holding a value or formula. */
  load(_props: string): this {
    this.context.pending.push(() => {
      const filled = this.sheet ? [...this.sheet.cells.entries()].filter(([, c]) => c.value !== undefined || c.formula !== undefined) : [];
      const keys = filled.map(([a]) => parseAddress(a));
      if (keys.length === 0) {
        this.state = { isNullObject: true, rowCount: 0, columnCount: 0, rowIndex: 0, columnIndex: 0, values: [], numberFormat: [] };
        return;
      }
      const top = Math.min(...keys.map((k) => k.r1));
      const left = Math.min(...keys.map((k) => k.c1));
      const bottom = Math.max(...keys.map((k) => k.r1));
      const right = Math.max(...keys.map((k) => k.c1));
      // No calculation in the fake: a formula cell reads as "" (Excel would give its result).
      const grid = <T>(f: (c: FakeCell | undefined) => T) =>
        Array.from({ length: bottom - top + 1 }, (_, i) =>
          Array.from({ length: right - left + 1 }, (_, j) => f(this.sheet!.cells.get(`${colLetters(left + j)}${top + i}`))),
        );
      const values = grid((c) => c?.value ?? "");
      const numberFormat = grid((c) => c?.numberFormat ?? "General");
      this.state = {
        isNullObject: false,
        rowCount: bottom - top + 1,
        columnCount: right - left + 1,
        rowIndex: top - 1,
        columnIndex: left - 1,
        values,
        numberFormat,
      };
    });
    return this;
  }
  get rowIndex() {
    return this.loaded.rowIndex;
  }
  get columnIndex() {
    return this.loaded.columnIndex;
  }
  get values() {
    return this.loaded.values;
  }
  get numberFormat() {
    return this.loaded.numberFormat;
  }
  private get loaded() {
    if (!this.state) throw new Error("PropertyNotLoaded: used range read before load() and sync()");
    return this.state;
  }
  get isNullObject() {
    return this.loaded.isNullObject;
  }
  get rowCount() {
    return this.loaded.rowCount;
  }
  get columnCount() {
    return this.loaded.columnCount;
  }
}

export class FakeWorksheet {
  readonly isNullObject = false;
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly columnWidths = new Map<string, number>();
  /** Formats given to whole columns ("A:R"), by column letter: Excel keeps them for every row, the fake per column. */
  readonly columnFormats = new Map<string, { fontSize?: number; wrap?: boolean }>();
  /** Row heights set, by row number. */
  readonly rowHeights = new Map<number, number>();
  /** Manual page breaks, by the address of the row a page starts at. */
  readonly pageBreaks: string[] = [];
  readonly horizontalPageBreaks = {
    add: (range: string | FakeRange) => void this.pageBreaks.push(typeof range === "string" ? range : range.address),
  };
  readonly tables: { add: (address: string, hasHeaders: boolean) => Record<string, unknown>; items: Record<string, unknown>[] };
  readonly conditionalFormats: { address: string; type: string; spec: Record<string, any> }[] = [];
  readonly autofitted: string[] = [];
  frozenAt: string | undefined;
  visibility = "Visible";
  activated = false;
  protectedWith: Record<string, unknown> | undefined;
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (r: string) => void; setPrintArea: (r: string) => void };
  readonly freezePanes = {
    freezeAt: (range: FakeRange | string) => (this.frozenAt = typeof range === "string" ? range : range.address),
    freezeRows: (n: number) => (this.frozenAt = `1:${n}`),
  };
  readonly charts: { add: (type: string, range: FakeRange, seriesBy: string) => FakeChart; items: FakeChart[] };
  readonly protection = { protect: (options?: Record<string, unknown>) => (this.protectedWith = options ?? {}) };

  constructor(
    readonly context: FakeContext,
    public name: string,
    private readonly collection?: FakeWorksheetCollection,
  ) {
    const charts: FakeChart[] = [];
    this.charts = {
      items: charts,
      add: (type, range, _by) => {
        const c = new FakeChart(type, range.address);
        charts.push(c);
        return c;
      },
    };
    const items: Record<string, unknown>[] = [];
    this.tables = {
      items,
      add: (address, hasHeaders) => {
        const t: Record<string, unknown> = { address, hasHeaders };
        items.push(t);
        return t;
      },
    };
    const layout: Record<string, unknown> = { headersFooters: { defaultForAllPages: {} as Record<string, string> } };
    this.pageLayout = Object.assign(layout, {
      setPrintTitleRows: (rows: string) => (layout.printTitleRows = rows),
      setPrintArea: (area: string) => (layout.printArea = area),
    });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this, address);
  }
  getUsedRangeOrNullObject(): FakeUsedRange {
    return new FakeUsedRange(this.context, this);
  }
  activate(): void {
    this.activated = true;
    if (this.collection) this.collection.activeName = this.name;
  }
  /** Loading plain properties (name) needs nothing in the fake: they are always there. */
  load(_props: string): void {}
  select(address: string): void {
    if (this.collection) this.collection.selection = { sheet: this.name, address };
  }
  delete(): void {
    this.collection?.remove(this);
  }
  countCells(n: number): void {
    this.context.cellsThisBatch += n;
  }
  cell(address: string): FakeCell {
    let c = this.cells.get(address);
    if (!c) this.cells.set(address, (c = {}));
    return c;
  }
  /** The value a user sees: formulas are shown as their formula text here (no calculation in the fake). */
  valueAt(address: string): unknown {
    const c = this.cells.get(address);
    return c?.formula ?? c?.value;
  }
}

/**
 * What Excel stores when a value is written through `range.values` (or `formulas`): the string is read like input
 * typed into the cell, according to the cell's number format at that moment.
 * - null leaves the cell unchanged; "" clears it (see the first lines).
 * - Number format Text ("@"): the string is kept exactly, whatever it starts with. Microsoft documents the Text
 *   category as "treated as text even when a number is in the cell; displayed exactly as entered"
 *   (Excel.NumberFormatCategory.text), and a formula typed into a Text cell shows as its text.
 * - Otherwise a leading apostrophe is Excel's "this is text" prefix: the cell holds the rest and is marked
 *   quote-prefixed; reading it back gives the text without the apostrophe (OfficeDev/office-js#6687: range.formulas
 *   returns '=AVERAGE(…) typed by a user as =AVERAGE(…)).
 * - A plain number ("45", "-5", "1.5E3") or percentage ("12%") becomes that number, as typed input does.
 * - "If the value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 *   formula" (Excel.Range.values reference, learn.microsoft.com/javascript/api/excel/excel.range); "@" too (Lotus
 *   notation: @SUM(A1) is entered as =SUM(A1)). A minus-led text that is no valid formula, such as "- Đã xong",
 *   is refused or fails the request in Excel (OfficeDev/office-js#3256: a long value starting with "-" fails the
 *   sync); the fake stores any of them as a formula, which tests treat as the failure it is.
 * Dates typed as text ("5/6/2025") are not modelled (Excel parses them by locale).
 */
function enter(c: FakeCell, v: unknown): void {
  // "Blank and null values in Excel add-ins" (learn.microsoft.com): null in a 2-D array leaves that cell as it is;
  // an empty string clears its contents (the cell is empty, and reads back as "").
  if (v === null) return;
  delete c.formula;
  delete c.quotePrefix;
  if (v === "") {
    delete c.value;
    return;
  }
  if (typeof v !== "string" || c.numberFormat === "@") {
    c.value = v as FakeCell["value"];
    return;
  }
  if (v.startsWith("'")) {
    c.value = v.slice(1);
    c.quotePrefix = true;
    return;
  }
  const number = /^\s*[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?(%?)\s*$/i.exec(v);
  if (number) {
    c.value = number[3] ? Number(v.trim().slice(0, -1)) / 100 : Number(v.trim());
    if (number[3] && (c.numberFormat === undefined || c.numberFormat === "General")) c.numberFormat = "0%";
    return;
  }
  if (v.length > 1 && /^[=+\-@]/.test(v)) {
    c.formula = v;
    delete c.value;
    return;
  }
  c.value = v;
}

export class FakeRange {
  readonly format: Record<string, any>;
  readonly dataValidation: { rule?: unknown; errorAlert?: unknown };
  readonly conditionalFormats: { add: (type: string) => Record<string, any> };

  constructor(
    private readonly sheet: FakeWorksheet,
    readonly address: string,
  ) {
    const each = (f: (c: FakeCell) => void) => this.forEachCell(f);
    const sheetRef = sheet;
    // Whole columns: the format is kept per column (the fake keeps no state for a million cells).
    const columns = (f: (c: { fontSize?: number; wrap?: boolean }) => void) => {
      const b = bounds();
      if (b.r2 - b.r1 <= 100_000) return;
      for (let col = b.c1; col <= b.c2; col++) {
        const letter = colLetters(col);
        const format = sheetRef.columnFormats.get(letter) ?? {};
        f(format);
        sheetRef.columnFormats.set(letter, format);
      }
    };
    this.format = {
      font: {
        set bold(v: boolean) {
          each((c) => (c.bold = v));
        },
        set italic(v: boolean) {
          each((c) => (c.italic = v));
        },
        set color(v: string) {
          each((c) => (c.fontColor = v));
        },
        set size(v: number) {
          each((c) => (c.fontSize = v));
          columns((c) => (c.fontSize = v));
        },
        set name(v: string) {
          each((c) => (c.fontName = v));
        },
      },
      fill: {
        set color(v: string) {
          each((c) => (c.fill = v));
        },
      },
      protection: {
        set locked(v: boolean) {
          each((c) => (c.locked = v));
        },
      },
      set wrapText(v: boolean) {
        each((c) => (c.wrap = v));
        columns((c) => (c.wrap = v));
      },
      set rowHeight(v: number) {
        for (let r = bounds().r1; r <= bounds().r2; r++) sheetRef.rowHeights.set(r, v);
      },
      set columnWidth(v: number) {
        for (let col = bounds().c1; col <= bounds().c2; col++) sheetRef.columnWidths.set(colLetters(col), v);
      },
      set horizontalAlignment(_v: string) {},
      set verticalAlignment(_v: string) {},
      autofitRows: () => sheet.autofitted.push(address),
    };
    const bounds = () => parseAddress(address);
    this.dataValidation = {
      set rule(v: unknown) {
        each((c) => (c.validation = { ...c.validation, rule: v }));
      },
      set errorAlert(v: unknown) {
        each((c) => (c.validation = { ...c.validation, errorAlert: v }));
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        const spec = {
          cellValue: { format: { fill: {}, font: {} }, rule: undefined },
          custom: { rule: { formula: "" }, format: { fill: {}, font: {} } },
        };
        sheet.conditionalFormats.push({ address, type, spec });
        return spec;
      },
    };
  }
  private forEachCell(f: (c: FakeCell, address: string) => void): void {
    const { r1, c1, r2, c2 } = parseAddress(this.address);
    if (r2 - r1 > 100_000 || c2 - c1 > 1000) return; // whole columns: formats only, no per-cell state
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) f(this.sheet.cell(`${colLetters(c)}${r}`), `${colLetters(c)}${r}`);
  }
  private write2d(data: unknown[][], as: (c: FakeCell, v: unknown) => void): void {
    const { r1, c1, r2, c2 } = parseAddress(this.address);
    if (data.length !== r2 - r1 + 1 || data.some((row) => row.length !== c2 - c1 + 1)) {
      throw new Error(`InvalidArgument: ${data.length}×${data[0]?.length} values for range ${this.address}`);
    }
    data.forEach((row, i) => row.forEach((v, j) => as(this.sheet.cell(`${colLetters(c1 + j)}${r1 + i}`), v)));
    this.sheet.countCells(data.length * (c2 - c1 + 1));
  }
  /** A single value (not an array) applies to every cell of the range, as in Excel; it travels as one value. */
  private writeAll(data: unknown, as: (c: FakeCell, v: unknown) => void): void {
    if (Array.isArray(data)) return this.write2d(data as unknown[][], as);
    this.forEachCell((c) => as(c, data));
    this.sheet.countCells(1);
  }
  set values(data: unknown[][]) {
    this.writeAll(data, enter);
  }
  /** Excel parses `formulas` as it parses `values`: "=…" is a formula, anything else a constant entered as typed. */
  set formulas(data: unknown[][]) {
    this.writeAll(data, enter);
  }
  /** As for values: null leaves a cell's format, "" resets it to General. */
  set numberFormat(data: unknown[][]) {
    this.writeAll(data, (c, v) => {
      if (v !== null) c.numberFormat = v === "" ? "General" : String(v);
    });
  }
  merge(_across: boolean): void {
    this.sheet.merges.push(this.address);
  }
  /** Like Excel's RangeAreas of merged areas meeting this range (0-based indexes), known after sync. */
  getMergedAreasOrNullObject(): {
    isNullObject: boolean;
    areas: { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] };
    load(props: string): void;
  } {
    const sheet = this.sheet;
    const b = parseAddress(this.address);
    const result = {
      isNullObject: true,
      areas: { items: [] as { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] },
      load: (_props: string) => undefined as void,
    };
    result.load = () =>
      void sheet.context.pending.push(() => {
        const meeting = sheet.merges.map(parseAddress).filter((m) => m.r1 <= b.r2 && m.r2 >= b.r1 && m.c1 <= b.c2 && m.c2 >= b.c1);
        result.areas.items = meeting.map((m) => ({
          rowIndex: m.r1 - 1,
          columnIndex: m.c1 - 1,
          rowCount: m.r2 - m.r1 + 1,
          columnCount: m.c2 - m.c1 + 1,
        }));
        result.isNullObject = meeting.length === 0;
      });
    return result;
  }
  select(): void {
    parseAddress(this.address);
    this.sheet.select(this.address);
  }
  private loadedValues: unknown[][] | undefined;
  /** Reading a fixed range back (values as a user sees them: formulas as "", like the used range). */
  load(_props: string): this {
    this.sheet.context.pending.push(() => {
      const { r1, c1, r2, c2 } = parseAddress(this.address);
      this.loadedValues = Array.from({ length: r2 - r1 + 1 }, (_, i) =>
        Array.from({ length: c2 - c1 + 1 }, (_, j) => this.sheet.cells.get(`${colLetters(c1 + j)}${r1 + i}`)?.value ?? ""),
      );
    });
    return this;
  }
  get values(): unknown[][] {
    if (!this.loadedValues) throw new Error("PropertyNotLoaded: range values read before load() and sync()");
    return this.loadedValues;
  }
  get rowIndex(): number {
    return parseAddress(this.address).r1 - 1;
  }
  get columnIndex(): number {
    return parseAddress(this.address).c1 - 1;
  }
  readonly isNullObject = false;
}

/** A chart as the add-in builds it: type, source ranges of its series, title, position. */
export class FakeChart {
  readonly title = { text: "" };
  readonly seriesList: { name: string; values: string; categories?: string }[];
  anchor: string | undefined;
  to: string | undefined;
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };
  constructor(
    readonly type: string,
    values: string,
  ) {
    this.seriesList = [{ name: "", values }];
    const wrap = (s: FakeChart["seriesList"][number]): FakeSeries => ({
      set name(v: string) {
        s.name = v;
      },
      setValues: (r: FakeRange) => void (s.values = r.address),
      setXAxisValues: (r: FakeRange) => void (s.categories = r.address),
    });
    this.series = {
      getItemAt: (i) => wrap(this.seriesList[i]!),
      add: (name) => {
        const s = { name, values: "" };
        this.seriesList.push(s);
        return wrap(s);
      },
    };
  }
  setPosition(anchor: string, to?: string): void {
    this.anchor = anchor;
    this.to = to;
  }
}
interface FakeSeries {
  name: string;
  setValues(r: FakeRange): void;
  setXAxisValues(r: FakeRange): void;
}

export function createFakeExcel(): { context: Excel.RequestContext; fake: FakeContext; sheets: FakeWorksheetCollection } {
  const fake = new FakeContext();
  return { context: fake as unknown as Excel.RequestContext, fake, sheets: fake.workbook.worksheets };
}
