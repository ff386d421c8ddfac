/**
 * Task pane entry: binds the page only inside Office.onReady (STYLE.md). Text from the catalog goes in through
 * textContent, never as HTML.
 */
import { getCatalog } from "../core/plan/catalog";
import { renderSummary, summarizeCatalog } from "../core/plan/summary";
import { bindTabs, showTab } from "./tabs";

export function run(doc: Document = document): void {
  bindTabs(doc);
  showTab("plan", doc);
  const summary = doc.getElementById("plan-summary");
  if (summary) summary.textContent = renderSummary(summarizeCatalog(getCatalog()));
}

Office.onReady(() => run());
