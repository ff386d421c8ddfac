/**
 * Which tab the pane shows, reachable from outside React: ribbon commands run in the same shared runtime and call
 * showTab before the pane may even have rendered, so a request made early is kept until the pane listens.
 */
export const TAB_IDS = ["templates", "check", "consolidate", "plan"] as const;
export type TabId = (typeof TAB_IDS)[number];

let listener: ((tab: TabId) => void) | undefined;
let requested: TabId | undefined;

export function showTab(tab: TabId): void {
  if (listener) listener(tab);
  else requested = tab;
}

/** The pane's subscription; returns the unsubscribe function (a React effect cleanup). */
export function onShowTab(fn: (tab: TabId) => void): () => void {
  listener = fn;
  if (requested) fn(requested);
  requested = undefined;
  return () => {
    if (listener === fn) listener = undefined;
  };
}
