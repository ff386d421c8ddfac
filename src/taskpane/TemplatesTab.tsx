/**
 * "Mẫu báo cáo / Templates": pick period, unit, task group(s) and the template's language, then insert. Units
 * offered are those that exist on the period's due date (districts are gone after the 2025 reorganisation).
 */
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { parseReportPeriod } from "../core/plan/calendar";
import { buildTemplate, unitChoices, unitLabel } from "../core/templates/build";
import type { TemplateSpecT } from "../core/templates/spec";
import type { PaneServices } from "./services";
import { LangContext, LanguageSelect, OutcomeBar, PeriodPicker, defaultPeriod, periodText, periodValid, useFormStyles, useSay, useTask, type Outcome } from "./ui";

export function TemplatesTab(props: { services: PaneServices; today: Date }): ReactNode {
  const say = useSay();
  const lang = useContext(LangContext);
  const styles = useFormStyles();
  const [period, setPeriod] = useState(() => defaultPeriod(props.today));
  const [unit, setUnit] = useState("");
  const [group, setGroup] = useState("ALL");
  const [templateLang, setTemplateLang] = useState<Lang>(lang);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, perform } = useTask(setOutcome);

  const units = useMemo(() => {
    const p = periodValid(period) ? parseReportPeriod(periodText(period)) : null;
    return p ? unitChoices(p, lang) : [];
  }, [period, lang]);
  // A unit chosen for one period may not exist in another: fall back to the first one offered.
  const unitId = units.some((u) => u.id === unit) ? unit : (units[0]?.id ?? "");

  const insert = async () => {
    const groups = group === "ALL" ? getCatalog().taskGroups.map((g) => g.id) : [group];
    const specs: TemplateSpecT[] = [];
    for (const g of groups) {
      const built = buildTemplate({ group: g, unit: unitId, period: periodText(period), lang: templateLang });
      if (!built.ok) return setOutcome({ intent: "error", text: built.error });
      specs.push(built.spec);
    }
    setOutcome(null);
    await perform("paneInsertFailed", async () => {
      const { sheetNames } = await props.services.insertTemplates(specs);
      setOutcome({ intent: "success", text: say("uiInserted", { count: sheetNames.length, sheets: sheetNames.join(", ") }) });
    });
  };

  return (
    <form className={styles.form} onSubmit={(e) => void (e.preventDefault(), insert())}>
      <p className={styles.intro}>{say("uiTemplatesIntro")}</p>
      <PeriodPicker id="tpl" value={period} onChange={setPeriod} />
      <Field label={say("uiUnit")}>
        <Select id="tpl-unit" className={styles.fill} value={unitId} onChange={(_, d) => setUnit(d.value)}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{unitLabel(u, lang)}</option>
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
      <Field label={say("uiTemplateLang")}>
        <LanguageSelect id="tpl-lang" className={styles.fill} value={templateLang} onChange={setTemplateLang} />
      </Field>
      <div className={styles.actions}>
        <Button id="tpl-insert" type="submit" appearance="primary" disabled={busy || !periodValid(period) || unitId === ""} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {say("uiInsert")}
        </Button>
      </div>
      <OutcomeBar id="tpl-status" outcome={outcome} />
    </form>
  );
}
