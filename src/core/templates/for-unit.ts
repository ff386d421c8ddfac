/**
 * The templates a unit gets for a period: one per task group it answers for on the due date. Groups where it has
 * no row are left out and named, so the CLI and the task pane can say why a sheet is missing; with `rows: "all"`
 * every group gets its sheet with every row.
 */
import type { Lang } from "../i18n/messages";
import { buildTemplate } from "./build";
import type { TemplateSpecT } from "./spec";

interface UnitTemplates {
  specs: TemplateSpecT[];
  /** Groups left out because the unit has no row in them, each with the bilingual reason. */
  skipped: { group: string; reason: string }[];
}

type UnitTemplatesResult = { ok: true; value: UnitTemplates } | { ok: false; error: string };

export function templatesForUnit(request: {
  groups: readonly string[];
  unit: string;
  period: string;
  lang: Lang;
  rows?: "all";
}): UnitTemplatesResult {
  const specs: TemplateSpecT[] = [];
  const skipped: UnitTemplates["skipped"] = [];
  for (const group of request.groups) {
    const built = buildTemplate({
      group,
      unit: request.unit,
      period: request.period,
      lang: request.lang,
      ...(request.rows ? { rows: request.rows } : {}),
    });
    if (built.ok) specs.push(built.spec);
    else if (built.noRows) skipped.push({ group, reason: built.error });
    else return { ok: false, error: built.error };
  }
  return { ok: true, value: { specs, skipped } };
}
