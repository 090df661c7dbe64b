import { UNKNOWN, type TCondition as TCatalogueCondition } from "../catalogue";
import type { TAnswers } from "./types";

export interface TConditionState {
  answers: TAnswers;
  dpiaRequired: boolean;
}

/** The answer as the engine reads it: missing means unknown. */
export const answerOf = (answers: TAnswers, id: string): string => answers[id] ?? UNKNOWN;

export function holds(c: TCatalogueCondition, state: TConditionState): boolean {
  if ("dpiaRequired" in c) return c.dpiaRequired === state.dpiaRequired;
  return c.in.includes(answerOf(state.answers, c.rule));
}
