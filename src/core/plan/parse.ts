/**
 * Readers for text as the decision prints it. Vietnamese number style: "." groups thousands, "," is the decimal
 * mark ("2.500 tỷ" = 2500 billion, "158,7 tỷ" = 158.7 billion, "42,280 tỷ" = 42.28 billion).
 */
import type { ProjectFundingReading } from "./data/projects";

/**
 * Parses a Vietnamese-formatted number ("1.000", "38,51", "6.481", "1.234,5"); null when the text is not one.
 * A "." is a thousands separator only between groups of exactly three digits after a first group of 1–3 digits
 * that does not start with 0: "0.125" is never 125 (no one writes a thousands group after a lone 0), so it is not
 * Vietnamese notation and callers read it as a plain decimal (parseNumberText).
 */
export function parseVietnameseNumber(text: string): number | null {
  const s = text.replace(/\s/g, "");
  if (!/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(s) && !/^-?\d+(,\d+)?$/.test(s)) return null;
  return Number(s.replace(/\./g, "").replace(",", "."));
}

/** "10 tỷ", "3,1 tỷ đồng", "100 triệu" → million VND; null when unreadable. */
export function parseBudgetMillionVnd(text: string): number | null {
  const m = /^\s*([\d.,]+)\s*(tỷ|triệu)(\s+đồng)?\s*$/u.exec(text.normalize("NFC"));
  if (!m) return null;
  const value = parseVietnameseNumber(m[1]!);
  if (value === null) return null;
  const millionsPerUnit = m[2] === "tỷ" ? 1000 : 1;
  // Round away binary noise (3.1 × 1000 = 3100.0000000000005).
  return Math.round(value * millionsPerUnit * 1e6) / 1e6;
}

interface ParsedTimeframe {
  text: string;
  start: number | null;
  end: number | null;
  yearly: boolean;
  afterEnd: boolean;
}

/** "2017-2020", "2018- 2025", "2017-sau 2025" (runs beyond 2025), "Hàng năm" (every year), "" (not given). */
export function parseTimeframe(text: string): ParsedTimeframe | null {
  const s = text.normalize("NFC").trim();
  if (s === "") return { text, start: null, end: null, yearly: false, afterEnd: false };
  if (/^hàng năm$/iu.test(s)) return { text, start: null, end: null, yearly: true, afterEnd: false };
  const m = /^(\d{4})\s*-\s*(sau\s+)?(\d{4})$/u.exec(s);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[3]);
  if (end < start) return null;
  return { text, start, end, yearly: false, afterEnd: m[2] !== undefined };
}

/** Column-by-column reading of the funding cells: "x" or any text marks the column; text in "other" names it. */
export function readFundingCells(cells: readonly [string, string, string]): ProjectFundingReading {
  const [local, central, other] = cells.map((c) => c.trim()) as [string, string, string];
  return {
    local: local !== "",
    central: central !== "",
    other: other !== "",
    otherVi: other !== "" && other.toLowerCase() !== "x" ? other : null,
  };
}
