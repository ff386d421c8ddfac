/**
 * Task pane entry: renders the pane once Office says it is ready in Excel (STYLE.md), with the Office.js services.
 * boot.ts decides; whatever stops the pane (no office.js, Office not ready, not Excel, Excel too old) is said in both
 * languages with what to do, never an endless "Đang tải…". Outside Excel the pane still starts, with a notice: the
 * Plan tab works, and what needs Excel says so.
 */
import { createRoot, type Root } from "react-dom/client";
import { bilingual, type MessageKey } from "../core/i18n/messages";
import { App } from "./App";
import { boot, showProblem } from "./boot";
import { officeServices, type PaneServices } from "./services";

let root: Root | undefined;

export function mount(container: HTMLElement, services: PaneServices, notice?: MessageKey): void {
  if (!root) {
    container.replaceChildren();
    root = createRoot(container);
  }
  root.render(<App services={services} notice={notice} />);
}

const container = document.getElementById("root");
if (container) {
  const start = (notice?: MessageKey) => {
    try {
      mount(container, officeServices(), notice);
    } catch (error) {
      container.textContent = bilingual("uiStartFailed");
      console.error(error);
    }
  };
  boot(window as { Office?: unknown }, {
    ready: () => start(),
    notExcel: () => start("bootNotExcel"),
    problem: (problem) => showProblem(container, problem),
  });
}
