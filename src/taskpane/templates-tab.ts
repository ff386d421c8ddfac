/**
 * The "Mẫu báo cáo / Templates" tab: pick period, unit, task group(s) and language, then insert. The insert
 * itself is passed in (Excel.run in the add-in, a fake in tests), so this module only wires the form.
 * Options and messages go in through textContent, never as HTML.
 */
import { bilingual } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { parseReportPeriod } from "../core/plan/calendar";
import { buildTemplate, unitChoices } from "../core/templates/build";
import type { TemplateSpecT } from "../core/templates/spec";
import type { InsertResult } from "../excel/insert-templates";

export type InsertFn = (specs: TemplateSpecT[]) => Promise<InsertResult>;

function option(doc: Document, value: string, label: string): HTMLOptionElement {
  const o = doc.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

export function bindTemplatesTab(doc: Document, insert: InsertFn, today: Date = new Date()): void {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const form = $<HTMLFormElement>("tpl-form");
  const kind = $<HTMLSelectElement>("tpl-kind");
  const year = $<HTMLInputElement>("tpl-year");
  const unit = $<HTMLSelectElement>("tpl-unit");
  const group = $<HTMLSelectElement>("tpl-group");
  const lang = $<HTMLSelectElement>("tpl-lang");
  const button = $<HTMLButtonElement>("tpl-insert");
  const status = $<HTMLElement>("tpl-status");

  year.value = String(today.getFullYear());
  kind.value = today.getMonth() < 6 ? "H1" : "annual";
  group.replaceChildren(option(doc, "ALL", bilingual("paneAllGroups")), ...getCatalog().taskGroups.map((g) => option(doc, g.id, `${g.sourceLabel} ${g.titleVi}`)));

  const period = () => `${year.value}-${kind.value}`;
  const fillUnits = () => {
    const p = parseReportPeriod(period());
    if (!p) return;
    const previous = unit.value;
    unit.replaceChildren(...unitChoices(p, "vi").map((u) => option(doc, u.id, u.nameVi)));
    if ([...unit.options].some((o) => o.value === previous)) unit.value = previous;
  };
  fillUnits();
  kind.addEventListener("change", fillUnits);
  year.addEventListener("change", fillUnits);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const groups = group.value === "ALL" ? getCatalog().taskGroups.map((g) => g.id) : [group.value];
    const specs: TemplateSpecT[] = [];
    for (const g of groups) {
      const result = buildTemplate({ group: g, unit: unit.value, period: period(), lang: lang.value === "en" ? "en" : "vi" });
      if (!result.ok) {
        status.textContent = result.error;
        return;
      }
      specs.push(result.spec);
    }
    button.disabled = true;
    status.textContent = bilingual("paneInserting");
    try {
      const { sheetNames } = await insert(specs);
      status.textContent = `${bilingual("paneInserted", { count: sheetNames.length })}:\n${sheetNames.join("\n")}`;
    } catch (error) {
      status.textContent = `${bilingual("paneInsertFailed")}\n(${(error as Error).message})`;
    } finally {
      button.disabled = false;
    }
  });
}
