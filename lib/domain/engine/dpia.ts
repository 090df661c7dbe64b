import { UNKNOWN, type TCatalogue, type TDpiaStatus } from "../catalogue";
import { notApplicableRules } from "./applicability";
import { answerOf, holdsOn } from "./conditions";
import type { TAnswers, TDpiaResult } from "./types";

/** Answers that count as unknown for a question: "unknown" itself and the rule's own `unknownAnswers`. */
export function unknownAnswersOf(catalogue: TCatalogue): (id: string, answer: string) => boolean {
  const own = new Map(catalogue.domains.flatMap((d) => d.rules.map((r) => [r.id, r.unknownAnswers ?? []] as const)));
  return (id, answer) => answer === UNKNOWN || (own.get(id)?.includes(answer) ?? false);
}

/**
 * DPIA indicator: the criteria the answers meet, those left unknown, and the types of the CNIL's
 * list the answers establish (with one, the DPIA is required whatever the criteria). A deciding
 * question that does not apply (AI-07 when the service uses no AI) decides nothing.
 */
export function evaluateDpia(
  catalogue: TCatalogue,
  answers: TAnswers,
  notApplicable: ReadonlyMap<string, unknown> = notApplicableRules(answers, catalogue),
  isUnknown: (id: string, answer: string) => boolean = unknownAnswersOf(catalogue),
): TDpiaResult {
  const met: string[] = [];
  const unknown: string[] = [];
  for (const { id, when } of catalogue.dpiaCriteria) {
    if (when === "always") {
      met.push(id);
      continue;
    }
    const deciding = when.filter((c) => !notApplicable.has(c.rule));
    if (deciding.some((c) => c.in.includes(answerOf(answers, c.rule)))) met.push(id);
    else if (deciding.some((c) => isUnknown(c.rule, answerOf(answers, c.rule)))) unknown.push(id);
  }
  const threshold = catalogue.scoring.dpiaThreshold;
  const listed = catalogue.dpiaListTypes.filter((l) => holdsOn(l.when, answers)).map((l) => l.id);
  const status = listed.length > 0 ? "required" : dpiaStatus(met.length, unknown.length, threshold);
  return { required: status === "required", status, criteria: met, unknown, listed };
}

/** Required from `threshold` criteria met; undetermined while the unknown ones could reach it. */
export const dpiaStatus = (met: number, unknown: number, threshold: number): TDpiaStatus =>
  met >= threshold ? "required" : met + unknown >= threshold ? "undetermined" : "not_required";
