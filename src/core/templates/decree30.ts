/**
 * The administrative form of a report (Decree 30/2020/NĐ-CP, Appendix I): the issuing agency under its superior
 * on the left and the national motto on the right, the number and the place and date, the title; below the
 * content, the recipients and the signatures. Lines are data for both template writers; the unit's name and the
 * date follow the header cells by formula, so a template passed on to another unit or dated later stays right.
 */
import { absoluteCell } from "../address";
import { t, type Lang } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { unitOnDate } from "../plan/responsibility";
import type { TextLineT } from "./spec";

/** A string literal inside a formula: quotes doubled. */
const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * "Cao Bằng, ngày 05 tháng 01 năm 2026" from a date cell, or the blank form while the cell is empty or not a date.
 * Decree 30 writes days below 10 and the months 1 and 2 with a leading zero. DAY/MONTH/YEAR and IFERROR read
 * the same in every spreadsheet (TEXT's format codes change with the language of Excel).
 */
function placeDateFormula(cell: string, lang: Lang): string {
  const blank = literal(t("tplPlaceBlank", {}, lang));
  const day = `IF(DAY(${cell})<10,"0","")&DAY(${cell})`;
  const month = `IF(MONTH(${cell})<3,"0","")&MONTH(${cell})`;
  const dated = `${literal(t("tplPlaceDay", {}, lang))}&${day}&${literal(t("tplPlaceMonth", {}, lang))}&${month}&${literal(t("tplPlaceYear", {}, lang))}&YEAR(${cell})`;
  return `IF(${cell}="",${blank},IFERROR(${dated},${blank}))`;
}

interface HeadingInput {
  lang: Lang;
  lastLetter: string;
  unitCell: string;
  submittedCell: string;
  unitName: string;
  groupLine: string;
}

/** Rows 1–7: agency and motto, number and place/date, the title and the task group; row 8 is left blank. */
export function decree30Heading(h: HeadingInput): TextLineT[] {
  const { lang, lastLetter: z } = h;
  const unitCell = absoluteCell(h.unitCell);
  const submitted = absoluteCell(h.submittedCell);
  return [
    { address: "A1", text: t("tplAgencyParent", {}, lang), merge: "A1:D1", style: "agency" },
    { address: "H1", text: t("tplMotto", {}, lang), merge: `H1:${z}1`, style: "motto" },
    { address: "A2", text: h.unitName.toLocaleUpperCase("vi"), merge: "A2:D2", style: "agencyName", formula: `UPPER(${unitCell})` },
    { address: "H2", text: t("tplMottoLine", {}, lang), merge: `H2:${z}2`, style: "motto" },
    { address: "A3", text: t("tplNumber", {}, lang), merge: "A3:D3", style: "place" },
    { address: "H3", text: t("tplPlaceBlank", {}, lang), merge: `H3:${z}3`, style: "place", formula: placeDateFormula(submitted, lang) },
    { address: "A5", text: t("tplReportWord", {}, lang), merge: `A5:${z}5`, style: "title" },
    { address: "A6", text: t("tplReportAbout", {}, lang), merge: `A6:${z}6`, style: "subtitle" },
    { address: "A7", text: h.groupLine, merge: `A7:${z}7`, style: "subtitle" },
  ];
}

/** The line above the table saying what to type where: yellow cells, roles, and whose spending to report. */
export function instructionsLine(row: number, lastLetter: string, lang: Lang): TextLineT {
  return { address: `A${row}`, text: t("tplInstructions", {}, lang), merge: `A${row}:${lastLetter}${row}`, style: "note" };
}

/**
 * From `row` down: recipients (the focal department on the due date, the unit's archive) on the left, the
 * preparer in the middle, the head of the unit on the right, each with the note of what goes there.
 */
export function signatureBlock(row: number, lastLetter: string, lang: Lang, dueIso: string): TextLineT[] {
  const c = getCatalog();
  const focal = unitOnDate(c.decision.focalPoint, dueIso);
  const focalName = focal ? (lang === "vi" ? focal.nameVi : focal.nameEn) : "";
  return [
    { address: `A${row}`, text: t("tplRecipients", {}, lang), merge: `A${row}:D${row}`, style: "recipients" },
    { address: `E${row}`, text: t("tplPreparer", {}, lang), merge: `E${row}:G${row}`, style: "signTitle" },
    { address: `H${row}`, text: t("tplHead", {}, lang), merge: `H${row}:${lastLetter}${row}`, style: "signTitle" },
    { address: `A${row + 1}`, text: t("tplRecipientFocal", { unit: focalName }, lang), merge: `A${row + 1}:D${row + 1}`, style: "note" },
    { address: `E${row + 1}`, text: t("tplPreparerNote", {}, lang), merge: `E${row + 1}:G${row + 1}`, style: "signNote" },
    { address: `H${row + 1}`, text: t("tplHeadNote", {}, lang), merge: `H${row + 1}:${lastLetter}${row + 1}`, style: "signNote" },
    { address: `A${row + 2}`, text: t("tplRecipientArchive", {}, lang), merge: `A${row + 2}:D${row + 2}`, style: "note" },
  ];
}
