"use client";

import { useLocale, useTranslations } from "next-intl";
import { CONTEXT, RULES, SOURCES, UNKNOWN, type TContextQuestion, type TReference, type TRule } from "@/lib/domain/catalogue";
import { answerKey } from "@/lib/domain/catalogue/message-keys";
import type { TLocale } from "@/lib/i18n/locales";
import type { TTranslate } from "@/lib/i18n/translator";
import { formatApplies, formatReference } from "@/lib/i18n/format-reference";
import { parisDay } from "@/lib/domain/dates";

const QUESTIONS: readonly (TContextQuestion | TRule)[] = [...CONTEXT, ...RULES];
export const questionById = (id: string) => QUESTIONS.find((q) => q.id === id);

/**
 * Catalogue texts for the screen, built with the catalogue's key helpers and formatted the way the
 * PDF formats them (references with their articles and dates).
 */
export function useCatalogueText() {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const translate = Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), {
    locale,
    has: (key: string) => t.has(key),
  }) as TTranslate;
  const list = (items: readonly string[], type: "conjunction" | "disjunction") =>
    new Intl.ListFormat(locale, { style: "long", type }).format(items).replace(/\u202f/g, "\u00a0");
  return {
    t: translate,
    locale,
    /** Label of an answer value ("I don't know" for unknown). */
    answer: (questionId: string, value: string) => {
      const q = questionById(questionId);
      return q ? t(answerKey(q, value)) : value;
    },
    /** The values a question offers, "I don't know" last. */
    options: (q: TContextQuestion | TRule) => [...q.options, UNKNOWN],
    reference: (ref: TReference) => formatReference(translate, ref, SOURCES),
    /** "Applies since …" / "Applies from …: until then, good practice", as of today. */
    applies: (appliesFrom: string, setBy?: string) => formatApplies(translate, appliesFrom, parisDay(new Date()), setBy),
    list,
  };
}
