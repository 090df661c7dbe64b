import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportFile } from "@/components/saved/import-file";
import styles from "@/components/saved/pages.module.css";
import { StartFrom } from "@/components/saved/start-from";
import { StorageUnavailable } from "@/components/saved/storage-unavailable";
import { verdictKey } from "@/lib/domain/catalogue/message-keys";
import { formatDate } from "@/lib/i18n/format";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { readWithDb } from "@/lib/server/http/with-db";
import { SCHOOL_QUESTIONS } from "@/lib/domain/assessment/start-from";
import { searchCatalogue } from "@/lib/server/store/publications";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "PublicCatalogue" });
  return { title: t("title") };
}

export default async function CataloguePage({ params, searchParams }: TProps) {
  const { locale: rawLocale } = await params;
  const locale: TLocale = isLocale(rawLocale) ? rawLocale : "fr";
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "")).trim().slice(0, 120);
  const t = await getTranslations({ locale });
  const data = await readWithDb((db) => searchCatalogue(db, q, 50));
  if (!data.ok) return <StorageUnavailable />;
  const items = data.value;

  return (
    <main id="main" tabIndex={-1} className="main">
      <div className="result">
        <h1>{t("PublicCatalogue.title")}</h1>
        <p className="lead">{t("PublicCatalogue.intro")}</p>
        <form method="get" action={`/${locale}/catalogue`} role="search" className={styles.inlineForm}>
          <label htmlFor="catalogue-q">{t("PublicCatalogue.searchLabel")}</label>
          <div className={styles.row}>
            <input id="catalogue-q" name="q" type="search" defaultValue={q} className="field__input" autoComplete="off" />
            <button type="submit" className="button button--primary">
              {t("PublicCatalogue.searchButton")}
            </button>
          </div>
        </form>
        <section aria-labelledby="catalogue-results">
          <h2 id="catalogue-results">
            {q === "" ? t("PublicCatalogue.latest", { count: items.length }) : t("PublicCatalogue.results", { count: items.length, q })}
          </h2>
          {items.length === 0 ? (
            <p>{q === "" ? t("PublicCatalogue.emptyAll") : t("PublicCatalogue.empty")}</p>
          ) : (
            <ul className={styles.results}>
              {items.map((item) => (
                <li key={item.publicId}>
                  <h3>
                    <a href={`/${locale}/catalogue/${item.publicId}`}>{item.serviceName}</a>
                  </h3>
                  <p>
                    <strong data-verdict={item.verdict}>{t(verdictKey(item.verdict, "label", item.basis))}</strong>
                    {" · "}
                    {item.vendor ?? t("SavedAssessment.none")}
                    {item.schoolName !== null && ` · ${item.schoolName}`}
                    {" · "}
                    {t("PublicCatalogue.evaluatedOn", { date: formatDate(locale, item.evaluatedAt) })}
                  </p>
                  <p className="catalogue-sourcing" data-sourced={`${item.vendorSourcing.sourced}/${item.vendorSourcing.answered}`}>
                    {t("Evidence.vendorCount", { sourced: item.vendorSourcing.sourced, answered: item.vendorSourcing.answered })}
                  </p>
                  <div className="button-row">
                    <StartFrom publicId={item.publicId} service={item.serviceName} kept={item.carriedOver} reset={SCHOOL_QUESTIONS.length} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <ImportFile />
      </div>
    </main>
  );
}
