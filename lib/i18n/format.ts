import type { TLocale } from "./locales";

/** U+202F (French narrow no-break space) has no glyph in most fonts: use U+00A0 instead. */
export const safeSpaces = (s: string) => s.replace(/\u202f/g, "\u00a0");

export const formatNumber = (locale: TLocale, n: number) => safeSpaces(new Intl.NumberFormat(locale).format(n));

/** Dates and lists in British English, like the English text ("2 December 2026", "a, b and c"). */
const INTL_LOCALES: Record<TLocale, string> = { fr: "fr-FR", en: "en-GB" };
export const intlLocale = (locale: TLocale) => INTL_LOCALES[locale];

/** A day in words, in Paris time; in French the first of the month is "1er" ("1er janvier 2027"). */
export function formatDate(locale: TLocale, d: Date | string): string {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Europe/Paris" }).formatToParts(new Date(d));
  return safeSpaces(parts.map((p) => (locale === "fr" && p.type === "day" && p.value === "1" ? "1er" : p.value)).join(""));
}

export const formatPercent = (locale: TLocale, ratio: number) =>
  safeSpaces(new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio));

/** Between the parts of a list written as one sentence: French puts a no-break space before ";". */
export const clauseSeparator = (locale: TLocale) => (locale === "fr" ? "\u00a0; " : "; ");
