/**
 * "Tổng hợp / Consolidate" (for Sở Tài chính, formerly Sở KH&ĐT): this workbook's report sheets and/or picked
 * .xlsx files → progress → five new sheets (more when a list passes Excel's rows or a text its cell); then the
 * counts that matter (accepted, rejected, who is missing). A picked file that cannot be read is an Issues row.
 * Cancelling leaves the workbook as it was (the writer removes what it added).
 */
import { Button, Caption1, Checkbox, Field, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Consolidation } from "../core/consolidation/in-memory";
import { t, type Lang } from "../core/i18n/messages";
import type { ReportSheet } from "../excel/report-reader";
import type { ConsolidateRequest } from "./consolidate-request";
import type { PaneServices } from "./services";
import { otherPeriodSheets, proposePeriod } from "./sheet-periods";
import {
  LangContext,
  LanguageSelect,
  OutcomeBar,
  PeriodPicker,
  defaultPeriod,
  periodText,
  periodValid,
  reasonOf,
  useFormStyles,
  useSay,
  useTask,
  type Outcome,
  type PeriodValue,
} from "./ui";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "1fr auto", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`, margin: 0 },
  figure: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hidden: { display: "none" },
  sheetList: { display: "flex", flexDirection: "column", paddingInlineStart: tokens.spacingHorizontalL },
});

type Picked = ConsolidateRequest["files"][number];

function Counts(props: { result: Consolidation }): ReactNode {
  const say = useSay();
  const styles = useStyles();
  const { counts, submissions } = props.result;
  const rows: [string, number][] = [
    [say("uiConAccepted"), counts.accepted],
    [say("uiConRejected"), counts.rejected],
    [say("uiConUnits"), submissions.filter((s) => s.status !== "missing").length],
    [say("uiConLate"), submissions.filter((s) => s.status === "late").length],
    [say("uiConMissing"), counts.unitsMissing],
  ];
  return (
    <dl className={styles.counts} id="con-counts">
      {rows.map(([label, n]) => [
        <dt key={`${label}-t`}>{label}</dt>,
        <dd key={`${label}-d`} className={styles.figure}>
          {n}
        </dd>,
      ])}
    </dl>
  );
}

/** `active`: the tab is on screen; the list of report sheets is read again each time it comes into view. */
export function ConsolidateTab(props: { services: PaneServices; today: Date; active: boolean }): ReactNode {
  const say = useSay();
  const styles = { ...useFormStyles(), ...useStyles() };
  const [period, setPeriod] = useState(() => defaultPeriod(props.today, true));
  // Once the user picks a period, it is theirs: the sheets' period is no longer proposed over it.
  const [periodPicked, setPeriodPicked] = useState(false);
  const [sheets, setSheets] = useState<ReportSheet[]>([]);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [outputLang, setOutputLang] = useState<Lang>("vi");
  const [files, setFiles] = useState<Picked[]>([]);
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, perform } = useTask(setOutcome);
  const [result, setResult] = useState<Consolidation | null>(null);
  const cancelled = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const { services, active } = props;
  const lang = useContext(LangContext);
  const refresh = useCallback(() => {
    services
      .listReportSheets()
      .then(setSheets, (error: unknown) => setOutcome({ intent: "error", text: t("uiConListFailed", {}, lang), detail: reasonOf(error) }));
  }, [services, lang]);
  useEffect(() => {
    if (active) refresh();
  }, [active, refresh]);
  const chosenSheets = useMemo(() => sheets.filter((s) => !unticked.has(s.name)), [sheets, unticked]);
  const chosen = chosenSheets.map((s) => s.name);
  // The period the ticked sheets share (or most of them): proposed until the user picks one.
  useEffect(() => {
    const proposed = periodPicked ? null : proposePeriod(chosenSheets);
    if (proposed) setPeriod((current) => (periodText(current) === periodText(proposed) ? current : proposed));
  }, [chosenSheets, periodPicked]);
  const otherPeriods = otherPeriodSheets(chosenSheets, periodText(period));
  const pickPeriod = (p: PeriodValue) => {
    setPeriodPicked(true);
    setPeriod(p);
  };
  const allState = chosen.length === sheets.length ? true : chosen.length === 0 ? false : "mixed";
  const tick = (name: string, on: boolean) =>
    setUnticked((prev) => {
      const next = new Set(prev);
      if (on) next.delete(name);
      else next.add(name);
      return next;
    });

  const pickFiles = (list: FileList | null) =>
    setFiles([...(list ?? [])].map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) })));

  const run = async () => {
    if (chosen.length === 0 && files.length === 0) return setOutcome({ intent: "warning", text: say("paneNothingToConsolidate") });
    cancelled.current = false;
    setProgress(0);
    setResult(null);
    setOutcome({ intent: "info", text: say("uiConsolidating") });
    await perform("paneConsolidateFailed", async () => {
      const { result: done, written } = await services.consolidate({
        period: periodText(period),
        lang: outputLang,
        sheets: chosen,
        files,
        onProgress: (n, total) => setProgress(total > 0 ? n / total : 0),
        isCancelled: () => cancelled.current,
      });
      if (written.status === "cancelled") return setOutcome({ intent: "warning", text: say("paneCancelled") });
      setResult(done);
      const created = say("uiConDone", { sheets: written.sheets.join(", ") });
      // The Issues list's first sheet (it may go on to "Vấn đề (2)"… when longer than a sheet).
      const see = done.counts.rejected > 0 ? `\n${say("uiConSeeIssues", { sheet: written.lists.issues[0] ?? "" })}` : "";
      setOutcome({ intent: done.counts.rejected > 0 ? "warning" : "success", text: created + see });
    });
  };

  return (
    <form className={styles.form} onSubmit={(e) => void (e.preventDefault(), run())}>
      <p className={styles.intro}>{say("uiConsolidateIntro")}</p>
      <PeriodPicker id="con" value={period} onChange={pickPeriod} />
      {otherPeriods.length > 0 && (
        <Caption1 id="con-other-periods" role="note">
          {say("uiConOtherPeriods", { sheets: otherPeriods.join(", ") })}
        </Caption1>
      )}
      <div role="group" aria-labelledby="con-workbook">
        <Checkbox
          id="con-workbook"
          checked={sheets.length > 0 && allState}
          disabled={sheets.length === 0}
          onChange={(_, d) => setUnticked(d.checked === true ? new Set() : new Set(sheets.map((s) => s.name)))}
          label={sheets.length === 0 ? say("uiConNoSheets") : say("uiConWorkbook", { count: sheets.length })}
        />
        <div className={styles.sheetList} id="con-sheets">
          {sheets.map((s, i) => (
            <Checkbox
              key={s.name}
              id={`con-sheet-${i}`}
              checked={!unticked.has(s.name)}
              onChange={(_, d) => tick(s.name, d.checked === true)}
              label={`${s.name}${s.hidden ? ` ${say("uiConHidden")}` : ""} · ${s.period}`}
            />
          ))}
        </div>
      </div>
      <Field label={say("uiConFiles")}>
        <div>
          <input
            ref={fileInput}
            id="con-files"
            className={styles.hidden}
            type="file"
            multiple
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            onChange={(e) => pickFiles(e.currentTarget.files)}
          />
          <Button id="con-pick" onClick={() => fileInput.current?.click()} disabled={busy}>
            {say("uiConChoose")}
          </Button>
        </div>
      </Field>
      {files.length > 0 && (
        <div id="con-picked">
          <Caption1>{say("uiConFilesChosen", { count: files.length })}</Caption1>
          <ul className={styles.files}>
            {files.map((f) => (
              <li key={f.name}>
                <Caption1>{f.name}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label={say("uiOutputLang")}>
        <LanguageSelect id="con-lang" className={styles.fill} value={outputLang} onChange={setOutputLang} />
      </Field>
      <div className={styles.actions}>
        <Button
          id="con-run"
          type="submit"
          appearance="primary"
          disabled={busy || !periodValid(period)}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {say("uiConRun")}
        </Button>
        {busy && (
          <Button id="con-cancel" onClick={() => ((cancelled.current = true), setOutcome({ intent: "info", text: say("paneCancelling") }))}>
            {say("uiCancel")}
          </Button>
        )}
      </div>
      {busy && <ProgressBar id="con-progress" value={progress} aria-label={say("uiConsolidating")} />}
      <OutcomeBar id="con-status" outcome={outcome} />
      {result && <Counts result={result} />}
    </form>
  );
}
