/** A1-style cell addresses, for every adapter and the layouts: columns are numbered from 1 (A = 1, AA = 27). */

export const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Column letters A, B, … Z, AA… for 1-based column numbers. */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** "G14" → [14, 7] (row, column); throws on anything else. */
export function cellOf(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return [Number(m[2]), columnNumber(m[1]!)];
}

/** "D11" → "$D$11": the same cell, fixed when a formula is copied; throws on anything but a cell address. */
export function absoluteCell(address: string): string {
  const [row, column] = cellOf(address);
  return `$${columnLetter(column)}$${row}`;
}
