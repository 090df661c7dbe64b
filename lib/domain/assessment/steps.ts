import { CONTEXT, DOMAINS, type TContextQuestion, type TDomain, type TRule } from "../catalogue";
import { CONTEXT_STEP, REVIEW_STEP } from "./step-names";

export { CONTEXT_STEP, REVIEW_STEP };

const slugOf = (domainId: string) => domainId.toLowerCase();

/** The form's steps, in order: the context, one per domain (catalogue order), then the review. */
export const STEPS: readonly string[] = [CONTEXT_STEP, ...DOMAINS.map((d) => slugOf(d.id)), REVIEW_STEP];

export const isStep = (s: string): boolean => STEPS.includes(s);

export const stepIndex = (s: string): number => STEPS.indexOf(s);

export const previousStep = (s: string): string | undefined => STEPS[stepIndex(s) - 1];

export const nextStep = (s: string): string | undefined => {
  const i = stepIndex(s);
  return i < 0 ? undefined : STEPS[i + 1];
};

/** The domain a step asks about, if it is a domain step. */
export const domainOfStep = (s: string): TDomain | undefined =>
  (DOMAINS as readonly TDomain[]).find((d) => slugOf(d.id) === s);

export const stepOfDomain = (domainId: string): string => slugOf(domainId);

/** The step on which a question (context or rule) is asked. */
export function stepOfQuestion(id: string): string {
  if ((CONTEXT as readonly TContextQuestion[]).some((q) => q.id === id)) return CONTEXT_STEP;
  const domain = (DOMAINS as readonly TDomain[]).find((d) => d.rules.some((r) => r.id === id));
  return domain ? slugOf(domain.id) : CONTEXT_STEP;
}

/** Free-text fields of the context step, as form paths (the answers document's shape). */
export const TEXT_FIELDS = [
  "service.name",
  "service.vendor",
  "service.url",
  "school.name",
  "school.uai",
  "assessor.name",
  "assessor.role",
] as const;
export type TTextField = (typeof TEXT_FIELDS)[number];

/** Message key part of a text field: "service.name" → "serviceName" (its label is `Form.fields.serviceName.label`). */
export const textFieldKey = (path: string) => path.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

export const answerPath = (questionId: string) => `answers.${questionId}` as const;

/** The form path of a question's sources, and the fields of each source. */
export const evidencePath = (questionId: string) => `evidence.${questionId}` as const;
export const EVIDENCE_FIELDS = ["kind", "source", "quote", "date", "by"] as const;
export type TEvidenceField = (typeof EVIDENCE_FIELDS)[number];
/** The DOM id of one field of one source: "evidence-COM-01-0-source". */
export const evidenceFieldDomId = (questionId: string, index: number, field: TEvidenceField) => `evidence-${questionId}-${index}-${field}`;

/** The questions a step shows: the context questions, or the rules of its domain. */
export function questionsOfStep(s: string): readonly (TContextQuestion | TRule)[] {
  if (s === CONTEXT_STEP) return CONTEXT;
  return domainOfStep(s)?.rules ?? [];
}

/** The form paths a step validates before moving on. */
export function fieldsOfStep(s: string): string[] {
  const questions = questionsOfStep(s).flatMap((q) => ("who" in q ? [answerPath(q.id), evidencePath(q.id)] : [answerPath(q.id)]));
  return s === CONTEXT_STEP ? [...TEXT_FIELDS, ...questions] : questions;
}

/** DOM ids: one per text field, one per question's fieldset. */
export const fieldDomId = (path: string) => `field-${path.replace(/\./g, "-")}`;
export const questionDomId = (questionId: string) => `q-${questionId}`;
