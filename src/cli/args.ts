/** Small, strict option parsing shared by the CLI commands: unknown options are errors, never ignored. */
import { bilingual } from "../core/i18n/messages";
import { parsePeriod, parseReportPeriod, periodId, type PeriodKind, type ReportPeriod } from "../core/plan/calendar";
import { normalizeFieldName } from "../core/plan/fields";
import { CliError } from "./errors";

interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** `valued` options take the next argument ("-o file"); `flags` stand alone ("--all"). */
export function parseArgs(
  args: readonly string[],
  command: string,
  spec: { valued: string[]; flags: string[]; usage: string },
): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (spec.valued.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("-")) throw new CliError(bilingual("cliMissingValue", { option: arg }));
      out.values.set(arg, value);
      i++;
    } else if (spec.flags.includes(arg)) {
      out.flags.add(arg);
    } else if (arg.startsWith("-")) {
      throw new CliError(`${bilingual("cliUnknownOption", { option: arg, command })}\n${spec.usage}`);
    } else {
      out.positional.push(arg);
    }
  }
  return out;
}

/**
 * Extra ways of writing a period that `parsePeriod` (core/plan/calendar.ts) does not know, keyed by the words
 * normalised as it normalises them (no accents, no spaces): "6 tháng đầu năm", "nửa đầu năm".
 */
const MORE_PERIOD_WORDS: Record<string, PeriodKind> = {
  "6thangdaunam": "H1",
  "6thangdau": "H1",
  sauthangdaunam: "H1",
  sauthangdau: "H1",
  nuadaunam: "H1",
  "6months": "H1",
  "12thangnam": "annual",
  fullyear: "annual",
};

/** A period as people type it, with the year first or last: "2025-h1", "2025 H1", "6 tháng đầu năm 2025", "cả năm 2025". */
export function readPeriod(text: string): ReportPeriod | null {
  const first = parseReportPeriod(text);
  if (first) return first;
  const m = /^\s*(.*?)[\s,\-–/]*(\d{4})\s*$/.exec(text);
  if (!m || !m[1]) return null;
  const words = normalizeFieldName(m[1]);
  const year = Number(m[2]);
  const kind = parsePeriod(m[1])?.kind ?? MORE_PERIOD_WORDS[words];
  if (!kind || year < 2017 || year > 2100) return null;
  return { kind, year };
}

/**
 * The `--period` option: canonical "2025-H1" / "2025-annual" as reports write it. What is unambiguous is read
 * ("2025-h1", "2025 H1", "6 tháng đầu năm 2025", "2025-Annual", "cả năm 2025") and `note` says how, to be printed;
 * anything else (no year, "2025", "2025-H2", "Q1 2025") is refused with the accepted forms (exit 2).
 */
export function periodOption(text: string | undefined, usage: string): { period: string; note?: string } {
  const p = text === undefined ? null : readPeriod(text);
  if (text === undefined || !p) throw new CliError(`${bilingual("tplBadPeriod", { got: text ?? "" })}\n${usage}`);
  const period = periodId(p);
  return period === text ? { period } : { period, note: bilingual("cliPeriodRead", { got: text, want: period }) };
}
