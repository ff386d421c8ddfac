/**
 * "Tạo tệp cho các đơn vị / Make files for units" (Templates tab), for the focal department: pick a period and
 * units (by default every unit with a row on the period's due date), get one .xlsx per unit — the files
 * `ttx template --all --unit <id> -o TTX_<id>_<period>.xlsx` makes (src/xlsx/unit-files.ts, loaded only when
 * asked: ExcelJS would otherwise double the pane's first load). They come as one .zip download, or, where the host's
 * webview does not download (Excel on Mac, iPad), opened one by one as new workbooks for the user to save.
 * Cancelling returns nothing: no partial zip, no workbook opened.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { parseReportPeriod } from "../core/plan/calendar";
import { reportingUnits } from "../core/plan/responsibility";
import { unitChoices, unitLabel } from "../core/templates/build";
import { dueIso } from "../core/plan/calendar";
import type { PaneServices } from "./services";
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

const useStyles = makeStyles({
  section: {
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  units: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "16em",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  noRows: { color: tokens.colorNeutralForeground3 },
});

const ZIP_TYPE = "application/zip";

export function UnitFilesSection(props: { services: PaneServices; today: Date }): ReactNode {
  const say = useSay();
  const lang = useContext(LangContext);
  const styles = { ...useFormStyles(), ...useStyles() };
  const [period, setPeriod] = useState(() => defaultPeriod(props.today));
  const [allRows, setAllRows] = useState(false);
  const [fileLang, setFileLang] = useState<Lang>(lang);
  // The user's own choice of units, for the period it was made in; another period starts from its default again.
  const [choice, setChoice] = useState<{ period: string; units: ReadonlySet<string> } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, perform } = useTask(setOutcome);
  const cancelled = useRef(false);
  const delivery = useMemo(() => props.services.fileDelivery(), [props.services]);

  const text = periodText(period);
  const { units, reporting } = useMemo(() => {
    const p = periodValid(period) ? parseReportPeriod(periodText(period)) : null;
    if (!p) return { units: [], reporting: new Set<string>() };
    return { units: unitChoices(p), reporting: new Set(reportingUnits(dueIso(p))) };
  }, [period]);
  const chosen: ReadonlySet<string> = choice?.period === text ? choice.units : reporting;
  const picked = units.filter((u) => chosen.has(u.id)).map((u) => u.id);
  const tick = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChoice({ period: text, units: next });
  };
  const nameOf = (id: string) => {
    const u = getCatalog().orgUnits.find((o) => o.id === id);
    return u ? unitLabel(u, lang) : id;
  };

  const make = async (how: "zip" | "open") => {
    if (picked.length === 0) return setOutcome({ intent: "warning", text: say("uiUnitFilesNoUnit") });
    cancelled.current = false;
    setOutcome(null);
    setProgress({ done: 0, total: picked.length });
    await perform("uiUnitFilesFailed", async () => {
      try {
        const { makeUnitFiles, zipFiles } = await import(/* webpackChunkName: "unit-files" */ "../xlsx/unit-files");
        const made = await makeUnitFiles(
          { period: text, units: picked, lang: fileLang, allRows },
          { onProgress: (done, total) => setProgress({ done, total }), isCancelled: () => cancelled.current },
        );
        if (made.status === "cancelled") return setOutcome({ intent: "warning", text: say("uiUnitFilesCancelled") });
        const skipped = made.skipped.length > 0 ? `\n${say("uiUnitFilesSkipped", { units: made.skipped.map(nameOf).join(", ") })}` : "";
        if (made.files.length === 0) return setOutcome({ intent: "warning", text: say("uiUnitFilesNothing") + skipped });
        if (how === "zip") {
          const zipName = `TTX_${text}.zip`;
          await props.services.downloadFile(zipName, await zipFiles(made.files), ZIP_TYPE);
          setOutcome({
            intent: made.skipped.length > 0 ? "warning" : "success",
            text: say("uiUnitFilesDownloaded", { count: made.files.length, zip: zipName }) + skipped,
          });
        } else {
          for (const f of made.files) await props.services.openWorkbook(f.bytes);
          setOutcome({
            intent: made.skipped.length > 0 ? "warning" : "success",
            text: say("uiUnitFilesOpened", { count: made.files.length, names: made.files.map((f) => f.name).join(", ") }) + skipped,
          });
        }
      } finally {
        setProgress(null);
      }
    });
  };

  const cannot = !delivery.download ? (delivery.openInExcel ? say("uiUnitFilesNoDownload") : say("uiUnitFilesNoOpen")) : null;
  const ready = !busy && periodValid(period) && picked.length > 0;
  return (
    <section className={`${styles.form} ${styles.section}`} aria-labelledby="tpl-files-title">
      <Subtitle2 as="h2" id="tpl-files-title" className={styles.title}>
        {say("uiUnitFilesTitle")}
      </Subtitle2>
      <p className={styles.intro}>{say("uiUnitFilesIntro")}</p>
      <PeriodPicker id="tpl-files" value={period} onChange={setPeriod} />
      <Field label={say("uiUnitFilesUnits", { chosen: picked.length, total: units.length })}>
        <div className={styles.units} id="tpl-files-units" role="group">
          {units.map((u) => (
            <Checkbox
              key={u.id}
              id={`tpl-files-unit-${u.id}`}
              value={u.id}
              checked={chosen.has(u.id)}
              onChange={(_, d) => tick(u.id, d.checked === true)}
              label={
                <>
                  {unitLabel(u, lang)}
                  {!reporting.has(u.id) && <span className={styles.noRows}> {say("uiUnitFilesNoRows")}</span>}
                </>
              }
            />
          ))}
        </div>
      </Field>
      <div className={styles.actions}>
        <Button id="tpl-files-reporting" size="small" onClick={() => setChoice(null)} disabled={busy}>
          {say("uiUnitFilesReporting")}
        </Button>
        <Button id="tpl-files-none" size="small" onClick={() => setChoice({ period: text, units: new Set() })} disabled={busy}>
          {say("uiUnitFilesNone")}
        </Button>
      </div>
      <Checkbox id="tpl-files-all-rows" checked={allRows} onChange={(_, d) => setAllRows(d.checked === true)} label={say("uiAllRows")} />
      <Field label={say("uiTemplateLang")}>
        <LanguageSelect id="tpl-files-lang" className={styles.fill} value={fileLang} onChange={setFileLang} />
      </Field>
      {cannot && (
        <MessageBar id="tpl-files-host-note" intent="info" layout="multiline">
          <MessageBarBody>{cannot}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {delivery.download && (
          <Button
            id="tpl-files-zip"
            appearance="primary"
            disabled={!ready}
            icon={busy ? <Spinner size="tiny" /> : undefined}
            onClick={() => void make("zip")}
          >
            {say("uiUnitFilesZip")}
          </Button>
        )}
        {delivery.openInExcel && (
          <Button
            id="tpl-files-open"
            appearance={delivery.download ? "secondary" : "primary"}
            disabled={!ready}
            onClick={() => void make("open")}
          >
            {say("uiUnitFilesOpen")}
          </Button>
        )}
        {busy && (
          <Button
            id="tpl-files-cancel"
            onClick={() => ((cancelled.current = true), setOutcome({ intent: "info", text: say("uiUnitFilesCancelling") }))}
          >
            {say("uiCancel")}
          </Button>
        )}
      </div>
      {progress && (
        <div>
          <ProgressBar
            id="tpl-files-progress"
            value={progress.total > 0 ? progress.done / progress.total : 0}
            aria-label={say("uiUnitFilesMaking", progress)}
          />
          <Caption1 id="tpl-files-count">{say("uiUnitFilesMaking", progress)}</Caption1>
        </div>
      )}
      <OutcomeBar id="tpl-files-status" outcome={outcome} />
    </section>
  );
}
