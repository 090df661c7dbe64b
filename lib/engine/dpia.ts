import { UNKNOWN, type TDpiaCriterion } from "../catalogue";
import { answerOf } from "./conditions";
import type { TAnswers, TDpiaResult, TDpiaStatus } from "./types";

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
  return { required: met.length >= threshold, status: dpiaStatus(met.length, unknown.length, threshold), criteria: met, unknown };
}

/** Required from `threshold` criteria met; undetermined while the unknown ones could reach it. */
export const dpiaStatus = (met: number, unknown: number, threshold: number): TDpiaStatus =>
  met >= threshold ? "required" : met + unknown >= threshold ? "undetermined" : "not_required";
