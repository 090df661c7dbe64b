"use client";

import { useLocale, useTranslations } from "next-intl";
import { conditionKey, ruleKey, vendorQuestionKey } from "@/lib/domain/catalogue/message-keys";
import { countedApart, firstActions, keyFigures, type TAction, type TActionReader, type TEvaluation } from "@/lib/domain/engine";
import { countedApartItems } from "@/lib/i18n/counted-apart";
import { isLocale } from "@/lib/i18n/locales";
import { SeverityBadge } from "../ui/severity-badge";
import styles from "./result-summary.module.css";

type TTranslate = ReturnType<typeof useTranslations>;

/** Where the page explains an action: the confirmed risk, or the question it raises. */
const targetOf = (a: TAction) =>
  a.kind === "blockUnknown" || a.kind === "vendorLetter" ? "#vendor-heading" : a.kind === "remediation" ? `#finding-${a.ruleId}` : `#unknown-${a.ruleId}`;

/** An action in the reader's words: the school acts, a parents' association asks. */
function actionText(t: TTranslate, a: TAction, reader: TActionReader): string {
  if (a.kind === "blockUnknown") return t("Conditions.blockUnknown");
  if (a.kind === "vendorLetter") return t("Conditions.vendorLetter", { count: a.ruleIds.length });
  if (reader === "school") return t(a.kind === "schoolAction" ? ruleKey(a.ruleId, "schoolAction") : conditionKey(a));
  if (a.kind === "schoolAction") return t("ResultPage.ask.school", { question: t(ruleKey(a.ruleId, "question")) });
  if (a.kind === "vendorQuestion") return t("ResultPage.ask.vendor", { question: t(vendorQuestionKey(a.ruleId, "parents")) });
  return t("ResultPage.ask.raise", { remediation: t(conditionKey(a)) });
}

/** The result in short: the key figures (the report's own), the few things to do first (a severity beside a confirmed risk only), the DPIA status. */
export function ResultSummary({ evaluation, reader }: { evaluation: TEvaluation; reader: TActionReader }) {
  const t = useTranslations();
  const locale = useLocale();
  const figures = keyFigures(evaluation);
  const apart = countedApartItems(t, isLocale(locale) ? locale : "fr", countedApart(evaluation), {
    gate: "ResultPage.apartGate",
    dpia: "ResultPage.apartDpia",
  });
  const first = firstActions(evaluation, reader);
  const shown: [string, string][] = [
    [t("ResultPage.figures.confirmed"), String(figures.confirmed)],
    [t("ResultPage.figures.unknown"), String(figures.unknown)],
    [t("ResultPage.figures.vendorQuestions"), String(figures.vendorQuestions)],
    [t(reader === "parents" ? "ResultPage.figures.parentsSchoolActions" : "ResultPage.figures.schoolActions"), String(figures.schoolActions)],
    [t("ResultPage.figures.dpia"), t(`ResultPage.dpiaStatus.${figures.dpiaListed ? "listed" : figures.dpia}`)],
  ];
  return (
    <section aria-labelledby="summary-heading" className={styles.summary}>
      <h2 id="summary-heading">{t("ResultPage.summaryHeading")}</h2>
      <dl className={`${styles.figures} key-figures`} aria-label={t("ResultPage.figuresCaption")}>
        {shown.map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {apart !== null && <p className={styles.more}>{t("ResultPage.figuresApart", { items: apart })}</p>}
      <h3 id="first-heading">{t(reader === "parents" ? "ResultPage.firstHeadingParents" : "ResultPage.firstHeading")}</h3>
      {first.length === 0 ? (
        <p>{t("ResultPage.firstEmpty")}</p>
      ) : (
        <>
          <ol className={`${styles.first} first-actions`}>
            {first.map((a) => (
              <li key={"ruleId" in a ? a.ruleId : a.kind} data-kind={a.kind}>
                {a.kind === "remediation" ? (
                  <>
                    <SeverityBadge severity={a.severity} />{" "}
                  </>
                ) : null}
                <a href={targetOf(a)}>{actionText(t, a, reader)}</a>
              </li>
            ))}
          </ol>
          <p className={styles.more}>{t("ResultPage.firstMore")}</p>
        </>
      )}
    </section>
  );
}
