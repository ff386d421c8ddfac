/**
 * The task pane: header, language switch, four tabs. Panels stay mounted when hidden, so a check's results or a
 * consolidation in progress survive switching tabs. Ribbon commands switch tabs through tabs.ts.
 */
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { t, type Lang, type MessageKey } from "../core/i18n/messages";
import { CheckTab } from "./CheckTab";
import { ConsolidateTab } from "./ConsolidateTab";
import { PlanTab } from "./PlanTab";
import type { PaneServices } from "./services";
import { onShowTab, TAB_IDS, type TabId } from "./tabs";
import { TemplatesTab } from "./TemplatesTab";
import { LangContext, LanguageSelect } from "./ui";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}` },
  titleRow: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, color: tokens.colorBrandForeground1 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  lang: { minWidth: "7.5em" },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  panel: { padding: tokens.spacingHorizontalM },
  notice: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, width: "auto" },
});

const TAB_LABEL = { templates: "uiTabTemplates", check: "uiTabCheck", consolidate: "uiTabConsolidate", plan: "uiTabPlan" } as const;

/** notice: a message shown above the tabs (the pane open outside Excel, from boot.ts). */
export function App(props: { services: PaneServices; today?: Date; notice?: MessageKey }): ReactNode {
  const { services } = props;
  const today = props.today ?? new Date();
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => services.initialLanguage());
  const [tab, setTab] = useState<TabId>("templates");
  useEffect(() => onShowTab(setTab), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t("uiTitle", {}, lang)} · 337/QĐ-UBND`;
  }, [lang]);
  const choose = (next: Lang) => {
    setLang(next);
    services.saveLanguage(next);
  };
  const say = (key: Parameters<typeof t>[0]) => t(key, {}, lang);

  return (
    <FluentProvider theme={services.darkTheme() ? webDarkTheme : webLightTheme} className={styles.root} lang={lang}>
      <LangContext.Provider value={lang}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <Title3 as="h1" className={styles.title}>
              {say("uiTitle")}
            </Title3>
            <LanguageSelect id="ui-lang" className={styles.lang} size="small" label={say("uiLanguage")} value={lang} onChange={choose} />
          </div>
          <Caption1 className={styles.subtitle}>{say("uiSubtitle")}</Caption1>
        </header>
        {props.notice && (
          <MessageBar id="pane-notice" intent="warning" layout="multiline" className={styles.notice}>
            <MessageBarBody>{say(props.notice)}</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
          aria-label={say("uiTabs")}
          size="small"
        >
          {TAB_IDS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {say(TAB_LABEL[id])}
            </Tab>
          ))}
        </TabList>
        {TAB_IDS.map((id) => (
          <main key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={tab !== id} className={styles.panel}>
            {id === "templates" && <TemplatesTab services={services} today={today} />}
            {id === "check" && <CheckTab services={services} />}
            {id === "consolidate" && <ConsolidateTab services={services} today={today} active={tab === "consolidate"} />}
            {id === "plan" && <PlanTab />}
          </main>
        ))}
      </LangContext.Provider>
    </FluentProvider>
  );
}
