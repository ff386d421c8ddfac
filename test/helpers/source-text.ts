/**
 * The decision's text, read from ../shared/plan (the source of truth, beside the repository in every checkout
 * and in CI). Tests parse its appendix tables to check the catalog row by row.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";

export const SOURCE_PATH = path.resolve(__dirname, "../../../shared/plan/QD-337-2018-UBND-CaoBang.md");

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
