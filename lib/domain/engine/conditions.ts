import { UNKNOWN, type TAnswerCondition, type TCondition, type TDpiaStatus } from "../catalogue";
import type { TAnswers } from "./types";

export interface TConditionState {
  answers: TAnswers;
  dpia: TDpiaStatus;
  /** The answers establish a type of the CNIL's list. */
  listed: boolean;
}

/** The answer as the engine reads it: missing means unknown. */
export const answerOf = (answers: TAnswers, id: string): string => answers[id] ?? UNKNOWN;

/** A condition on answers alone (applicability, modifiers, DPIA criteria). */
export function holdsOn(c: TAnswerCondition, answers: TAnswers): boolean {
  if ("all" in c) return c.all.every((inner) => holdsOn(inner, answers));
  return c.in.includes(answerOf(answers, c.rule));
}

/** A condition on answers or on the DPIA indicator (severities, their remedies, and follow-ups). */
export const holds = (c: TCondition, state: TConditionState): boolean =>
  "dpia" in c ? c.dpia === state.dpia : "dpiaListed" in c ? state.listed : holdsOn(c, state.answers);
