/**
 * Starting the pane without ever hanging on "Đang tải…": waits for Office.js, then says which of four things went
 * wrong, in both languages (the display language is not known without Office) and with what to do:
 * - office.js never arrived: Microsoft's CDN blocked (a proxy, no internet) and this host's copy too;
 * - Office did not say ready within a few seconds: the page was not opened from Excel, or Office is stuck (if Office
 *   says ready later, the pane starts then);
 * - Office is ready but this is not Excel (the page opened in a plain browser): the pane starts with a notice, and
 *   what needs Excel says so when clicked (services.ts);
 * - Excel lacks a requirement set the add-in needs (too old): it is named, with the versions that work.
 */
import { t, type MessageKey, type MessageParams } from "../core/i18n/messages";

/** What the add-in needs of Excel: the manifest's SharedRuntime, and ExcelApi 1.8 (data validation, used by templates). */
const REQUIRED_SETS: readonly (readonly [string, string])[] = [
  ["SharedRuntime", "1.1"],
  ["ExcelApi", "1.8"],
];

/** How long Office may take to say ready before the pane says it is not. */
const READY_TIMEOUT_MS = 10_000;

type BootProblem = { kind: "noOfficeJs" } | { kind: "notReady"; seconds: number } | { kind: "oldExcel"; missing: string[] };

interface BootHandlers {
  /** Excel with every required set. */
  ready(): void;
  /** Office.js is there but the host is not Excel (a browser outside Office, another Office application). */
  notExcel(): void;
  problem(problem: BootProblem): void;
}

type OfficeLike = {
  onReady?: () => Promise<{ host: unknown; platform?: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { requirements?: { isSetSupported?(name: string, version: string): boolean } };
};

export function boot(win: { Office?: unknown }, handlers: BootHandlers, timeoutMs = READY_TIMEOUT_MS): void {
  const office = win.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== "function") return handlers.problem({ kind: "noOfficeJs" });
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) handlers.problem({ kind: "notReady", seconds: Math.round(timeoutMs / 1000) });
  }, timeoutMs);
  office.onReady().then(
    (info) => {
      settled = true;
      clearTimeout(timer);
      if (!info || info.host == null || info.host !== (office.HostType?.Excel ?? "Excel")) return handlers.notExcel();
      const supported = (name: string, version: string) => {
        try {
          return office.context?.requirements?.isSetSupported?.(name, version) === true;
        } catch {
          return false;
        }
      };
      const missing = REQUIRED_SETS.filter(([name, version]) => !supported(name, version)).map(([name, version]) => `${name} ${version}`);
      if (missing.length > 0) handlers.problem({ kind: "oldExcel", missing });
      else handlers.ready();
    },
    () => {
      settled = true;
      clearTimeout(timer);
      handlers.problem({ kind: "noOfficeJs" });
    },
  );
}

const PROBLEM_MESSAGE: Record<BootProblem["kind"], MessageKey> = {
  noOfficeJs: "bootNoOfficeJs",
  notReady: "bootNotReady",
  oldExcel: "bootOldExcel",
};

/**
 * The problem, in Vietnamese then English, with a link to the help page; as text nodes only. Replaces what the
 * container held ("Đang tải…").
 */
export function showProblem(container: HTMLElement, problem: BootProblem): void {
  const doc = container.ownerDocument;
  const params: MessageParams =
    problem.kind === "notReady" ? { seconds: problem.seconds } : problem.kind === "oldExcel" ? { sets: problem.missing.join(", ") } : {};
  const section = doc.createElement("section");
  section.id = "boot-problem";
  section.className = "boot-problem";
  section.setAttribute("role", "alert");
  section.dataset.problem = problem.kind;
  for (const lang of ["vi", "en"] as const) {
    const block = doc.createElement("div");
    block.lang = lang;
    const title = doc.createElement("h1");
    title.textContent = t("bootTitle", {}, lang);
    const text = doc.createElement("p");
    text.textContent = t(PROBLEM_MESSAGE[problem.kind], params, lang);
    block.append(title, text);
    section.append(block);
  }
  const help = doc.createElement("a");
  help.href = "help.html";
  help.target = "_blank";
  help.rel = "noopener";
  help.id = "boot-help";
  help.textContent = `${t("bootHelp", {}, "vi")} · ${t("bootHelp", {}, "en")}`;
  const p = doc.createElement("p");
  p.append(help);
  section.append(p);
  container.replaceChildren(section);
}
