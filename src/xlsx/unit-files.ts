/**
 * The report files the focal department sends out: one .xlsx per unit, holding a sheet for each task group the
 * unit leads or coordinates a row in on the period's due date (every row of every group with `allRows`). The
 * task pane ("Make files for units", loaded on demand: ExcelJS is large) and `ttx template` make them here, so a
 * unit gets the same workbook whichever way it was made.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Lang } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { templatesForUnit } from "../core/templates/for-unit";
import type { TemplateSpecT } from "../core/templates/spec";
import { writeTemplate } from "./template-writer";

/** The workbook holding `specs`, one sheet each in order, as .xlsx bytes. */
export async function templateWorkbookBytes(specs: readonly TemplateSpecT[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TTX add-in";
  for (const spec of specs) writeTemplate(workbook, spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A unit's file name: `TTX_<UNIT>_<period>.xlsx` (the group files of `ttx template -o <folder>` add the group). */
const unitFileName = (unit: string, period: string): string => `TTX_${unit}_${period}.xlsx`;

interface UnitFilesRequest {
  period: string;
  units: readonly string[];
  lang: Lang;
  allRows?: boolean;
}

interface UnitFile {
  unit: string;
  name: string;
  bytes: Uint8Array;
  /** The task groups it has a sheet for, in catalog order. */
  groups: string[];
  rows: number;
}

type UnitFilesResult =
  | {
      status: "done";
      files: UnitFile[];
      /** Units left without a file: no row of the plan on the due date (without allRows). */
      skipped: string[];
    }
  | { status: "cancelled" };

interface UnitFilesControl {
  /** After each unit: how many are done, out of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Asked before each unit; true stops the run and nothing is returned. */
  isCancelled?: () => boolean;
}

/** The specs of one unit's file, or the reason none can be made (a bad unit or period: the request's fault). */
export function unitSpecs(
  unit: string,
  period: string,
  lang: Lang,
  allRows = false,
): { ok: true; specs: TemplateSpecT[] } | { ok: false; error: string } {
  const groups = getCatalog().taskGroups.map((g) => g.id);
  const built = templatesForUnit({ groups, unit, period, lang, ...(allRows ? { rows: "all" as const } : {}) });
  return built.ok ? { ok: true, specs: built.value.specs } : built;
}

/** Lets the page paint (progress bar, Cancel clicks) between two units; each takes a few hundred ms. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One file per unit, in the order asked. A bad unit id or period throws before any file is made; a unit with no
 * row anywhere is skipped and named. Cancelled: nothing is returned, not the files made so far.
 */
export async function makeUnitFiles(request: UnitFilesRequest, control: UnitFilesControl = {}): Promise<UnitFilesResult> {
  const planned: { unit: string; specs: TemplateSpecT[] }[] = [];
  const skipped: string[] = [];
  for (const unit of request.units) {
    const built = unitSpecs(unit, request.period, request.lang, request.allRows);
    if (!built.ok) throw new Error(built.error);
    if (built.specs.length === 0) skipped.push(unit);
    else planned.push({ unit: built.specs[0]!.meta.unitId, specs: built.specs });
  }
  const files: UnitFile[] = [];
  control.onProgress?.(0, planned.length);
  for (const { unit, specs } of planned) {
    await breathe();
    if (control.isCancelled?.()) return { status: "cancelled" };
    files.push({
      unit,
      name: unitFileName(unit, request.period),
      bytes: await templateWorkbookBytes(specs),
      groups: specs.map((s) => s.meta.taskGroup),
      rows: specs.reduce((n, s) => n + s.table.rows.length, 0),
    });
    control.onProgress?.(files.length, planned.length);
  }
  if (control.isCancelled?.()) return { status: "cancelled" };
  return { status: "done", files, skipped };
}

/** The files in one .zip, at its top level. The .xlsx are stored, not compressed again (they are zips already). */
export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes, { compression: "STORE" });
  return zip.generateAsync({ type: "uint8array" });
}
