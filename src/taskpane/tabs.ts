/** Tab switching for the task pane. Kept apart so ribbon commands (same shared runtime) can open a tab. */
export const TAB_IDS = ["templates", "check", "consolidate", "plan"] as const;
export type TabId = (typeof TAB_IDS)[number];

export function showTab(tab: TabId, doc: Document = document): void {
  for (const id of TAB_IDS) {
    const selected = id === tab;
    doc.getElementById(`tab-${id}`)?.setAttribute("aria-selected", String(selected));
    doc.getElementById(`tab-${id}`)?.setAttribute("tabindex", selected ? "0" : "-1");
    const panel = doc.getElementById(`panel-${id}`);
    if (panel) panel.hidden = !selected;
  }
}

/** Click and arrow-key navigation over the tab buttons (WAI-ARIA tabs pattern). */
export function bindTabs(doc: Document = document): void {
  const buttons = TAB_IDS.map((id) => doc.getElementById(`tab-${id}`)).filter((b): b is HTMLElement => b !== null);
  buttons.forEach((button, i) => {
    button.addEventListener("click", () => showTab(TAB_IDS[i]!, doc));
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      const next = (i + step + buttons.length) % buttons.length;
      showTab(TAB_IDS[next]!, doc);
      buttons[next]?.focus();
    });
  });
}
