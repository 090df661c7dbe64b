import type { TSeverity } from "../catalogue";
import type { TCondition, TEvaluation } from "./types";

/**
 * One action of the plan: a condition of the engine, a check the school makes ([S] unknown), or
 * the letter that asks the vendor all its questions at once (the plan's vendor questions, grouped).
 */
export type TAction =
  | TCondition
  | { kind: "schoolAction"; ruleId: string; severity: TSeverity | null }
  | { kind: "vendorLetter"; ruleIds: string[] };

/** Who reads the result: a parents' association asks; the school acts. */
export type TActionReader = "school" | "parents";

/** Every action one by one: the engine's conditions, then the school's checks. */
function eachAction(evaluation: Pick<TEvaluation, "conditions" | "schoolActions" | "findings">): TAction[] {
  const severityOf = (id: string) => evaluation.findings.find((f) => f.ruleId === id)?.severity ?? null;
  return [
    ...evaluation.conditions,
    ...evaluation.schoolActions.map((ruleId): TAction => ({ kind: "schoolAction", ruleId, severity: severityOf(ruleId) })),
  ];
}

/**
 * The action plan in the report's order: the engine's conditions (unknown blocking answers,
 * remediations worst first, vendor questions), then the school's checks. The vendor questions are
 * one action, where the first of them stands: the letter that asks them all, whose answers the
 * school then records in the assessment.
 */
export function actionPlan(evaluation: Pick<TEvaluation, "conditions" | "schoolActions" | "findings">): TAction[] {
  const all = eachAction(evaluation);
  const ruleIds = all.flatMap((a) => (a.kind === "vendorQuestion" ? [a.ruleId] : []));
  const first = all.findIndex((a) => a.kind === "vendorQuestion");
  if (first === -1) return all;
  const others = all.filter((a) => a.kind !== "vendorQuestion");
  return [...others.slice(0, first), { kind: "vendorLetter", ruleIds }, ...others.slice(first)];
}

/** How many actions the summary shows first. */
export const FIRST_ACTIONS = 5;

/**
 * The few things to do first. For the school, the head of the action plan (a prohibited practice
 * first; the vendor's questions as the one letter). A parents' association decides nothing: its
 * first steps are a prohibited practice to raise with the school, then the questions to ask, one by
 * one, the school's first, then the vendor's, then the other confirmed risks to raise with the school.
 */
export function firstActions(
  evaluation: Pick<TEvaluation, "conditions" | "schoolActions" | "findings">,
  reader: TActionReader,
  max = FIRST_ACTIONS,
): TAction[] {
  if (reader === "school") return actionPlan(evaluation).slice(0, max);
  const rank: Record<TAction["kind"], number> = { schoolAction: 0, vendorQuestion: 1, vendorLetter: 1, remediation: 2, blockUnknown: 3 };
  const rankOf = (a: TAction) => (a.kind === "remediation" && a.prohibited === true ? -1 : rank[a.kind]);
  // The blocking unknowns are already among the questions asked; the sort is stable within a kind.
  return eachAction(evaluation)
    .filter((a) => a.kind !== "blockUnknown")
    .sort((a, b) => rankOf(a) - rankOf(b))
    .slice(0, max);
}
