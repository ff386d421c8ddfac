/**
 * Ribbon commands (ExecuteFunction). Each opens the task pane on its tab (Templates, Consolidate). The shared
 * runtime means the task pane is loaded in this same page: commands switch its tab directly (tabs.ts keeps the
 * request if the pane has not rendered yet).
 */
import { showTab, type TabId } from "../taskpane/tabs";

async function openOn(tab: TabId, event: Office.AddinCommands.Event): Promise<void> {
  try {
    showTab(tab);
    await Office.addin.showAsTaskpane();
  } finally {
    // Excel waits for completed() before running the next command.
    event.completed();
  }
}

export function insertTemplate(event: Office.AddinCommands.Event): Promise<void> {
  return openOn("templates", event);
}

export function consolidate(event: Office.AddinCommands.Event): Promise<void> {
  return openOn("consolidate", event);
}

// Without office.js (the CDN and this host's copy both unreachable) there is no ribbon to serve: the pane says why.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions?.associate("insertTemplate", insertTemplate);
    Office.actions?.associate("consolidate", consolidate);
  });
}
