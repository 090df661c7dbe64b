import { conditionKey } from "./catalogue/message-keys";
import { DECISION_CONDITIONS_MAX, DECISION_TEXT_MAX } from "./schema/document-shape";
import type { TCondition } from "./engine";

/** Message key of the blocking unknowns' condition (the vendor's written answer before any pupil data). */
export const BLOCK_UNKNOWN_CONDITION_KEY = "Conditions.blockUnknown";
/** Message key of the one condition that stands for every question sent to the vendor. */
export const VENDOR_ANSWERS_CONDITION_KEY = "Conditions.vendorAnswers";

export interface TDecisionConditions {
  /** Message keys of the conditions to copy into the decision, in the engine's order. */
  keys: string[];
  /** Engine conditions left out because the decision holds at most DECISION_CONDITIONS_MAX. */
  omitted: number;
}

/**
 * The engine's conditions as a head of school would sign them: the remedies (without ACC-06's,
 * a tool chosen without the controller's decision, which recording this decision settles), the
 * blocking unknowns' condition, and the questions to the vendor as one condition (the vendor's
 * written answers), unless the blocking unknowns' condition already covers every one of them.
 * At most DECISION_CONDITIONS_MAX: the engine's order is worst first, and the vendor's answers stay last.
 */
export function decisionConditions(conditions: readonly TCondition[], max: number = DECISION_CONDITIONS_MAX): TDecisionConditions {
  const blocking = new Set(conditions.flatMap((c) => (c.kind === "blockUnknown" ? c.ruleIds : [])));
  const own: string[] = [];
  for (const c of conditions) {
    if (c.kind === "blockUnknown") own.push(BLOCK_UNKNOWN_CONDITION_KEY);
    else if (c.kind === "remediation" && c.ruleId !== "ACC-06") own.push(conditionKey(c));
  }
  const vendor = conditions.some((c) => c.kind === "vendorQuestion" && !blocking.has(c.ruleId)) ? [VENDOR_ANSWERS_CONDITION_KEY] : [];
  const room = Math.max(0, max - vendor.length);
  const keys = [...new Set(own)];
  return { keys: [...keys.slice(0, room), ...vendor], omitted: Math.max(0, keys.length - room) };
}

/** The conditions of the decision form's text: one a line, trimmed, blank lines left out. */
export const conditionLines = (text: string): string[] =>
  text
    .split("\n")
    .map((c) => c.trim())
    .filter((c) => c !== "");

export type TConditionsLimitIssue = { kind: "tooMany"; count: number; max: number } | { kind: "tooLong"; line: number; length: number; max: number };

/**
 * The first limit the conditions pass: more than DECISION_CONDITIONS_MAX, or a condition (`line`,
 * counted from 1 among the conditions) longer than DECISION_TEXT_MAX; null within the limits.
 */
export function conditionsLimitIssue(conditions: readonly string[]): TConditionsLimitIssue | null {
  if (conditions.length > DECISION_CONDITIONS_MAX) return { kind: "tooMany", count: conditions.length, max: DECISION_CONDITIONS_MAX };
  const index = conditions.findIndex((c) => c.length > DECISION_TEXT_MAX);
  return index === -1 ? null : { kind: "tooLong", line: index + 1, length: conditions[index]?.length ?? 0, max: DECISION_TEXT_MAX };
}
