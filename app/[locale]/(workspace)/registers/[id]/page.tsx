import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import styles from "@/components/saved/pages.module.css";
import { RegisterActionsHeader, RegisterListStatus, RegisterOwner, RemoveEntryCell } from "@/components/saved/register-owner";
import { RegisterFilters } from "@/components/saved/register-filters";
import { RegisterTools } from "@/components/saved/register-tools";
import { StorageUnavailable } from "@/components/saved/storage-unavailable";
import { verdictKey } from "@/lib/domain/catalogue/message-keys";
import { formatDate } from "@/lib/i18n/format";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { isWellFormedId } from "@/lib/domain/ids";
import { filterRegisterEntries, readRegisterFilters } from "@/lib/domain/service-register/filter-entries";
import type { TRegisterExportFormat } from "@/lib/domain/service-register/filter-entries";
import { readWithDb } from "@/lib/server/http/with-db";
import { systemClock } from "@/lib/server/store/clock";
import { getRegister } from "@/lib/server/store/registers";

type TProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = (id: string) => (isWellFormedId(id) ? readWithDb((db) => getRegister(db, id, systemClock)) : Promise.resolve({ ok: true as const, value: null }));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "Register" });
  const data = await load(id);
  const name = data.ok ? data.value?.name : null;
  return { title: name ? t("titleFor", { name }) : t("title"), robots: { index: false, follow: false } };
}

/** Only the filters the form sends, blanks dropped (an empty select means "all"). */
function queryOf(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of ["q", "verdict", "reviewDue", "decision", "sort"]) {
    const v = raw[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value.trim() !== "") q.set(key, value.trim());
  }
  return q;
}

export default async function RegisterPage({ params, searchParams }: TProps) {
  const { locale: rawLocale, id } = await params;
  const locale: TLocale = isLocale(rawLocale) ? rawLocale : "fr";
  const query = queryOf(await searchParams);
  const data = await load(id);
  if (!data.ok) return <StorageUnavailable />;
  const register = data.value;
  if (register === null) notFound();
  const t = await getTranslations({ locale });
  const read = readRegisterFilters(query);
  const filters = read.ok ? read.filters : { sort: "added" as const };
  const entries = filterRegisterEntries(register.entries, filters);
  const date = (d: string) => formatDate(locale, d);
  // The downloads hold what the page shows: with filters it could not read, the whole register.
  const applied = read.ok ? [...query.entries()] : [];
  const exportHref = (format: TRegisterExportFormat) =>
    `/api/registers/${register.id}/export?${new URLSearchParams([...applied, ["format", format], ["lang", locale]]).toString()}`;

  return (
    <main id="main" tabIndex={-1} className="main">
      <h1>{register.name ? t("Register.titleFor", { name: register.name }) : t("Register.title")}</h1>
      <p className="lead">{t("Register.intro")}</p>
      <RegisterOwner id={register.id}>
        <RegisterTools name={register.name} />

        <section aria-labelledby="register-list">
          <h2 id="register-list">{t("Register.listHeading", { count: register.entries.length })}</h2>
          {!read.ok && (
            <p className={styles.error} role="alert">
              {t("Register.badFilters")}
            </p>
          )}
          <RegisterFilters action={`/${locale}/registers/${register.id}`} query={query} />
          <RegisterListStatus />
          {register.entries.length === 0 ? (
            <p>{t("Register.empty")}</p>
          ) : entries.length === 0 ? (
            <p>{t("Register.emptyFiltered")}</p>
          ) : (
            <div className="table-wrap">
              <table className={styles.compare}>
                <caption>{t("Register.caption", { count: entries.length, total: register.entries.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("Register.colService")}</th>
                    <th scope="col">{t("Register.colVendor")}</th>
                    <th scope="col">{t("Register.colVerdict")}</th>
                    <th scope="col">{t("Decision.register.column")}</th>
                    <th scope="col">{t("Evidence.listTitle")}</th>
                    <th scope="col">{t("Register.colEvaluated")}</th>
                    <th scope="col">{t("Register.colReview")}</th>
                    <RegisterActionsHeader />
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.assessmentId}>
                      <th scope="row">
                        <a href={`/${locale}/assessments/${e.assessmentId}`}>{e.serviceName}</a>
                      </th>
                      <td>{e.vendor ?? t("SavedAssessment.none")}</td>
                      <td data-verdict={e.verdict}>{t(verdictKey(e.verdict, "label", e.basis))}</td>
                      <td data-decision={e.decision?.outcome ?? "none"}>
                        {e.decision === null
                          ? t("Decision.register.none")
                          : t("Decision.register.cell", { outcome: t(`Decision.outcomes.${e.decision.outcome}`), date: date(e.decision.date) })}
                      </td>
                      <td data-sources={`${e.sourcing.sourced}/${e.sourcing.answered}`}>
                        <span aria-hidden="true">{t("Evidence.fraction", { sourced: e.sourcing.sourced, answered: e.sourcing.answered })}</span>
                        <span className="visually-hidden">{t("Evidence.fractionLabel", { sourced: e.sourcing.sourced, answered: e.sourcing.answered })}</span>
                      </td>
                      <td>{t("Register.evaluated", { date: date(e.evaluatedAt), round: e.round })}</td>
                      <td>
                        {date(e.reviewDate)}
                        {e.reviewDue && (
                          <>
                            {" "}
                            <strong className="status status--fail">{t("SavedAssessment.due")}</strong>
                          </>
                        )}
                      </td>
                      <RemoveEntryCell assessmentId={e.assessmentId} service={e.serviceName} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="button-row">
            <a href={exportHref("csv")} download className="button button--secondary">
              {t("Register.exportCsv")}
            </a>
            <a href={exportHref("pdf")} download className="button button--secondary">
              {t("Register.exportPdf")}
            </a>
          </p>
        </section>
      </RegisterOwner>
    </main>
  );
}
