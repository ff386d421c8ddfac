/**
 * Task pane entry: binds the page only inside Office.onReady (STYLE.md). Text from the catalog goes in through
 * textContent, never as HTML.
 */
import { getCatalog } from "../core/plan/catalog";
import { renderSummary, summarizeCatalog } from "../core/plan/summary";
import { insertTemplates } from "../excel/insert-templates";
import { bindConsolidateTab } from "./consolidate-tab";
import { runConsolidation } from "./consolidate-run";
import { bindTabs, showTab } from "./tabs";
import { bindTemplatesTab } from "./templates-tab";

export function run(doc: Document = document): void {
  bindTabs(doc);
  bindTemplatesTab(doc, (specs) => Excel.run((context) => insertTemplates(context, specs)));
  bindConsolidateTab(doc, (request) => Excel.run((context) => runConsolidation(context, request)));
  showTab("plan", doc);
  const summary = doc.getElementById("plan-summary");
  if (summary) summary.textContent = renderSummary(summarizeCatalog(getCatalog()));
}

Office.onReady(() => run());
