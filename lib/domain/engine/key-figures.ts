import type { TDpiaStatus, TEvaluation, TFinding } from "./types";

/** Findings split between confirmed risks (a risky answer) and unknown answers. */
export interface TFindingCounts {
  confirmed: number;
  unknown: number;
}

/** The figures a result is summed up with, the same on the result page and in the report. */
export interface TKeyFigures extends TFindingCounts {
  vendorQuestions: number;
  schoolActions: number;
  dpia: TDpiaStatus;
  /** The answers establish a type of the CNIL's list: the DPIA is mandatory. */
  dpiaListed: boolean;
}

/**
 * The vendor questions and school actions that do not come from an unknown answer that is scored
 * (a gate answered unknown, the DPIA action while its criteria are undetermined): counted apart, so
 * that the unknown answers add up to the questions and checks that come from them.
 */
export function countedApart(evaluation: Pick<TEvaluation, "findings" | "vendorQuestions" | "schoolActions">): { vendor: string[]; school: string[] } {
  const fromUnknowns = new Set(evaluation.findings.filter((f) => f.unknown).map((f) => f.ruleId));
  return {
    vendor: evaluation.vendorQuestions.filter((id) => !fromUnknowns.has(id)),
    school: evaluation.schoolActions.filter((id) => !fromUnknowns.has(id)),
  };
}

/** How many findings are confirmed and how many come from unknown answers (of one domain when given). */
export function findingCounts(findings: readonly TFinding[], domain?: string): TFindingCounts {
  const own = domain === undefined ? findings : findings.filter((f) => f.domain === domain);
  const unknown = own.filter((f) => f.unknown).length;
  return { confirmed: own.length - unknown, unknown };
}

export function keyFigures(evaluation: Pick<TEvaluation, "findings" | "vendorQuestions" | "schoolActions" | "dpia">): TKeyFigures {
  return {
    ...findingCounts(evaluation.findings),
    vendorQuestions: evaluation.vendorQuestions.length,
    schoolActions: evaluation.schoolActions.length,
    dpia: evaluation.dpia.status,
    dpiaListed: (evaluation.dpia.listed?.length ?? 0) > 0,
  };
}
