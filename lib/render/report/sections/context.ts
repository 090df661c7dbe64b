import { answerKey, ruleKey, type TCatalogue, type TContextQuestion, type TRule } from "@/lib/domain/catalogue";
import type { TEvaluation } from "@/lib/domain/engine";
import type { TLocale } from "@/lib/i18n/locales";
import type { TTranslate } from "@/lib/i18n/translator";
import type { TAnswersDocument } from "@/lib/domain/schema";

/** What every section builder reads: the document, its evaluation, and a translator for one locale. */
export interface TBuildContext {
  t: TTranslate;
  locale: TLocale;
  doc: TAnswersDocument;
  evaluation: TEvaluation;
  catalogue: TCatalogue;
  now: Date;
  /** Question (context or rule) by id. */
  question: (id: string) => TRule | TContextQuestion;
  /** The question's text. */
  questionText: (id: string) => string;
  /** The label of the answer given in the document, or "Not answered" when there is none. */
  answerLabel: (id: string) => string;
}

export function buildContext(
  t: TTranslate,
  doc: TAnswersDocument,
  evaluation: TEvaluation,
  catalogue: TCatalogue,
  now: Date,
): TBuildContext {
  const questions = new Map<string, TRule | TContextQuestion>();
  for (const q of catalogue.context) questions.set(q.id, q);
  for (const d of catalogue.domains) for (const r of d.rules) questions.set(r.id, r);
  const question = (id: string) => {
    const q = questions.get(id);
    if (q === undefined) throw new Error(`Unknown question id: ${id}`);
    return q;
  };
  const answers = doc.answers as Readonly<Partial<Record<string, string>>>;
  return {
    t,
    locale: t.locale,
    doc,
    evaluation,
    catalogue,
    now,
    question,
    questionText: (id) => t(ruleKey(id, "question")),
    answerLabel: (id) => {
      const value = answers[id];
      return value === undefined ? t("Answers.notAnswered") : t(answerKey(question(id), value));
    },
  };
}
