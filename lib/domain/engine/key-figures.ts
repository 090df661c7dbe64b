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
  };
}
