import type { TLocale } from "./locales";

/** U+202F (French narrow no-break space) has no glyph in most fonts: use U+00A0 instead. */
const safeSpaces = (s: string) => s.replace(/\u202f/g, "\u00a0");

export const formatNumber = (locale: TLocale, n: number) => safeSpaces(new Intl.NumberFormat(locale).format(n));

export const formatDate = (locale: TLocale, d: Date | string) =>
  safeSpaces(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(d)));

export const formatPercent = (locale: TLocale, ratio: number) =>
  safeSpaces(new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio));

/** Between the parts of a list written as one sentence: French puts a no-break space before ";". */
export const clauseSeparator = (locale: TLocale) => (locale === "fr" ? "\u00a0; " : "; ");
