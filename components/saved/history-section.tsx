import { getTranslations } from "next-intl/server";
import { domainKey, domainStatusKey, verdictKey } from "@/lib/domain/catalogue/message-keys";
import type { TRoundDiff } from "@/lib/domain/history/diff-rounds";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import type { TRoundView } from "@/lib/domain/assessment/saved";
import { textFieldKey } from "@/lib/domain/assessment/steps";
import { Disclosure } from "../ui/disclosure";
import { answerLabel, questionLabel } from "./answer-label";
import styles from "./pages.module.css";


/** Every round (frozen or current), folded under its heading, and, for each re-evaluation, what changed: verdict, domains, answers, details. */
export async function HistorySection({ locale, rounds, history }: { locale: TLocale; rounds: readonly TRoundView[]; history: readonly TRoundDiff[] }) {
  const t = await getTranslations({ locale });
  const date = (d: string) => formatDate(locale, d);
  const blank = t("History.blank");
  return (
    <Disclosure headingId="history-heading" title={t("History.heading", { count: rounds.length })}>
      <div className="table-wrap">
        <table className="domains">
          <caption>{t("History.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("History.colRound")}</th>
              <th scope="col">{t("History.colEvaluated")}</th>
              <th scope="col">{t("History.colVerdict")}</th>
              <th scope="col">{t("History.colCatalogue")}</th>
              <th scope="col">{t("History.colState")}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.round}>
                <th scope="row">{t("History.round", { round: r.round })}</th>
                <td>{date(r.evaluatedAt)}</td>
                <td>{t(verdictKey(r.verdict, "label", r.evaluation.basis))}</td>
                <td>{r.catalogueVersion}</td>
                <td>{r.frozenAt === null ? t("History.current") : t("History.frozen", { date: date(r.frozenAt) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {history.length === 0 ? (
        <p>{t("History.single")}</p>
      ) : (
        [...history].reverse().map((d) => {
          const nothing = d.answers.length === 0 && d.details.length === 0 && d.verdict === null && d.domains.length === 0;
          return (
            <section key={d.to} aria-labelledby={`history-${d.to}`} className={styles.diff}>
              <h3 id={`history-${d.to}`}>{t("History.changes", { from: d.from, to: d.to })}</h3>
              {nothing && <p>{t("History.noChange")}</p>}
              <ul>
                {d.verdict !== null && (
                  <li>
                    {t("History.verdictChange", { before: t(verdictKey(d.verdict.before, "label")), after: t(verdictKey(d.verdict.after, "label")) })}
                  </li>
                )}
                {d.catalogueVersion !== null && <li>{t("History.catalogueChange", { before: d.catalogueVersion.before, after: d.catalogueVersion.after })}</li>}
                {d.dpiaIndicator !== null && (
                  <li>{t("History.dpiaChange", { before: t(`Report.dpia.${d.dpiaIndicator.before}`), after: t(`Report.dpia.${d.dpiaIndicator.after}`) })}</li>
                )}
                {d.domains.map((c) => (
                  <li key={c.id}>
                    {t("History.domainChange", {
                      domain: t(domainKey(c.id, "title")),
                      before: c.before === null ? blank : t(domainStatusKey(c.before)),
                      after: c.after === null ? blank : t(domainStatusKey(c.after)),
                    })}
                  </li>
                ))}
                {d.details.map((c) => (
                  <li key={c.field}>
                    {t("History.detailChange", { field: t(`Form.fields.${textFieldKey(c.field)}.label`), before: c.before ?? blank, after: c.after ?? blank })}
                  </li>
                ))}
                {d.answers.map((c) => (
                  <li key={c.questionId}>
                    {t("History.answerChange", {
                      id: c.questionId,
                      question: questionLabel(t, c.questionId),
                      before: answerLabel(t, c.questionId, c.before),
                      after: answerLabel(t, c.questionId, c.after),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </Disclosure>
  );
}
