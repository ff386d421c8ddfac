/**
 * Small pieces every tab uses: the language in effect (a React context, so no tab threads it by hand), the period
 * picker, and the result message. Text is always rendered by React as text, never as HTML.
 */
import { Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { createContext, useContext, useState, type ReactNode } from "react";
import { t, type Lang, type MessageKey, type MessageParams } from "../core/i18n/messages";
import { parseReportPeriod } from "../core/plan/calendar";

export const LangContext = createContext<Lang>("vi");

/** The message catalog in the pane's language. */
export function useSay(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useContext(LangContext);
  return (key, params = {}) => t(key, params, lang);
}

export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // A <select> is as wide as its longest option (long unit names): hold it to the pane's width.
  fill: { width: "100%", minWidth: 0, "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" } },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", "> *:first-child": { flexGrow: 1 } },
  year: { width: "6.5em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  intro: { color: tokens.colorNeutralForeground2 },
  prewrap: { whiteSpace: "pre-wrap" },
});

export interface PeriodValue {
  kind: "H1" | "annual";
  year: string;
}

export const periodText = (p: PeriodValue): string => `${p.year}-${p.kind}`;
export const periodValid = (p: PeriodValue): boolean => /^\d{4}$/.test(p.year) && parseReportPeriod(periodText(p)) !== null;

/** The period the user most likely means today: the report being prepared (before 5 June: six-month). */
export function defaultPeriod(today: Date, compiling = false): PeriodValue {
  const m = today.getMonth();
  // Units fill the six-month report in the first half; the focal department compiles it from June to November.
  const kind = compiling ? (m >= 5 && m < 11 ? "H1" : "annual") : m < 6 ? "H1" : "annual";
  return { kind, year: String(today.getFullYear()) };
}

export function PeriodPicker(props: { id: string; value: PeriodValue; onChange: (p: PeriodValue) => void }): ReactNode {
  const say = useSay();
  const styles = useFormStyles();
  const { value, onChange } = props;
  const yearOk = periodValid(value);
  return (
    <div className={styles.row}>
      <Field label={say("uiPeriodKind")}>
        <Select
          id={`${props.id}-kind`}
          className={styles.fill}
          value={value.kind}
          onChange={(_, d) => onChange({ ...value, kind: d.value as PeriodValue["kind"] })}
        >
          <option value="H1">{say("uiPeriodH1")}</option>
          <option value="annual">{say("uiPeriodAnnual")}</option>
        </Select>
      </Field>
      <Field label={say("uiYear")} validationMessage={yearOk ? undefined : say("uiBadYear")} validationState={yearOk ? "none" : "error"}>
        <Input
          id={`${props.id}-year`}
          className={styles.year}
          type="number"
          min={2017}
          max={2100}
          value={value.year}
          onChange={(_, d) => onChange({ ...value, year: d.value })}
        />
      </Field>
    </div>
  );
}

/** A choice between the two languages (the pane's, a template's, the consolidated sheets'). */
export function LanguageSelect(props: {
  id: string;
  value: Lang;
  onChange: (lang: Lang) => void;
  className?: string;
  size?: "small";
  label?: string;
}): ReactNode {
  return (
    <Select
      id={props.id}
      className={props.className}
      size={props.size}
      aria-label={props.label}
      value={props.value}
      onChange={(_, d) => props.onChange(d.value === "en" ? "en" : "vi")}
    >
      <option value="vi">Tiếng Việt</option>
      <option value="en">English</option>
    </Select>
  );
}

export interface Outcome {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  /** A technical reason, shown small under the plain-words message; never a stack trace. */
  detail?: string;
}

/** First line of an error's message: enough for support to recognise it, without a stack trace. */
export const reasonOf = (error: unknown): string => String(error instanceof Error ? error.message : error).split("\n")[0] ?? "";

export function OutcomeBar(props: { outcome: Outcome | null; id: string }): ReactNode {
  const styles = useFormStyles();
  const { outcome } = props;
  return (
    <div role="status" aria-live="polite" id={props.id}>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody className={styles.prewrap}>
            {outcome.text}
            {outcome.detail ? `\n(${outcome.detail})` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * A long operation a tab runs: `busy` while it runs (buttons disabled, spinner), and a failure turned into the
 * tab's plain-words message with the technical reason beside it — the same way in every tab.
 */
export function useTask(onFailure: (outcome: Outcome) => void): {
  busy: boolean;
  perform: (failure: MessageKey, body: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const say = useSay();
  const perform = async (failure: MessageKey, body: () => Promise<void>) => {
    setBusy(true);
    try {
      await body();
    } catch (error) {
      onFailure({ intent: "error", text: say(failure), detail: reasonOf(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, perform };
}
