/**
 * Which tab the pane shows, reachable from outside React: ribbon commands run in the same shared runtime and call
 * showTab, possibly before the pane has rendered, so an early request is kept until the pane listens.
 * commands.js and taskpane.js are separate bundles, each with its own copy of this module: the state therefore
 * lives on one object on globalThis, which both copies share.
 */
export const TAB_IDS = ["templates", "check", "consolidate", "plan"] as const;
export type TabId = (typeof TAB_IDS)[number];

interface TabStore {
  listener?: (tab: TabId) => void;
  requested?: TabId;
}
const store: TabStore = ((globalThis as { __ttxTabs?: TabStore }).__ttxTabs ??= {});

export function showTab(tab: TabId): void {
  if (store.listener) store.listener(tab);
  else store.requested = tab;
}

/** The pane's subscription; returns the unsubscribe function (a React effect cleanup). */
export function onShowTab(fn: (tab: TabId) => void): () => void {
  store.listener = fn;
  if (store.requested) fn(store.requested);
  store.requested = undefined;
  return () => {
    if (store.listener === fn) store.listener = undefined;
  };
}
