import { schoolInSentence } from "@/lib/i18n/french";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { readingSections, type TSectionLink } from "@/components/result/reading-sections";
import { ResultReading } from "@/components/result/result-reading";
import styles from "@/components/saved/pages.module.css";
import { StartFrom } from "@/components/saved/start-from";
import { StorageUnavailable } from "@/components/saved/storage-unavailable";
import { formatDate } from "@/lib/i18n/format";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { isWellFormedId } from "@/lib/domain/ids";
import { readWithDb } from "@/lib/server/http/with-db";
import { SCHOOL_QUESTIONS } from "@/lib/domain/assessment/start-from";
import { getPublicEntry } from "@/lib/server/store/publications";
import { VerdictBanner } from "@/components/result/verdict-banner";
import { findingCounts, type TActionReader } from "@/lib/domain/engine";

/** The entry's jump links: the result's sections (the vendor's sources only). */
const SECTIONS: Record<TActionReader, readonly TSectionLink[]> = {
  school: readingSections("school", "Evidence.vendorSectionTitle"),
  parents: readingSections("parents", "Evidence.vendorSectionTitle"),
};

type TProps = { params: Promise<{ locale: string; publicId: string }> };

const load = (publicId: string) =>
  isWellFormedId(publicId) ? readWithDb((db) => getPublicEntry(db, publicId)) : Promise.resolve({ ok: true as const, value: null });

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, publicId } = await params;
  const t = await getTranslations({ locale, namespace: "PublicCatalogue" });
  const data = await load(publicId);
  const service = data.ok ? data.value?.serviceName : undefined;
  return { title: service ? t("entryTitle", { service }) : t("title") };
}

export default async function PublicEntryPage({ params }: TProps) {
  const { locale: rawLocale, publicId } = await params;
  const locale: TLocale = isLocale(rawLocale) ? rawLocale : "fr";
  const data = await load(publicId);
  if (!data.ok) return <StorageUnavailable />;
  const entry = data.value;
  if (entry === null) notFound();
  const t = await getTranslations({ locale });
  const evaluation = entry.evaluation;
  const reader: TActionReader = entry.document.mode === "parents" ? "parents" : "school";
  return (
    <main id="main" tabIndex={-1} className="main">
      <div className="result">
        <p className="lead">{t("PublicCatalogue.kicker")}</p>
        <h1>{t("PublicCatalogue.entryTitle", { service: entry.serviceName })}</h1>
        <p>
          {t("PublicCatalogue.entryFacts", {
            vendor: entry.vendor ?? t("SavedAssessment.none"),
            school: schoolInSentence(locale, entry.schoolName ?? ""),
            hasSchool: entry.schoolName === null ? "no" : "yes",
            evaluated: formatDate(locale, entry.evaluatedAt),
            published: formatDate(locale, entry.updatedAt),
            version: entry.catalogueVersion,
          })}
        </p>
        <VerdictBanner
          verdict={evaluation.verdict}
          basis={evaluation.basis}
          confirmedVerdict={evaluation.confirmedVerdict}
          mode={entry.document.mode}
          prohibited={evaluation.prohibited}
          confirmedRisks={findingCounts(evaluation.findings).confirmed > 0}
        />
        {entry.document.mode === "parents" && <p className={styles.notice}>{t("Report.cover.parents.disclaimer")}</p>}
        <section className={styles.card} aria-labelledby="start-from-heading">
          <h2 id="start-from-heading">{t("PublicCatalogue.startHeading")}</h2>
          <p>{t("PublicCatalogue.startText")}</p>
          <div className="button-row">
            <StartFrom publicId={entry.publicId} service={entry.serviceName} kept={entry.carriedOver} reset={SCHOOL_QUESTIONS.length} />
          </div>
        </section>
        <ResultReading
          evaluation={evaluation}
          reader={reader}
          answers={entry.document.answers}
          sourcing={entry.document}
          sources={entry.document}
          vendorSourcesOnly
          sections={SECTIONS[reader]}
        />
        <p className="result__method">{t("Result.method", { version: evaluation.catalogueVersion })}</p>
      </div>
    </main>
  );
}
