/**
 * The decision's text, read from ../shared/plan (the source of truth, beside the repository in every checkout
 * and in CI). Tests parse its appendix tables to check the catalog row by row.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";

const RELATIVE = "shared/plan/QD-337-2018-UBND-CaoBang.md";

/** ../shared beside the checkout, looked for upwards: the mutation run tests a copy two folders deeper. */
function sourcePath(): string {
  for (let dir = path.resolve(__dirname, "../../.."); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, RELATIVE);
    if (existsSync(candidate) || dir === path.dirname(dir)) return candidate;
  }
}

export const SOURCE_PATH = sourcePath();

export function readSourceText(): string {
  if (!existsSync(SOURCE_PATH)) {
    throw new Error(`Decision text not found at ${SOURCE_PATH}: the shared/ folder must sit beside the repository.`);
  }
  return readFileSync(SOURCE_PATH, "utf8");
}

/** Tab-separated table rows of the appendix, cells trimmed, HTML tags removed, header rows dropped. */
export function appendixRows(text: string): string[][] {
  const start = text.indexOf("PHỤ LỤC I");
  return text
    .slice(start)
    .split("\n")
    .filter((line) => line.includes("\t"))
    .map((line) =>
      line.split("\t").map((c) =>
        c
          .replace(/<[^>]+>/g, "")
          .replace(/&amp;/g, "&")
          .trim(),
      ),
    )
    .filter((cells) => cells[0] !== "STT" && !(cells[0] === "" && cells[3] === "Tổng vốn"));
}
