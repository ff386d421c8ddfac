/**
 * Ribbon commands (ExecuteFunction). Both open the task pane on the right tab; the template and consolidation
 * features themselves land with their issues, so the tabs say so rather than pretend.
 * The shared runtime means the task pane module is loaded in this same page: commands call it directly.
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

Office.onReady(() => {
  Office.actions.associate("insertTemplate", insertTemplate);
  Office.actions.associate("consolidate", consolidate);
});
