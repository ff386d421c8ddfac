/**
 * The progress and check columns of a template in native spreadsheet formulas, for every program where the add-in
 * is absent (Excel 2016/2019, WPS, LibreOffice, Google Sheets, a viewer). A template is built for one task group,
 * unit and period, so everything the TTX functions look up for a row at the report year is a constant here: the
 * milestone due, the path's point and its half-year band, the range of the unit, the implausibility bound. The
 * constants come from the very functions TTX.PROGRESS and TTX.CHECK apply (plan/milestones.ts, plan/path.ts,
 * plan/judge.ts, plan/stored-fraction.ts); the formulas only compare the typed figure with them and
 * build the same message.
 *
 * The template cell holds `IFERROR(TTX.CHECK(…), <native>)` (build.ts): with the add-in the TTX function answers
 * (its answer is the reference), without it the TTX name is an error (#NAME?) and the native formula answers.
 * Test proof: test/templates/native-formulas.test.ts (HyperFormula with and without the TTX plugin, every row of
 * every group) and test/xlsx/libreoffice-recalc.test.ts (LibreOffice recalculating filled templates).
 *
 * Only functions every spreadsheet has are used (IF, AND, ISNUMBER, ISLOGICAL, TRIM, ROUND, INT, MOD, RIGHT,
 * SUBSTITUTE, &): no LET, no TEXT or FIXED (their format codes and separators follow the program's locale), no
 * array constants. Numbers become text only as whole numbers (`12&""` is "12" in every locale); the decimal mark
 * and thousands separator of the template's language are put in by the formula, as formatNumber does (vi 1.234,5;
 * en 1,234.5).
 *
 * Where the native answer differs from TTX (documented in docs/functions.md, asserted by the tests):
 * - a figure stored as text ("12,5", "0,2%": pasted, or typed with an apostrophe; data validation refuses text
 *   typed into the cell) is read as a number by TTX; natively it is "not a number" (check) and #VALUE! (progress);
 * - text made of spaces other than the ordinary space (tab, no-break space) is blank for TTX, "not a number" here;
 * - numbers are compared as the program compares them: HyperFormula treats numbers within 1e-13 (relative) as
 *   equal, Excel works to 15 significant digits; a figure typed with more than 10 decimals may be rounded
 *   differently in a message.
 */
import {
  IMPLAUSIBLE_MULTIPLE,
  UNIT_RANGES,
  formatDifference,
  formatMeasure,
  formatQuantity,
  implausibleAbove,
  measuresOf,
  milestonesFor,
} from "../plan/milestones";
import { judgePath, pathStartYear, yearPoint } from "../plan/path";
import { lookup } from "../plan/catalog";
import type { MeasureT } from "../plan/schema";
import { fractionRuleAppliesTo } from "../plan/stored-fraction";
import { t, type Lang, type MessageKey } from "../i18n/messages";

interface NativeRow {
  measures: readonly MeasureT[];
  /** The entry's path start (plan/path.ts pathStartYear). */
  startYear: number;
  /** The report year: the template's year cell, fixed for the template. */
  year: number;
  lang: Lang;
}

/** The native inputs of a plan row at a report year; null for a code without milestones (text rows). */
export function nativeRowOf(code: string, year: number, lang: Lang): NativeRow | null {
  const entry = lookup(code);
  if (!entry) return null;
  const measures = measuresOf(entry);
  return measures.length > 0 ? { measures, startYear: pathStartYear(entry), year, lang } : null;
}

/** Excel reads at most 15 significant digits of a number in a formula: a constant needing more is refused here. */
export function numberLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite constant: ${x}`);
  const s = String(x);
  if (/e/i.test(s)) throw new Error(`constant ${s} would be written with an exponent`);
  const digits = String(Math.abs(x)).replace(".", "").replace(/^0+/, "");
  if (digits.length > 15) throw new Error(`constant ${s} has more than 15 significant digits`);
  return s;
}

/**
 * A text literal. A quote inside is CHAR(34), not a doubled quote: HyperFormula's parser does not read "" inside a
 * string. Split where Excel's 255-character limit for a literal would be passed.
 */
export function textLiteral(s: string): string {
  const pieces = s.split('"').map((piece) => {
    const chunks: string[] = [];
    for (let i = 0; i < piece.length; i += 250) chunks.push(`"${piece.slice(i, i + 250)}"`);
    return chunks;
  });
  const parts = pieces.flatMap((chunks, i) => (i === 0 ? chunks : ["CHAR(34)", ...chunks]));
  return parts.length === 0 ? '""' : parts.join("&");
}

/** 10^n written out: HyperFormula does not read "1E10". */
const pow10 = (n: number): string => `1${"0".repeat(n)}`;

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { vi: { group: ".", decimal: "," }, en: { group: ",", decimal: "." } };

/** A whole number ≥ 0 (at most `max`) as text with the language's thousands separator, as formatNumber writes it. */
function groupedInteger(expr: string, max: number, lang: Lang): string {
  if (max < 1000) return `${expr}&""`;
  const thousands = groupedInteger(`INT(${expr}/1000)`, Math.floor(max / 1000), lang);
  return `IF(${expr}<1000,${expr}&"",${thousands}&"${SEPARATORS[lang].group}"&RIGHT(MOD(${expr},1000)+1000,3))`;
}

/** Trailing zeros of a digit text of `length` digits removed, by a "|" end mark: …, 4, 2 and 1 zeros in turn. */
function withoutTrailingZeros(digits: string, length: number): string {
  const steps: number[] = [];
  for (let n = 1; steps.reduce((a, b) => a + b, 0) < length - 1; n *= 2) steps.unshift(n);
  let s = `${digits}&"|"`;
  for (const n of steps) s = `SUBSTITUTE(${s},"${"0".repeat(n)}|","|")`;
  return `SUBSTITUTE(${s},"|","")`;
}

/**
 * A number ≥ 0 as formatNumber / Intl.NumberFormat write it with at most `decimals` decimals (half away from zero,
 * trailing zeros dropped, grouped thousands), given its value scaled to a whole number: `scaled` is
 * ROUND(x × 10^decimals) computed by the caller. `maxInteger` bounds the whole part (how deep the grouping goes).
 */
function decimalText(scaled: string, decimals: number, maxInteger: number, lang: Lang): string {
  const unit = pow10(decimals);
  const whole = groupedInteger(`INT(${scaled}/${unit})`, maxInteger, lang);
  const fraction = `MOD(${scaled},${unit})`;
  return `${whole}&IF(${fraction}=0,"","${SEPARATORS[lang].decimal}"&${withoutTrailingZeros(`RIGHT(${fraction}+${unit},${decimals})`, decimals)})`;
}

/**
 * A number strictly between 0 and 1 with at most 10 decimals ("0,2", "0,0675"), as Intl writes it with up to 10
 * decimals: "0", the decimal mark, the ten digits of ROUND(x × 10^10) without trailing zeros. (A value below
 * 0,00000000005 or from 0,99999999995 would need "0" or "1": not figures anyone types.)
 */
function fractionText(x: string, lang: Lang): string {
  return `"0${SEPARATORS[lang].decimal}"&${withoutTrailingZeros(`RIGHT(ROUND(ROUND(${x}*${pow10(10)},4),0)+${pow10(10)},10)`, 10)}`;
}

/**
 * A message with parts computed by formulas: `t(key)` with each formula part in place of its parameter, so the
 * words are exactly the catalogue's. `formulaParams` maps a parameter to a formula giving its text.
 */
function messageFormula(
  key: MessageKey,
  params: Record<string, string | number>,
  formulaParams: Record<string, string>,
  lang: Lang,
): string {
  const marks = Object.fromEntries(Object.keys(formulaParams).map((name, i) => [name, `\u0001${i}\u0001`]));
  const text = t(key, { ...params, ...marks }, lang);
  const parts = text.split("\u0001");
  const formulas = Object.values(formulaParams);
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) out.push(`(${formulas[Number(part)]!})`);
    else if (part !== "") out.push(textLiteral(part));
  });
  return out.join("&");
}

/** The #VALUE! error TTX.PROGRESS returns for a figure it cannot use. */
const VALUE_ERROR = "#VALUE!";

/**
 * TTX.PROGRESS natively, for a non-blank figure in `actual` (the caller's IF handles blank): the share of the
 * first figure of the milestone due (progressRatio's rule per comparator), #VALUE! for a stored fraction or
 * anything that is not a number.
 */
export function nativeProgress(row: NativeRow, actual: string): string {
  const m = milestonesFor(row.measures, row.year)?.measures[0];
  if (!m) return "NA()";
  const v = actual;
  const target = numberLiteral(m.value);
  const ratio = m.comparator === "<=" ? `IF(${v}<=0,1,${target}/${v})` : m.value === 0 ? `IF(${v}>=0,1,0)` : `${v}/${target}`;
  const judged = fractionRuleAppliesTo(m) ? `IF(AND(${v}>0,${v}<1),${VALUE_ERROR},${ratio})` : ratio;
  return `IF(ISNUMBER(${v}),${judged},${VALUE_ERROR})`;
}

/**
 * TTX.CHECK natively: blank → not a number → below the unit's minimum → above its maximum → implausibly above the
 * final milestone → a percentage stored as a fraction → behind the path at the report year, in the template's
 * language; otherwise "OK". Each threshold is the value the TTX code computes for this row and year.
 */
export function nativeCheck(row: NativeRow, actual: string): string {
  const { measures, year, lang } = row;
  const v = actual;
  const msg = (key: MessageKey, params: Record<string, string | number> = {}) => textLiteral(t(key, params, lang));
  const first = measures[0]!;
  const range = UNIT_RANGES[first.unit];
  const path = judgePath(measures, 0, yearPoint(year), row.startYear)!;
  const figure = path.figure;

  // Behind the path, and its message (check.ts judgeValue's last lines).
  let pathPart: string;
  if (figure.comparator === "<=") {
    pathPart = `IF(${v}<=${numberLiteral(figure.value)},${msg("checkOk")},${msg("checkAboveCap", { year: path.dueYear, target: formatMeasure(figure, lang) })})`;
  } else {
    const deadline = path.at >= path.dueYear;
    const behind = !deadline
      ? `${v}<${numberLiteral(path.lower)}`
      : figure.comparator === ">"
        ? `${v}<=${numberLiteral(figure.value)}`
        : `${v}<${numberLiteral(figure.value)}`;
    const gap = `ROUND(${numberLiteral(path.expected)}-${v},9)`;
    const scaled = `ROUND(ROUND(${gap}*100,7),0)`;
    // The unit as formatDifference writes it after the number: "1 point" but "2 points" in English.
    const [one, many] = [formatDifference(1, figure.unit, lang).slice(1), formatDifference(2, figure.unit, lang).slice(1)];
    const unitText = one === many ? textLiteral(many) : `IF(${scaled}=100,${textLiteral(one)},${textLiteral(many)})`;
    const gapText = `${decimalText(scaled, 2, Math.ceil(Math.max(path.expected, 1)), lang)}&${unitText}`;
    const behindPath = messageFormula(
      "checkBehindPath",
      { year: Math.ceil(path.at), expected: formatQuantity(path.expected, figure.unit, lang) },
      { gap: gapText },
      lang,
    );
    const noGap =
      figure.comparator === ">"
        ? msg("checkNotOver", { year: path.dueYear, target: formatMeasure(figure, lang) })
        : msg("checkBelowTarget", { year: path.dueYear, target: formatMeasure(figure, lang) });
    pathPart = `IF(${behind},IF(${gap}<=0,${noGap},${behindPath}),${msg("checkOk")})`;
  }

  // A percentage stored as a fraction (plan/stored-fraction.ts): 0 < v < 1 where the milestone due is above 1%.
  let judged = pathPart;
  const due = milestonesFor(measures, year)!;
  const m = due.measures[0]!;
  if (fractionRuleAppliesTo(m)) {
    const got = fractionText(v, lang);
    const pct = decimalText(`ROUND(ROUND(${v}*${pow10(12)},2),0)`, 10, 100, lang);
    const params = { year: due.year, target: formatMeasure(m, lang) };
    const asText = messageFormula("checkStoredFractionText", params, { got, pct }, lang);
    const asNumber = messageFormula("checkStoredFraction", params, { got, pct }, lang);
    judged = `IF(AND(${v}>0,${v}<1),IF(${v}<0.01,${asText},${asNumber}),${judged})`;
  }
  const implausible = implausibleAbove(measures);
  if (implausible) {
    judged = `IF(${v}>${numberLiteral(implausible.limit)},${msg("checkImplausible", { times: IMPLAUSIBLE_MULTIPLE, year: implausible.year })},${judged})`;
  }
  if (range.max !== null) {
    judged = `IF(${v}>${numberLiteral(range.max)},${msg("checkAboveMax", { max: formatQuantity(range.max, first.unit, lang) })},${judged})`;
  }
  judged = `IF(${v}<${numberLiteral(range.min)},${msg("checkBelowMin")},${judged})`;
  const notNumber = messageFormula("checkNotNumber", {}, { got: `IF(ISLOGICAL(${v}),IF(${v},"true","false"),${v})` }, lang);
  return `IF(TRIM(${v})="",${msg("checkBlank")},IF(ISNUMBER(${v}),${judged},${notNumber}))`;
}
