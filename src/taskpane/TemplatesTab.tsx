/**
 * "Mẫu báo cáo / Templates": pick period, unit, task group(s) and the template's language, then insert. Units
 * offered are those that answer for a row on the period's due date (districts are gone after the 2025
 * reorganisation); a unit gets a sheet for each group it has rows in, or every row of every group on request.
 * Below, "Make files for units" (UnitFilesSection): one .xlsx per unit, downloaded or opened, for units without the add-in.
 */
import { Button, Checkbox, Field, Select, Spinner } from "@fluentui/react-components";
import { useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { parseReportPeriod } from "../core/plan/calendar";
import { reportingUnits } from "../core/plan/responsibility";
import { unitChoices, unitLabel } from "../core/templates/build";
import { dueIso } from "../core/plan/calendar";
import { templatesForUnit } from "../core/templates/for-unit";
import type { PaneServices } from "./services";
import { UnitFilesSection } from "./UnitFilesSection";
import {
  LangContext,
  LanguageSelect,
  OutcomeBar,
  PeriodPicker,
  defaultPeriod,
  periodText,
  periodValid,
  useFormStyles,
  useSay,
  useTask,
  type Outcome,
} from "./ui";

export function TemplatesTab(props: { services: PaneServices; today: Date }): ReactNode {
  const say = useSay();
  const lang = useContext(LangContext);
  const styles = useFormStyles();
  const [period, setPeriod] = useState(() => defaultPeriod(props.today));
  const [unit, setUnit] = useState("");
  const [allRows, setAllRows] = useState(false);
  const [group, setGroup] = useState("ALL");
  const [templateLang, setTemplateLang] = useState<Lang>(lang);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, perform } = useTask(setOutcome);

  // The units that answer for something on the due date; every unit when all rows are asked for.
  const units = useMemo(() => {
    const p = periodValid(period) ? parseReportPeriod(periodText(period)) : null;
    if (!p) return [];
    const reporting = new Set(reportingUnits(dueIso(p)));
    return unitChoices(p, lang).filter((u) => allRows || reporting.has(u.id));
  }, [period, lang, allRows]);
  // A unit chosen for one period may not exist in another: fall back to the first one offered.
  const unitId = units.some((u) => u.id === unit) ? unit : (units[0]?.id ?? "");

  const insert = async () => {
    const groups = group === "ALL" ? getCatalog().taskGroups.map((g) => g.id) : [group];
    const built = templatesForUnit({
      groups,
      unit: unitId,
      period: periodText(period),
      lang: templateLang,
      ...(allRows ? { rows: "all" as const } : {}),
    });
    if (!built.ok) return setOutcome({ intent: "error", text: built.error });
    const { specs, skipped } = built.value;
    // Groups where the unit has no row get no sheet: said, in the pane's language, with the reason.
    const reasons = skipped.map((s) => s.reason.split(" · ")[lang === "en" ? 1 : 0] ?? s.reason);
    if (specs.length === 0) return setOutcome({ intent: "warning", text: reasons.join("\n") });
    setOutcome(null);
    await perform("paneInsertFailed", async () => {
      const { sheetNames } = await props.services.insertTemplates(specs);
      const inserted = say("uiInserted", { count: sheetNames.length, sheets: sheetNames.join(", ") });
      setOutcome({
        intent: "success",
        text: skipped.length > 0 ? `${inserted}. ${say("uiNoSheetFor", { groups: skipped.map((s) => s.group).join(", ") })}` : inserted,
      });
    });
  };

  return (
    <>
      <form className={styles.form} onSubmit={(e) => void (e.preventDefault(), insert())}>
        <p className={styles.intro}>{say("uiTemplatesIntro")}</p>
        <PeriodPicker id="tpl" value={period} onChange={setPeriod} />
        <Field label={say("uiUnit")}>
          <Select id="tpl-unit" className={styles.fill} value={unitId} onChange={(_, d) => setUnit(d.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {unitLabel(u, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={say("uiGroup")}>
          <Select id="tpl-group" className={styles.fill} value={group} onChange={(_, d) => setGroup(d.value)}>
            <option value="ALL">{say("paneAllGroups")}</option>
            {getCatalog().taskGroups.map((g) => (
              <option key={g.id} value={g.id}>{`${g.sourceLabel} ${lang === "en" ? g.titleEn : g.titleVi}`}</option>
            ))}
          </Select>
        </Field>
        <Checkbox id="tpl-all-rows" checked={allRows} onChange={(_, d) => setAllRows(d.checked === true)} label={say("uiAllRows")} />
        <Field label={say("uiTemplateLang")}>
          <LanguageSelect id="tpl-lang" className={styles.fill} value={templateLang} onChange={setTemplateLang} />
        </Field>
        <div className={styles.actions}>
          <Button
            id="tpl-insert"
            type="submit"
            appearance="primary"
            disabled={busy || !periodValid(period) || unitId === ""}
            icon={busy ? <Spinner size="tiny" /> : undefined}
          >
            {say("uiInsert")}
          </Button>
        </div>
        <OutcomeBar id="tpl-status" outcome={outcome} />
      </form>
      {/* For the focal department: one file per unit, for units whose Excel cannot run the add-in. */}
      <UnitFilesSection services={props.services} today={props.today} />
    </>
  );
}
