import type { TDpiaCriterion } from "../catalogue";
import { answerOf } from "./conditions";
import type { TAnswers, TDpiaResult } from "./types";

/** DPIA indicator: the criteria the answers meet; required from `threshold` criteria on. */
export function evaluateDpia(criteria: readonly TDpiaCriterion[], threshold: number, answers: TAnswers): TDpiaResult {
  const met = criteria
    .filter(({ when }) => "rule" in when && when.in.includes(answerOf(answers, when.rule)))
    .map((c) => c.id);
  return { required: met.length >= threshold, criteria: met };
}
