import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { answerLabel, questionLabel } from "@/components/saved/answer-label";
import styles from "@/components/saved/pages.module.css";
import { StorageUnavailable } from "@/components/saved/storage-unavailable";
import { readCompareIds } from "@/lib/domain/compare/compare-ids";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { domainKey, domainLabel, domainTone, severityKey, verdictKey } from "@/lib/domain/catalogue/message-keys";
import { COMPARE_MAX, COMPARE_MIN, compareView, type TCompareRow } from "@/lib/domain/compare/compare-view";
import { formatDate } from "@/lib/i18n/format";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { dpiaMessageOf } from "@/lib/domain/catalogue/message-keys";
import { readWithDb } from "@/lib/server/http/with-db";
import { getAssessment } from "@/lib/server/store/assessment-view";
import { systemClock } from "@/lib/server/store/clock";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Compare" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** `?ids=a,b&ids=c`: ids or read links, in order, blanks dropped. */
function readIds(raw: string | string[] | undefined): string[] {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(","));
  return values.map((v) => v.trim()).filter((v) => v !== "");
}

export default async function ComparePage({ params, searchParams }: TProps) {
  const { locale: rawLocale } = await params;
  const locale: TLocale = isLocale(rawLocale) ? rawLocale : "fr";
  const query = await searchParams;
  const t = await getTranslations({ locale });
  const given = readIds(query.ids);
  const onlyDiff = query.only === "diff";
  const read = readCompareIds(given);
  const ids = read.ids;
  const problems = given.length === 0 ? [] : read.problems.map((p) => (p.code === "compare_count" ? t("Compare.count", { min: COMPARE_MIN, max: COMPARE_MAX }) : t("Compare.badLink", { n: p.index + 1 })));

  let view: ReturnType<typeof compareView> | null = null;
  if (problems.length === 0 && ids.length >= COMPARE_MIN) {
    const data = await readWithDb((db) => Promise.all(ids.map((id) => getAssessment(db, id, systemClock))));
    if (!data.ok) return <StorageUnavailable />;
    data.value.forEach((v, i) => {
      if (v === null) problems.push(t("Compare.notFound", { n: i + 1 }));
    });
    if (problems.length === 0) {
      view = compareView(
        data.value.map((v) => ({ id: v!.id, document: v!.document, evaluation: v!.evaluation, evaluatedAt: v!.evaluatedAt })),
        CATALOGUE,
      );
    }
  }

  const slots = Array.from({ length: COMPARE_MAX }, (_, i) => given[i] ?? "");
  const cell = (row: TCompareRow, i: number) => {
    const c = row.cells[i];
    if (c === undefined) return null;
    if (c.notApplicable) return <span className={styles.muted}>{t("Compare.notApplicable")}</span>;
    return (
      <>
        {answerLabel(t, row.questionId, c.answer)}
        {c.severity !== null && (
          <>
            {" "}
            <span className={`badge badge--${c.severity}`}>{t(severityKey(c.severity))}</span>
          </>
        )}
      </>
    );
  };
  const rows = (list: readonly TCompareRow[]) =>
    list
      .filter((r) => !onlyDiff || r.differs)
      .map((r) => (
        <tr key={r.questionId} className={r.differs ? styles.differs : undefined}>
          <th scope="row">
            <span className="question__id">{r.questionId}</span> {questionLabel(t, r.questionId)}
            {r.differs && <span className={styles.differsMark}>{t("Compare.differs")}</span>}
          </th>
          {view!.columns.map((col, i) => (
            <td key={col.id}>{cell(r, i)}</td>
          ))}
        </tr>
      ));
  const head = (caption: string) => (
    <>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("Compare.colQuestion")}</th>
          {view!.columns.map((c) => (
            <th scope="col" key={c.id}>
              {c.serviceName}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );

  return (
    <main id="main" tabIndex={-1} className="main">
      <h1>{t("Compare.title")}</h1>
      <p className="lead">{t("Compare.intro", { min: COMPARE_MIN, max: COMPARE_MAX })}</p>
      {problems.length > 0 && (
        <div className={styles.problems} role="alert" aria-labelledby="compare-problems">
          <h2 id="compare-problems">{t("Compare.problemsTitle")}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" action={`/${locale}/compare`} className={styles.card} aria-labelledby="compare-form-title">
        <h2 id="compare-form-title">{t("Compare.formTitle")}</h2>
        <p className="field__hint">{t("Compare.formHint")}</p>
        {slots.map((value, i) => (
          <div className={styles.inlineForm} key={i}>
            <label htmlFor={`compare-${i}`}>{t("Compare.slot", { n: i + 1, required: i < COMPARE_MIN ? "yes" : "no" })}</label>
            <input id={`compare-${i}`} name="ids" type="text" defaultValue={value} className="field__input" autoComplete="off" required={i < COMPARE_MIN} />
          </div>
        ))}
        <div className="option">
          <input id="compare-only" type="checkbox" name="only" value="diff" defaultChecked={onlyDiff} />
          <label htmlFor="compare-only">{t("Compare.onlyDiff")}</label>
        </div>
        <p>
          <button type="submit" className="button button--primary">
            {t("Compare.submit")}
          </button>
        </p>
      </form>

      {view !== null && (
        <>
          <section aria-labelledby="compare-summary">
            <h2 id="compare-summary">{t("Compare.summary")}</h2>
            <div className="table-wrap">
              <table className={styles.compare}>
                <caption>{t("Compare.summaryCaption", { count: view.columns.length })}</caption>
                <thead>
                  <tr>
                    <td />
                    {view.columns.map((c) => (
                      <th scope="col" key={c.id}>
                        <a href={`/${locale}/assessments/${c.id}`}>{c.serviceName}</a>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t("Compare.vendor")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id}>{c.vendor ?? t("SavedAssessment.none")}</td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("Result.verdictHeading")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id} data-verdict={c.verdict}>
                        <strong>{t(verdictKey(c.verdict, "label", c.basis))}</strong>
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("ResultPage.figures.confirmed")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id} data-confirmed={c.findings.confirmed}>
                        {c.findings.confirmed}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("ResultPage.figures.unknown")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id}>{c.findings.unknown}</td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("Compare.dpia")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id}>{t(`Report.dpia.${dpiaMessageOf({ status: c.dpia, listed: c.dpiaListed })}`)}</td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("Compare.sources")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id} data-sources={`${c.sourcing.sourced}/${c.sourcing.answered}`}>
                        {t("Evidence.fraction", { sourced: c.sourcing.sourced, answered: c.sourcing.answered })}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("Compare.evaluatedAt")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id}>{formatDate(locale, c.evaluatedAt)}</td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t("Compare.catalogueVersion")}</th>
                    {view.columns.map((c) => (
                      <td key={c.id}>{c.catalogueVersion}</td>
                    ))}
                  </tr>
                  {view.domains.map((d) => (
                    <tr key={d.id} className={d.statuses.some((s) => s !== d.statuses[0]) ? styles.differs : undefined}>
                      <th scope="row">{t(domainKey(d.id, "title"))}</th>
                      {d.results.map((r, i) => (
                        <td key={view.columns[i]?.id ?? i}>
                          {r === null ? (
                            t("Compare.notAssessed")
                          ) : (
                            <>
                              <span className={`status status--${domainTone(r)}`}>{domainLabel(t, r)}</span>{" "}
                              {t("Result.points", { points: d.points[i] ?? 0, max: d.max[i] ?? 0 })}
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="compare-context">
            <h2 id="compare-context">{t(domainKey("CTX", "title"))}</h2>
            <div className="table-wrap">
              <table className={styles.compare}>
                {head(t("Compare.rulesCaption", { domain: t(domainKey("CTX", "title")) }))}
                <tbody>{rows(view.context)}</tbody>
              </table>
            </div>
          </section>
          {view.domains.map((d) => {
            const body = rows(d.rules);
            return (
              <section key={d.id} aria-labelledby={`compare-${d.id}`}>
                <h2 id={`compare-${d.id}`}>
                  {t(domainKey(d.id, "title"))}
                  {d.differs ? ` · ${t("Compare.differs")}` : ""}
                </h2>
                {body.length === 0 ? (
                  <p>{t("Compare.noDifference")}</p>
                ) : (
                  <div className="table-wrap">
                    <table className={styles.compare}>
                      {head(t("Compare.rulesCaption", { domain: t(domainKey(d.id, "title")) }))}
                      <tbody>
                        <Fragment>{body}</Fragment>
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            );
          })}
        </>
      )}
    </main>
  );
}
