import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import type { TDecision } from "@/lib/domain/schema";
import styles from "@/components/saved/pages.module.css";

/** The head of school's decision as recorded in a saved assessment (or that none is). */
export function DecisionFacts({ decision }: { decision: TDecision | undefined }) {
  const t = useTranslations("Decision");
  const locale = useLocale() as TLocale;
  const date = (d: string) => formatDate(locale, d);
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("saved.heading")}</h2>
      {decision === undefined ? (
        <p>{t("saved.none")}</p>
      ) : (
        <>
          <p>
            <strong>{t("form.recorded", { outcome: t(`outcomes.${decision.outcome}`), date: date(decision.date) })}</strong>
          </p>
          <dl className={styles.facts}>
            <dt>{t("saved.by")}</dt>
            <dd>{decision.by.role === undefined ? decision.by.name : `${decision.by.name}, ${decision.by.role}`}</dd>
            {decision.conditions !== undefined && (
              <>
                <dt>{t("saved.conditions")}</dt>
                <dd>
                  <ul>
                    {decision.conditions.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {decision.reason !== undefined && (
              <>
                <dt>{t("saved.reason")}</dt>
                <dd>{decision.reason}</dd>
              </>
            )}
            <dt>{t("saved.dpd")}</dt>
            <dd>
              {!decision.dpd.consulted
                ? t("saved.dpdNotConsulted")
                : decision.dpd.date === undefined
                  ? t("saved.dpdConsultedNoDate")
                  : t("saved.dpdConsulted", { date: date(decision.dpd.date) })}
              {decision.dpd.consulted && decision.dpd.name !== undefined ? <p>{t("saved.dpdName", { name: decision.dpd.name })}</p> : null}
              {decision.dpd.consulted && decision.dpd.favourable !== undefined ? <p>{t(decision.dpd.favourable ? "saved.favourable" : "saved.unfavourable")}</p> : null}
              {decision.dpd.opinion === undefined ? null : <p>{decision.dpd.opinion}</p>}
            </dd>
            {decision.boardDate !== undefined && (
              <>
                <dt>{t("saved.board")}</dt>
                <dd>{date(decision.boardDate)}</dd>
              </>
            )}
            {decision.reviewDate !== undefined && (
              <>
                <dt>{t("saved.review")}</dt>
                <dd>{date(decision.reviewDate)}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
