import { sourceKey, type TReference, type TSource } from "../catalogue";
import { formatDate, formatNumber, intlLocale, safeSpaces } from "../i18n/format";
import type { TLocale } from "../i18n/locales";
import type { TTranslate } from "../i18n/translator";


/** "a, b and c" / "a, b et c". */
export const formatList = (locale: TLocale, items: readonly string[]) =>
  safeSpaces(new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" }).format(items));

/**
 * A source's date as precise as the catalogue knows it: "2017" stays a year, "2017-05" a month,
 * "2017-05-12" a full date. Month and year are read in UTC so that no time zone shifts them.
 */
export function formatSourceDate(locale: TLocale, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    return safeSpaces(month.format(new Date(`${iso}-01T00:00:00Z`)));
  }
  return formatDate(locale, `${iso}T12:00:00Z`);
}

/** "GDPR, art. 5(1)(b) and 28(3)(a) (27 April 2016)", with the Reference.* messages. */
export function formatReference(
  t: TTranslate,
  ref: TReference,
  sources: Readonly<Record<string, TSource>>,
): string {
  const source = t(sourceKey(ref.source));
  const articles = ref.articles ?? [];
  const reference =
    articles.length > 0 ? t("Reference.withArticles", { source, articles: formatList(t.locale, articles) }) : source;
  const date = sources[ref.source]?.date;
  return date === undefined ? reference : t("Reference.dated", { reference, date: formatSourceDate(t.locale, date) });
}

/** "3 / 20". */
export const formatFraction = (locale: TLocale, n: number, of: number) =>
  `${formatNumber(locale, n)}\u00a0/\u00a0${formatNumber(locale, of)}`;
