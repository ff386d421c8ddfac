/**
 * Merged ranges of a sheet, indexed so that a lookup never scans them all: a file may hold 100,000 ranges, and the
 * report reader asks about every cell it reads (a scan made one hostile file run for hours). Used by sheet-cells.ts.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./limits";

/** A list of 32-bit integers grown by doubling (a merged range costs a few numbers, not an array object). */
class IntList {
  data = new Int32Array(0);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(Math.max(16, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The smallest of a set of range ids, entries added and removed from the top (a binary heap). */
class MinHeap {
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  top(): number {
    return this.items[0]!;
  }
  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && a[l]! < a[m]!) m = l;
      if (r < a.length && a[r]! < a[m]!) m = r;
      if (m === i) break;
      [a[m], a[i]] = [a[i]!, a[m]!];
      i = m;
    }
  }
}

/** Rows a block may span: 2^0 … 2^20 (Excel's 1,048,576 rows are one block of level 20). */
const LEVELS = 21;
const BLOCKS_PER_LEVEL = 2 ** 20;
/** An entry sorts as (level, block, range id): block key × 2^24 + id, exact in a double (ids stay below 2^24). */
const ID_SPAN = 2 ** 24;

interface Level {
  level: number;
  /** Blocks of this level holding a range, ascending; block b's segments are starts[b] … starts[b + 1] − 1. */
  blocks: Int32Array;
  starts: Int32Array;
  /** Column segments, ascending and disjoint within a block: columns lefts[s] … rights[s] belong to range ids[s]. */
  lefts: Int32Array;
  rights: Int32Array;
  ids: Int32Array;
}

/**
 * Merged ranges indexed so a lookup does not scan them. Rows are tiled by aligned blocks of 1, 2, 4 … 2^20 rows (a
 * segment tree's nodes); each range is filed under the few blocks that exactly tile its rows (one for a one-row
 * range, at most 40 for any), and each block keeps, for the ranges filed under it, the columns they cover as
 * sorted, disjoint segments naming the first range (in file order) that covers them. A lookup visits, on each level
 * that holds anything, the one block containing its row (a binary search) and that block's segment containing its
 * column (another): a template's merges fill two or three levels; any sheet at most 21. The answer is the first
 * range in file order containing the cell, as a scan of the list would give (Excel never saves overlapping ranges,
 * but a crafted file may). `probes` counts the comparisons made, for tests.
 */
export class MergeIndex {
  private readonly tops = new IntList();
  private readonly lefts = new IntList();
  private readonly rights = new IntList();
  /** (level, block, id) of every filing, packed (ID_SPAN); sorted when the index is built. */
  private entries = new Float64Array(0);
  private entryCount = 0;
  private levels: Level[] | null = null;
  private lastRow = 0;
  private lastColumn = 0;
  private lastFound = -1;
  probes = 0;

  get size(): number {
    return this.tops.length;
  }

  /** Adds a range (rows and columns from 1, within Excel's grid); ranges are numbered in the order added. */
  add(top: number, left: number, bottom: number, right: number): void {
    const id = this.tops.length;
    this.tops.push(top);
    this.lefts.push(left);
    this.rights.push(right);
    this.levels = null;
    // The canonical tiling of rows top−1 … bottom−1 (from 0, below 2^20): from the top, the largest aligned block
    // that fits.
    for (let row = top - 1; row <= bottom - 1;) {
      let level = 0;
      while (level < LEVELS - 1 && (row & ((2 << level) - 1)) === 0 && row + (2 << level) - 1 <= bottom - 1) level++;
      this.file((level * BLOCKS_PER_LEVEL + (row >>> level)) * ID_SPAN + id);
      row += 1 << level;
    }
  }

  private file(entry: number): void {
    if (this.entryCount === this.entries.length) {
      const grown = new Float64Array(Math.max(16, this.entries.length * 2));
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.entryCount++] = entry;
  }

  /** The top-left cell of the first range containing the cell: [row, column], or undefined. */
  topLeft(row: number, column: number): [number, number] | undefined {
    const id = this.find(row, column);
    return id < 0 ? undefined : [this.tops.data[id]!, this.lefts.data[id]!];
  }

  /** The id of the first range (in the order added) containing the cell; −1 when none does. */
  find(row: number, column: number): number {
    if (this.tops.length === 0 || !(row >= 1 && row <= EXCEL_ROWS && column >= 1 && column <= EXCEL_COLUMNS)) return -1;
    // Readers ask whether a cell is covered, then for its value: the second question is the first one again.
    if (row === this.lastRow && column === this.lastColumn && this.levels !== null) return this.lastFound;
    const r = row - 1;
    let best = -1;
    for (const level of this.levels ?? this.build()) {
      const block = Math.floor(r / 2 ** level.level);
      const b = this.search(level.blocks, 0, level.blocks.length, block);
      if (b < 0 || level.blocks[b] !== block) continue;
      const s = this.search(level.lefts, level.starts[b]!, level.starts[b + 1]!, column);
      if (s < 0 || level.rights[s]! < column) continue;
      const id = level.ids[s]!;
      if (best < 0 || id < best) best = id;
    }
    this.lastRow = row;
    this.lastColumn = column;
    this.lastFound = best;
    return best;
  }

  /** The last index in from … to−1 whose value is ≤ `value`; −1 when none is. */
  private search(values: Int32Array, from: number, to: number, value: number): number {
    let lo = from;
    let hi = to - 1;
    let found = -1;
    while (lo <= hi) {
      this.probes++;
      const mid = (lo + hi) >>> 1;
      if (values[mid]! <= value) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Sorts the filings and turns each block's ranges into column segments. */
  private build(): Level[] {
    const entries = this.entries.subarray(0, this.entryCount).sort();
    const levels: Level[] = [];
    const lefts = this.lefts.data;
    const rights = this.rights.data;
    let level: Building | null = null;
    for (let i = 0; i < entries.length;) {
      const key = Math.floor(entries[i]! / ID_SPAN);
      let end = i + 1;
      while (end < entries.length && Math.floor(entries[end]! / ID_SPAN) === key) end++;
      const levelOf = Math.floor(key / BLOCKS_PER_LEVEL);
      if (level === null || level.level !== levelOf) {
        if (level !== null) levels.push(finishLevel(level));
        level = {
          level: levelOf,
          blocks: new IntList(),
          starts: new IntList(),
          lefts: new IntList(),
          rights: new IntList(),
          ids: new IntList(),
        };
      }
      level.blocks.push(key % BLOCKS_PER_LEVEL);
      level.starts.push(level.lefts.length);
      if (end - i === 1) {
        const id = entries[i]! % ID_SPAN;
        pushSegment(level, lefts[id]!, rights[id]!, id);
      } else {
        // ids ascend (file order); by their first column, a block's ranges are disjoint unless the file is crafted.
        const byLeft: number[] = [];
        for (let k = i; k < end; k++) byLeft.push(entries[k]! % ID_SPAN);
        byLeft.sort((x, y) => lefts[x]! - lefts[y]! || x - y);
        let disjoint = true;
        for (let k = 1; k < byLeft.length && disjoint; k++) disjoint = lefts[byLeft[k]!]! > rights[byLeft[k - 1]!]!;
        if (disjoint) for (const id of byLeft) pushSegment(level, lefts[id]!, rights[id]!, id);
        else overlapSegments(level, byLeft, lefts, rights);
      }
      i = end;
    }
    if (level !== null) levels.push(finishLevel(level));
    this.entries = new Float64Array(0);
    this.entryCount = 0;
    this.levels = levels;
    return levels;
  }
}

type Building = { level: number; blocks: IntList; starts: IntList; lefts: IntList; rights: IntList; ids: IntList };

function finishLevel(level: Building): Level {
  level.starts.push(level.lefts.length);
  return {
    level: level.level,
    blocks: level.blocks.done(),
    starts: level.starts.done(),
    lefts: level.lefts.done(),
    rights: level.rights.done(),
    ids: level.ids.done(),
  };
}

/** Columns from … to of the current block belong to range `id`; joined to the last segment when it continues it. */
function pushSegment(level: Building, from: number, to: number, id: number): void {
  const last = level.lefts.length - 1;
  if (last >= level.starts.data[level.starts.length - 1]! && level.ids.data[last] === id && level.rights.data[last] === from - 1)
    level.rights.data[last] = to;
  else {
    level.lefts.push(from);
    level.rights.push(to);
    level.ids.push(id);
  }
}

/**
 * Overlapping ranges filed under one block (`byLeft`: sorted by first column): between consecutive edges the ranges
 * covering a column do not change, and the first of them (lowest id) is the one a scan would find.
 */
function overlapSegments(level: Building, byLeft: readonly number[], lefts: Int32Array, rights: Int32Array): void {
  const edges = [...new Set(byLeft.flatMap((id) => [lefts[id]!, rights[id]! + 1]))].sort((a, b) => a - b);
  const active = new MinHeap();
  let next = 0;
  for (let e = 0; e + 1 < edges.length; e++) {
    const at = edges[e]!;
    for (; next < byLeft.length && lefts[byLeft[next]!]! <= at; next++) active.push(byLeft[next]!);
    while (active.size > 0 && rights[active.top()]! < at) active.pop();
    if (active.size > 0) pushSegment(level, at, edges[e + 1]! - 1, active.top());
  }
}
