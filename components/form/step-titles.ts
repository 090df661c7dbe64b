import { domainKey } from "@/lib/domain/catalogue/message-keys";
import { CONTEXT_STEP, REVIEW_STEP, domainOfStep } from "@/lib/domain/assessment/steps";

/** Message key of a step's full title. */
export function stepTitleKey(step: string): string {
  if (step === CONTEXT_STEP) return "Form.contextTitle";
  if (step === REVIEW_STEP) return "Review.title";
  const domain = domainOfStep(step);
  return domain ? domainKey(domain.id, "title") : "Review.title";
}

/** Message key of a step's short name, in the progress list. */
export function stepShortKey(step: string): string {
  if (step === CONTEXT_STEP) return "Form.contextShort";
  if (step === REVIEW_STEP) return "Review.short";
  return stepTitleKey(step);
}

/** Message key of the paragraph under a step's title. */
export function stepIntroKey(step: string): string {
  if (step === CONTEXT_STEP) return "Form.contextIntro";
  if (step === REVIEW_STEP) return "Review.intro";
  const domain = domainOfStep(step);
  return domain ? domainKey(domain.id, "intro") : "Review.intro";
}
