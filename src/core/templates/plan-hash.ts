/**
 * The plan fingerprint of a template: a hash of the locked plan cells that the template's metadata carries, so that
 * consolidation can tell a report whose plan part was edited from one whose figures only were typed.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { LAYOUT_V2, layoutOf } from "./layout";
import type { ColumnKeyT, TableRowT } from "./spec";

/** SHA-256 over the locked plan cells, in row order: any edit of the plan part changes it. */
export function planHash(meta: { templateId: string; version: string }, rows: readonly Pick<TableRowT, "values">[]): string {
  return bytesToHex(sha256(utf8ToBytes(planCanonical(meta, rows))));
}

/** The fingerprinted columns of a version: the plan columns (the role column is information, not plan). */
const planKeys = (version: string): ColumnKeyT[] =>
  (layoutOf(version) ?? LAYOUT_V2).columns.filter((c) => c.role === "plan").map((c) => c.key);

/** What planHash hashes: template id, version and the plan cells in order. Equal texts ⇔ equal hashes. */
export function planCanonical(meta: { templateId: string; version: string }, rows: readonly Pick<TableRowT, "values">[]): string {
  const keys = planKeys(meta.version);
  return JSON.stringify([meta.templateId, meta.version, rows.map((r) => keys.map((k) => r.values[k] ?? null))]);
}
