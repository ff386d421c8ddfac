/**
 * TTX.CODES([group]): a two-column dynamic array (code, Vietnamese name) for building lists and dropdowns.
 * Groups: a sector (A, B, C, C1…C5, D), a task group (NV1…NV6 or its printed label 1.3…1.6), SX / LS (targets),
 * DA (all projects) or DA1…DA11, GP (solution groups), NV (task groups), GHG (goals), DV (org units). A label
 * printed for two task groups ("1.2") is an error naming both stable codes (NV1, NV2).
 * Without a group: every code. The lists are built once.
 */
import { bilingual } from "../i18n/messages";
import { getCatalog, lookup, normalizeCode, projectGroupCode, type Entry, type IndexedCatalog } from "../plan/catalog";
import { actionsOfSector } from "../plan/integrity";
import { catalogEntries } from "../plan/export";
import { readField } from "../plan/fields";
import { readCode } from "./coerce";
import { isBlank } from "../cells/values";
import { ambiguousLabel } from "./resolve";
import { ttxError, type TtxResult } from "./result";

type Row = [string, string];

const rowOf = (e: Entry, c: IndexedCatalog): Row => [e.code, String(readField(e, "name", c) ?? "")];

let lists: Map<string, Row[]> | undefined;

function buildLists(c: IndexedCatalog): Map<string, Row[]> {
  const entries = catalogEntries(c);
  const rows = (pred: (e: Entry) => boolean) => entries.filter(pred).map((e) => rowOf(e, c));
  const m = new Map<string, Row[]>();
  m.set(
    "",
    entries.map((e) => rowOf(e, c)),
  );
  m.set(
    "SX",
    rows((e) => e.kind === "target" && e.item.area === "green_production"),
  );
  m.set(
    "LS",
    rows((e) => e.kind === "target" && e.item.area === "green_lifestyle"),
  );
  m.set(
    "DA",
    rows((e) => e.kind === "project"),
  );
  m.set(
    "GP",
    rows((e) => e.kind === "solutionGroup"),
  );
  m.set(
    "NV",
    rows((e) => e.kind === "taskGroup"),
  );
  m.set(
    "GHG",
    rows((e) => e.kind === "ghgGoal"),
  );
  m.set(
    "DV",
    rows((e) => e.kind === "orgUnit"),
  );
  for (const s of c.ghgSectors) {
    const codes = new Set(actionsOfSector(s.code, c.ghgActions).map((a) => a.code));
    m.set(
      s.code,
      rows((e) => e.kind === "ghgAction" && codes.has(e.code)),
    );
  }
  for (const g of c.projectGroups)
    m.set(
      projectGroupCode(g.number),
      rows((e) => e.kind === "project" && e.item.group === g.number),
    );
  for (const g of c.taskGroups) {
    m.set(
      g.id,
      rows((e) => (e.kind === "ghgAction" || e.kind === "project" || e.kind === "task") && e.item.taskGroup === g.id),
    );
  }
  return m;
}

export function codes(group?: unknown): TtxResult<string[][]> {
  const c = getCatalog();
  lists ??= buildLists(c);
  let key = "";
  if (!isBlank(group)) {
    const text = readCode(group, "group");
    if (typeof text !== "string") return text;
    key = normalizeCode(text);
    // A printed task-group label ("1.3") means its group.
    if (!lists.has(key)) {
      const alias = lookup(text);
      if (alias?.kind === "taskGroup") key = alias.item.id;
    }
  }
  const found = lists.get(key);
  if (!found && key !== "") {
    const ambiguous = ambiguousLabel(key, "VALUE"); // "1.2": two task groups, name both
    if (ambiguous) return ambiguous;
  }
  if (!found || found.length === 0) {
    const groups = [...lists.keys()].filter((k) => k !== "").join(", ");
    return ttxError("VALUE", bilingual("unknownGroup", { group: String(group), groups }));
  }
  return found.map((r) => [...r]);
}
