import { getLocale, getTranslations } from "next-intl/server";
import { CATALOGUE_VERSION, changesSince } from "@/lib/domain/catalogue";
import { catalogueChangeKey, ruleKey } from "@/lib/domain/catalogue/message-keys";
import { formatList } from "@/lib/i18n/format-reference";
import { isLocale } from "@/lib/i18n/locales";
import styles from "./pages.module.css";

/**
 * Said once on an assessment made under an older catalogue: which questions were added since (they
 * read as unanswered), why, and where to answer them (the owner's tools open the form).
 */
export async function CatalogueChangeNotice({ version, answers }: { version: string; answers: Readonly<Partial<Record<string, string>>> }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const { added, reasons } = changesSince(version);
  const open = added.filter((id) => answers[id] === undefined);
  return (
    <section className={styles.notice} aria-labelledby="catalogue-change-heading">
      <h2 id="catalogue-change-heading">{t(catalogueChangeKey("heading"))}</h2>
      <p>
        {added.length === 0
          ? t(catalogueChangeKey("introNoQuestion"), { version, current: CATALOGUE_VERSION })
          : t(catalogueChangeKey("intro"), { version, current: CATALOGUE_VERSION, count: open.length })}
      </p>
      {open.length > 0 && (
        <ul>
          {open.map((id) => (
            <li key={id}>
              <span className="question__id">{id}</span> {t(ruleKey(id, "question"))}
            </li>
          ))}
        </ul>
      )}
      {reasons.length > 0 && (
        <p>{t(catalogueChangeKey("why"), { reasons: formatList(isLocale(locale) ? locale : "fr", reasons.map((r) => t(catalogueChangeKey(`reasons.${r}`)))) })}</p>
      )}
      <p>{t("SavedAssessment.outdated", { version, current: CATALOGUE_VERSION })}</p>
      <p>
        <a href="#owner-heading">{t(catalogueChangeKey("answer"))}</a>
      </p>
    </section>
  );
}
