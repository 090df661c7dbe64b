import { schoolInSentence } from "@/lib/i18n/french";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DecisionFacts } from "@/components/result/decision-facts";
import { ReportDownload } from "@/components/result/report-download";
import { readingSections, type TSectionLink } from "@/components/result/reading-sections";
import { ResultReading } from "@/components/result/result-reading";
import { Disclosure } from "@/components/ui/disclosure";
import { HistorySection } from "@/components/saved/history-section";
import { OwnerTools } from "@/components/saved/owner-tools";
import { VendorOnline } from "@/components/saved/vendor-online";
import { StorageUnavailable } from "@/components/saved/storage-unavailable";
import styles from "@/components/saved/pages.module.css";
import { CATALOGUE_VERSION } from "@/lib/domain/catalogue";
import { historyOf } from "@/lib/domain/history/diff-rounds";
import { formatDate } from "@/lib/i18n/format";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { isWellFormedId } from "@/lib/domain/ids";
import { readWithDb } from "@/lib/server/http/with-db";
import { getAssessment } from "@/lib/server/store/assessment-view";
import { listRounds } from "@/lib/server/store/assessments";
import { systemClock } from "@/lib/server/store/clock";
import { noteRead } from "@/lib/server/store/retention";
import { VerdictBanner } from "@/components/result/verdict-banner";
import { CatalogueChangeNotice } from "@/components/saved/catalogue-change-notice";
import { findingCounts, type TActionReader } from "@/lib/domain/engine";

/** The page's jump links: the result's sections, then the report and the decision recorded. */
const SECTIONS: Record<TActionReader, readonly TSectionLink[]> = {
  school: [...readingSections("school", "Evidence.sectionTitle"), ["download-heading", "Result.download.heading"], ["decision-heading", "Decision.saved.heading"]],
  parents: [...readingSections("parents", "Evidence.sectionTitle"), ["download-heading", "Result.download.heading"]],
};

type TProps = { params: Promise<{ locale: string; id: string }> };

async function load(id: string) {
  if (!isWellFormedId(id)) return { ok: true as const, value: null };
  return readWithDb(async (db) => {
    const view = await getAssessment(db, id, systemClock);
    if (view === null) return null;
    const rounds = await listRounds(db, id, systemClock);
    await noteRead(db, [id], systemClock);
    return { view, rounds };
  });
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "SavedAssessment" });
  const data = await load(id);
  const service = data.ok ? data.value?.view.document.service.name : undefined;
  return { title: service ? t("titleFor", { service }) : t("title"), robots: { index: false, follow: false } };
}

export default async function AssessmentPage({ params }: TProps) {
  const { locale: rawLocale, id } = await params;
  const locale: TLocale = isLocale(rawLocale) ? rawLocale : "fr";
  const data = await load(id);
  if (!data.ok) return <StorageUnavailable />;
  if (data.value === null) notFound();
  const { view, rounds } = data.value;
  const t = await getTranslations({ locale });
  const doc = view.document;
  const evaluation = view.evaluation;
  const date = (d: string) => formatDate(locale, d);
  const history = historyOf(rounds);
  const reader: TActionReader = doc.mode === "parents" ? "parents" : "school";

  return (
    <main id="main" tabIndex={-1} className="main">
      <div className="result">
        <p className="lead">{t("SavedAssessment.kicker", { round: view.round })}</p>
        <h1>{t("SavedAssessment.titleFor", { service: doc.service.name })}</h1>
        {view.origin !== null && (
          <p className={styles.origin}>
            {t("SavedAssessment.origin", {
              service: view.origin.serviceName,
              school: schoolInSentence(locale, view.origin.schoolName ?? ""),
              hasSchool: view.origin.schoolName ? "yes" : "no",
              published: date(view.origin.publishedAt),
              copied: date(view.origin.copiedAt),
            })}
          </p>
        )}
        <VerdictBanner
          verdict={evaluation.verdict}
          basis={evaluation.basis}
          confirmedVerdict={evaluation.confirmedVerdict}
          mode={doc.mode}
          prohibited={evaluation.prohibited}
          confirmedRisks={findingCounts(evaluation.findings).confirmed > 0}
        />
        {/* As on the report's cover: a parents' reading is not the school's decision. */}
        {doc.mode === "parents" && <p className={styles.notice}>{t("Report.cover.parents.disclaimer")}</p>}

        {view.reviewDue && (
          <div className={`${styles.notice} ${styles.overdue}`} role="note" aria-labelledby="overdue-title">
            <p id="overdue-title">
              <strong>{t("SavedAssessment.overdueTitle")}</strong>
            </p>
            <p>{t("SavedAssessment.overdue", { date: date(view.reviewDate) })}</p>
          </div>
        )}
        {view.catalogueVersion !== CATALOGUE_VERSION && <CatalogueChangeNotice version={view.catalogueVersion} answers={doc.answers} />}

        <ResultReading evaluation={evaluation} reader={reader} answers={doc.answers} sourcing={doc} sources={doc} sections={SECTIONS[reader]} tools={<ReportDownload document={doc} />} />

        {/* A parents' association does not decide for the school (the schema refuses a decision in its documents). */}
        {doc.mode === "parents" ? null : <DecisionFacts decision={doc.decision} />}

        <OwnerTools
          id={view.id}
          service={doc.service.name}
          version={view.version}
          round={view.round}
          reviewDate={view.reviewDate}
          reviewDateSet={view.reviewDateSet}
          published={view.publication === null ? null : { publicUrl: `/${locale}/catalogue/${view.publication.publicId}`, showSchool: view.publication.showSchool }}
          hasSchool={Boolean(doc.school?.name)}
        />
        <VendorOnline id={view.id} version={view.version} document={doc} vendorRequest={view.vendorRequest} vendorResponse={view.vendorResponse} />

        <Disclosure headingId="facts-heading" title={t("SavedAssessment.factsHeading")}>
          <dl className={styles.facts}>
            <dt>{t("SavedAssessment.vendor")}</dt>
            <dd>{doc.service.vendor ?? t("SavedAssessment.none")}</dd>
            {doc.mode !== undefined && (
              <>
                <dt>{t("SavedAssessment.answeredBy")}</dt>
                <dd>{t(`Modes.${doc.mode}.label`)}</dd>
              </>
            )}
            {doc.school?.name && (
              <>
                <dt>{t("SavedAssessment.school")}</dt>
                <dd>{doc.school.name}</dd>
              </>
            )}
            <dt>{t("SavedAssessment.round")}</dt>
            <dd>{t("SavedAssessment.roundOf", { round: view.round, rounds: view.rounds })}</dd>
            <dt>{t("SavedAssessment.evaluatedAt")}</dt>
            <dd>{date(view.evaluatedAt)}</dd>
            <dt>{t("SavedAssessment.updatedAt")}</dt>
            <dd>{date(view.updatedAt)}</dd>
            <dt>{t("SavedAssessment.reviewDate")}</dt>
            <dd>
              {date(view.reviewDate)}
              {view.reviewDue && <strong className={`status status--fail ${styles.due}`}>{t("SavedAssessment.due")}</strong>}
            </dd>
            <dt>{t("SavedAssessment.catalogueVersion")}</dt>
            <dd>{view.catalogueVersion}</dd>
            <dt>{t("SavedAssessment.publication")}</dt>
            <dd>
              {view.publication === null ? (
                t("SavedAssessment.notPublished")
              ) : (
                <a href={`/${locale}/catalogue/${view.publication.publicId}`}>{t("SavedAssessment.publishedOn", { date: date(view.publication.publishedAt) })}</a>
              )}
            </dd>
          </dl>
        </Disclosure>

        <Disclosure headingId="export-heading" title={t("SavedAssessment.exportHeading")}>
          <p>{t("SavedAssessment.exportIntro")}</p>
          <ul className={styles.exportList}>
            <li>
              <a href={`/api/assessments/${view.id}/export?lang=${locale}`} download>
                {t("SavedAssessment.exportJson")}
              </a>
            </li>
            <li>
              <a href={`/api/assessments/${view.id}/export?format=pia&lang=${locale}`} download>
                {t("SavedAssessment.exportPia")}
              </a>
            </li>
          </ul>
        </Disclosure>

        <Disclosure headingId="compare-heading" title={t("SavedAssessment.compareHeading")}>
          <form method="get" action={`/${locale}/compare`} className={styles.inlineForm}>
            <input type="hidden" name="ids" value={view.id} />
            <label htmlFor="compare-with">{t("SavedAssessment.compareWith")}</label>
            <p className="field__hint" id="compare-with-hint">
              {t("SavedAssessment.compareHint")}
            </p>
            <div className={styles.row}>
              <input id="compare-with" name="ids" type="text" required className="field__input" aria-describedby="compare-with-hint" autoComplete="off" />
              <button type="submit" className="button button--secondary">
                {t("SavedAssessment.compareButton")}
              </button>
            </div>
          </form>
        </Disclosure>
        <HistorySection locale={locale} rounds={rounds} history={history} />
        <p className="result__method">{t("Result.method", { version: evaluation.catalogueVersion })}</p>
      </div>
    </main>
  );
}
