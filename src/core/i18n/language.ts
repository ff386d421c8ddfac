/**
 * Which language the task pane speaks: the user's saved choice, else Office's display language ("vi-VN" → vi,
 * "en-US" → en), else Vietnamese, the language of the plan and of its users.
 */
import type { Lang } from "./messages";

export function languageOf(tag: unknown): Lang | null {
  if (typeof tag !== "string") return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "vi" ? "vi" : primary === "en" ? "en" : null;
}

export function initialLanguage(saved: unknown, displayLanguage: unknown): Lang {
  return languageOf(saved) ?? languageOf(displayLanguage) ?? "vi";
}
