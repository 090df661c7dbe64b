import { appliesKey, referenceKey, SOURCES, sourceKey, type TReference, type TSource } from "../domain/catalogue";
import { formatDate, formatNumber, intlLocale, safeSpaces } from "./format";
import type { TLocale } from "./locales";
import type { TTranslate } from "./translator";


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

/**
 * "GDPR, art. 5(1)(b) and 28(3)(a) (27 April 2016)", with the Reference.* messages: the parts cited
 * (articles, recitals, an annex), the text's date, and how settled it is (reported or pending, as of
 * the date it was checked) or that it is cited for the record only.
 */
export function formatReference(
  t: TTranslate,
  ref: TReference,
  sources: Readonly<Record<string, TSource>>,
): string {
  const list = (items: readonly string[] | undefined) => (items === undefined || items.length === 0 ? null : formatList(t.locale, items));
  const articles = list(ref.articles);
  const recitals = list(ref.recitals);
  const parts = [
    t(sourceKey(ref.source)),
    ...(articles === null ? [] : [t(referenceKey("articles"), { articles })]),
    ...(recitals === null ? [] : [t(referenceKey("recitals"), { recitals })]),
    ...(ref.annex === undefined ? [] : [t(referenceKey("annex"), { annex: ref.annex })]),
  ];
  const source = sources[ref.source];
  const cited = parts.join(", ");
  const dated = source?.date === undefined ? cited : t(referenceKey("dated"), { reference: cited, date: formatSourceDate(t.locale, source.date) });
  const settled =
    source?.status === undefined
      ? dated
      : t(referenceKey(source.status), { reference: dated, checked: formatSourceDate(t.locale, source.checked ?? "") });
  return ref.role === "history" ? t(referenceKey("history"), { reference: settled }) : settled;
}

/**
 * When the obligation behind a rule applies: "Applies since 2 February 2025." or, for a date still
 * ahead of `today` (YYYY-MM-DD), "Applies from 2 December 2027: until then, the remedy is good practice."
 */
export function formatApplies(
  t: TTranslate,
  appliesFrom: string | undefined,
  today: string,
  setBy?: string,
  sources: Readonly<Record<string, TSource>> = SOURCES,
): string | null {
  if (appliesFrom === undefined) return null;
  const date = formatSourceDate(t.locale, appliesFrom);
  const ahead = appliesFrom > today;
  const source = setBy === undefined ? undefined : sources[setBy];
  // A date set by an act not yet confirmed (reported, pending) is shown with that act and its status.
  if (setBy !== undefined && source?.status !== undefined) {
    return t(appliesKey(ahead ? "fromReported" : "sinceReported"), { date, source: formatReference(t, { source: setBy }, sources) });
  }
  return t(appliesKey(ahead ? "from" : "since"), { date });
}

/** "3 / 20". */
export const formatFraction = (locale: TLocale, n: number, of: number) =>
  `${formatNumber(locale, n)}\u00a0/\u00a0${formatNumber(locale, of)}`;
