/**
 * "Kế hoạch / Plan": browse and search Decision 337 (targets, GHG actions, projects, tasks, agencies) with the
 * figures people look up: target, milestones, budget, GHG reduction by 2030, lead agency.
 */
import { Badge, Caption1, Card, Field, SearchBox, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useContext, useDeferredValue, useMemo, useState, type ReactNode } from "react";
import type { MessageKey } from "../core/i18n/messages";
import { BROWSE_KINDS, browseRows, searchRows, type BrowseKind, type BrowseRow } from "../core/plan/browse";
import { formatNumber } from "../core/plan/milestones";
import { LangContext, useFormStyles, useSay } from "./ui";

/** Enough to scroll through; rendering all 400-odd entries at every keystroke would make typing sluggish. */
const SHOWN = 60;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // A long name must wrap, never squeeze the code.
  code: { flexShrink: 0 },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", gap: `2px ${tokens.spacingHorizontalS}`, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

function Entry(props: { row: BrowseRow }): ReactNode {
  const say = useSay();
  const lang = useContext(LangContext);
  const styles = useStyles();
  const { row } = props;
  const facts: [MessageKey, string | null][] = [
    ["uiPlanTarget", row.target],
    ["uiPlanMilestones", row.milestones],
    ["uiPlanBudget", row.budgetBillionVnd === null ? null : say("uiPlanBudgetValue", { value: formatNumber(row.budgetBillionVnd, lang) })],
    ["uiPlanReduction", row.reductionKt === null ? null : say("uiPlanReductionValue", { value: formatNumber(row.reductionKt, lang) })],
    ["uiPlanLead", row.lead],
    ["uiPlanSource", row.source],
  ];
  return (
    <Card size="small" appearance="filled-alternative">
      <div className={styles.head}>
        <Badge className={styles.code} appearance="outline">
          {row.code}
        </Badge>
        <Text weight="semibold">{row.name}</Text>
      </div>
      <dl className={styles.facts}>
        {facts
          .filter(([, v]) => v !== null)
          .map(([key, v]) => [
            <dt key={`${key}-t`} className={styles.term}>
              <Caption1>{say(key)}</Caption1>
            </dt>,
            <dd key={`${key}-d`} className={styles.value}>
              <Caption1>{v}</Caption1>
            </dd>,
          ])}
      </dl>
    </Card>
  );
}

export function PlanTab(): ReactNode {
  const say = useSay();
  const lang = useContext(LangContext);
  const styles = { ...useFormStyles(), ...useStyles() };
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<BrowseKind | "all">("all");
  const rows = useMemo(() => browseRows(lang), [lang]);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchRows(rows, deferred, kind), [rows, deferred, kind]);

  return (
    <div className={styles.form}>
      <Field label={say("uiPlanSearch")}>
        <SearchBox id="plan-search" className={styles.fill} value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Field label={say("uiPlanKind")}>
        <Select id="plan-kind" className={styles.fill} value={kind} onChange={(_, d) => setKind(d.value as BrowseKind | "all")}>
          <option value="all">{say("uiPlanAll")}</option>
          {[...BROWSE_KINDS, "other" as const].map((k) => (
            <option key={k} value={k}>
              {say(`uiPlanKind_${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 id="plan-count" role="status" aria-live="polite">
        {hits.length === 0 ? say("uiPlanNone", { query }) : say("uiPlanCount", { shown: hits.length, total: rows.length })}
      </Caption1>
      <ul className={styles.list} id="plan-results">
        {hits.slice(0, SHOWN).map((row) => (
          <li key={`${row.kind}:${row.code}`}>
            <Entry row={row} />
          </li>
        ))}
      </ul>
      {hits.length > SHOWN && <Caption1>{say("uiPlanMore", { shown: SHOWN })}</Caption1>}
    </div>
  );
}
