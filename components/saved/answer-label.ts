import { CONTEXT, RULES } from "@/lib/domain/catalogue";
import { answerKey, ruleKey } from "@/lib/domain/catalogue/message-keys";

const QUESTIONS = [...CONTEXT, ...RULES];

type TT = (key: string, values?: Record<string, string | number>) => string;

/** Label of an answer value, for server-rendered pages (the client uses useCatalogueText). */
export function answerLabel(t: TT, questionId: string, value: string): string {
  const q = QUESTIONS.find((x) => x.id === questionId);
  return q === undefined ? value : t(answerKey(q, value));
}

export const questionLabel = (t: TT, questionId: string) => (QUESTIONS.some((q) => q.id === questionId) ? t(ruleKey(questionId, "question")) : questionId);
