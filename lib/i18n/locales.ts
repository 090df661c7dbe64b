export const LOCALES = ["fr", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "fr";

export const isLocale = (v: unknown): v is TLocale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);
