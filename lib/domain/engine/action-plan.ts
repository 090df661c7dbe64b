import type { TSeverity } from "../catalogue";
import type { TCondition, TEvaluation } from "./types";

/** One action of the plan: a condition of the engine, or a check the school makes ([S] unknown). */
export type TAction = TCondition | { kind: "schoolAction"; ruleId: string; severity: TSeverity | null };

/** Who reads the result: a parents' association asks; the school acts. */
export type TActionReader = "school" | "parents";

/**
 * The action plan in the report's order: the engine's conditions (unknown blocking answers,
 * remediations worst first, vendor questions), then the school's checks.
 */
export function actionPlan(evaluation: Pick<TEvaluation, "conditions" | "schoolActions" | "findings">): TAction[] {
  const severityOf = (id: string) => evaluation.findings.find((f) => f.ruleId === id)?.severity ?? null;
  return [
    ...evaluation.conditions,
    ...evaluation.schoolActions.map((ruleId): TAction => ({ kind: "schoolAction", ruleId, severity: severityOf(ruleId) })),
  ];
}

/** How many actions the summary shows first. */
export const FIRST_ACTIONS = 5;

/**
 * The few things to do first. For the school, the head of the action plan (a prohibited practice
 * first). A parents' association decides nothing: its first steps are a prohibited practice to raise
 * with the school, then the questions to ask, the school's first, then the vendor's, then the other
 * confirmed risks to raise with the school.
 */
export function firstActions(
  evaluation: Pick<TEvaluation, "conditions" | "schoolActions" | "findings">,
  reader: TActionReader,
  max = FIRST_ACTIONS,
): TAction[] {
  const plan = actionPlan(evaluation);
  if (reader === "school") return plan.slice(0, max);
  const rank: Record<TAction["kind"], number> = { schoolAction: 0, vendorQuestion: 1, remediation: 2, blockUnknown: 3 };
  const rankOf = (a: TAction) => (a.kind === "remediation" && a.prohibited === true ? -1 : rank[a.kind]);
  // The blocking unknowns are already among the questions asked; the sort is stable within a kind.
  return plan
    .filter((a) => a.kind !== "blockUnknown")
    .sort((a, b) => rankOf(a) - rankOf(b))
    .slice(0, max);
}
