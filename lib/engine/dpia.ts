import { UNKNOWN, type TDpiaCriterion } from "../catalogue";
import { answerOf } from "./conditions";
import type { TAnswers, TDpiaResult } from "./types";

/**
 * DPIA indicator: the criteria the answers meet, and those left unknown; required from `threshold`
 * criteria met on, undetermined while the unknown ones could still reach it.
 */
export function evaluateDpia(criteria: readonly TDpiaCriterion[], threshold: number, answers: TAnswers): TDpiaResult {
  const met: string[] = [];
  const unknown: string[] = [];
  for (const { id, when } of criteria) {
    if (!("rule" in when)) continue;
    const answer = answerOf(answers, when.rule);
    if (when.in.includes(answer)) met.push(id);
    else if (answer === UNKNOWN) unknown.push(id);
  }
  const required = met.length >= threshold;
  const status = required ? "required" : met.length + unknown.length >= threshold ? "undetermined" : "not_required";
  return { required, status, criteria: met, unknown };
}
