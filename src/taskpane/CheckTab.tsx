/**
 * "Kiểm tra / Check": validates the open report sheet with the rules consolidation applies, lists what to fix,
 * and takes the user to the cell when they click a problem.
 */
import { Badge, Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useContext, useState, type ReactNode } from "react";
import type { Issue } from "../core/consolidation/report";
import type { MessageKey } from "../core/i18n/messages";
import type { SheetCheck } from "../excel/check-sheet";
import type { PaneServices } from "./services";
import { LangContext, OutcomeBar, reasonOf, useFormStyles, useSay, useTask, type Outcome } from "./ui";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  where: { fontWeight: tokens.fontWeightSemibold },
  // One width for "Cần sửa" and "Cảnh báo", so the problems line up.
  badge: { minWidth: "5.5em", flexShrink: 0 },
});

function summary(check: SheetCheck, say: ReturnType<typeof useSay>): Outcome {
  if (!check.isTemplate) return { intent: "warning", text: say("uiCheckNotTemplate", { sheet: check.sheet }) };
  const rejected = check.issues.filter((i) => i.rejected).length;
  const warnings = check.issues.length - rejected;
  // An unfilled template is "not filled yet", whatever else is listed: never "ready to send".
  if (check.empty && rejected === 0) return { intent: "warning", text: say("uiCheckEmpty", { sheet: check.sheet, rows: check.rowsRead }) };
  if (check.issues.length === 0) return { intent: "success", text: say("uiCheckClean", { sheet: check.sheet, rows: check.rowsRead }) };
  return {
    intent: rejected > 0 ? "error" : "warning",
    text: say("uiCheckProblems", {
      sheet: check.sheet,
      rows: check.rowsRead,
      rejected: check.sheetRejected ? check.rowsRead : rejected,
      warnings,
    }),
  };
}

export function CheckTab(props: { services: PaneServices }): ReactNode {
  const say = useSay();
  const lang = useContext(LangContext);
  const styles = { ...useFormStyles(), ...useStyles() };
  const [check, setCheck] = useState<SheetCheck | null>(null);
  const [failure, setFailure] = useState<Outcome | null>(null);
  const { busy, perform } = useTask((outcome) => (setCheck(null), setFailure(outcome)));

  const run = () => {
    setFailure(null);
    return perform("uiCheckFailed", async () => setCheck(await props.services.checkActiveSheet()));
  };
  const goTo = (issue: Issue) => {
    props.services
      .selectCell(issue.origin.sheet, issue.cell)
      .catch((error: unknown) => setFailure({ intent: "error", text: say("uiCheckFailed"), detail: reasonOf(error) }));
  };
  const issues = check?.isTemplate ? check.issues : [];

  return (
    <div className={styles.form}>
      <p className={styles.intro}>{say("uiCheckIntro")}</p>
      <div className={styles.actions}>
        <Button
          id="chk-run"
          appearance="primary"
          onClick={() => void run()}
          disabled={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? say("uiChecking") : say("uiCheckRun")}
        </Button>
      </div>
      <OutcomeBar id="chk-status" outcome={failure ?? (check && summary(check, say))} />
      {issues.length > 0 && (
        <ul className={styles.list} id="chk-issues" aria-label={say("uiTabCheck")}>
          {issues.map((issue, i) => (
            <li key={`${issue.cell}-${i}`}>
              <Button
                className={styles.item}
                appearance="subtle"
                disabled={issue.cell === ""}
                onClick={() => goTo(issue)}
                aria-label={`${say("uiGoToCell", { cell: issue.cell })}: ${issue.text?.[lang] ?? issue.message}`}
              >
                <Badge className={styles.badge} appearance="tint" color={issue.rejected ? "danger" : "warning"}>
                  {issue.rejected ? say("uiMustFix") : say("uiWarning")}
                </Badge>
                <span className={styles.body}>
                  <span className={styles.where}>
                    {[issue.cell, issue.code, say(`kind_${issue.kind}` as MessageKey)].filter(Boolean).join(" · ")}
                  </span>
                  <Caption1>{issue.text?.[lang] ?? issue.message}</Caption1>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
