/**
 * Task pane entry: renders the pane only inside Office.onReady (STYLE.md), with the Office.js services. If the
 * pane cannot start, the user gets plain words in both languages rather than an empty page.
 */
import { createRoot } from "react-dom/client";
import { bilingual } from "../core/i18n/messages";
import { App } from "./App";
import { officeServices, type PaneServices } from "./services";

export function mount(container: HTMLElement, services: PaneServices): void {
  createRoot(container).render(<App services={services} />);
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  try {
    mount(container, officeServices());
  } catch (error) {
    container.textContent = bilingual("uiStartFailed");
    console.error(error);
  }
});
