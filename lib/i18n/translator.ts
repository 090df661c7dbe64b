import { createTranslator } from "next-intl";
import type { TLocale } from "./locales";
import { MESSAGES } from "./messages";

/**
 * A translator for an explicit locale, usable outside a Next.js request (PDF, CLI, tests).
 * Keys are built from the catalogue at run time, so the translator takes plain strings.
 */
export function translatorFor(locale: TLocale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const translate = (key: string, values?: Record<string, string | number>) =>
    (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
  return Object.assign(translate, {
    locale,
    has: (key: string) => (t as unknown as { has: (k: string) => boolean }).has(key),
  });
}

export type TTranslate = ReturnType<typeof translatorFor>;
