import { UNKNOWN, type TCatalogue, type TSeverity } from "../catalogue";
import type { TBasis, TDomainResult, TDomainStatus, TDpiaStatus, TEvaluation, TVerdict } from "../engine/types";
import type { TAnswersDocument } from "../schema";
import { sourcing, type TSourcing } from "../engine/sourcing";
import { findingCounts, type TFindingCounts } from "../engine/key-figures";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export interface TCompareInput {
  id: string;
  document: TAnswersDocument;
  evaluation: TEvaluation;
  evaluatedAt: string;
}

export interface TCompareColumn {
  id: string;
  serviceName: string;
  vendor: string | null;
  verdict: TVerdict;
  basis: TBasis;
  catalogueVersion: string;
  evaluatedAt: string;
  /** Kept for the API's readers: `dpia` is "required". */
  dpiaRequired: boolean;
  dpia: TDpiaStatus;
  /** The types of the CNIL's list the answers establish (the DPIA is then mandatory). */
  dpiaListed: string[];
  /** How many of the answers given (and of the vendor's) rest on a source. */
  sourcing: TSourcing;
  /** The result page's key figures: risks confirmed by an answer, and unknown answers (questions, not risks). */
  findings: TFindingCounts;
}

export interface TCompareCell {
  answer: string;
  /** The finding's severity when the answer is risky or unknown; null when it is fine. */
  severity: TSeverity | null;
  unknown: boolean;
  notApplicable: boolean;
}

export interface TCompareRow {
  questionId: string;
  cells: TCompareCell[];
  /** True when the columns do not all give the same answer. */
  differs: boolean;
}

export interface TCompareDomain {
  id: string;
  statuses: TDomainStatus[];
  /** Each column's domain result (status, confirmed status, basis), or null when its catalogue version had no such domain. */
  results: (Pick<TDomainResult, "status" | "confirmedStatus" | "basis" | "unknowns" | "max" | "notApplicable"> | null)[];
  points: number[];
  max: number[];
  rules: TCompareRow[];
  differs: boolean;
}

/** Two to four assessments side by side, context first, then domain by domain and rule by rule (message keys are the UI's). */
export interface TCompareView {
  columns: TCompareColumn[];
  context: TCompareRow[];
  domains: TCompareDomain[];
}

const answerOf = (input: TCompareInput, id: string) => (input.document.answers as Record<string, string | undefined>)[id] ?? UNKNOWN;

function cellOf(input: TCompareInput, id: string): TCompareCell {
  const finding = input.evaluation.findings.find((f) => f.ruleId === id);
  return {
    answer: answerOf(input, id),
    severity: finding?.severity ?? null,
    unknown: finding?.unknown ?? false,
    notApplicable: input.evaluation.domains.some((d) => d.notApplicable.includes(id)),
  };
}

const rowOf = (inputs: readonly TCompareInput[], questionId: string): TCompareRow => {
  const cells = inputs.map((i) => cellOf(i, questionId));
  const differs = cells.some((c) => c.answer !== cells[0]?.answer || c.notApplicable !== cells[0]?.notApplicable);
  return { questionId, cells, differs };
};

/** The side-by-side view of 2–4 assessments, in catalogue order. */
export function compareView(inputs: readonly TCompareInput[], catalogue: TCatalogue): TCompareView {
  if (inputs.length < COMPARE_MIN || inputs.length > COMPARE_MAX) throw new RangeError(`compare ${COMPARE_MIN} to ${COMPARE_MAX} assessments`);
  const domainOf = (i: TCompareInput, id: string) => i.evaluation.domains.find((d) => d.id === id);
  return {
    columns: inputs.map((i) => ({
      id: i.id,
      serviceName: i.document.service.name,
      vendor: i.document.service.vendor ?? null,
      verdict: i.evaluation.verdict,
      basis: i.evaluation.basis,
      catalogueVersion: i.evaluation.catalogueVersion,
      evaluatedAt: i.evaluatedAt,
      dpiaRequired: i.evaluation.dpia.required,
      dpia: i.evaluation.dpia.status,
      dpiaListed: i.evaluation.dpia.listed ?? [],
      sourcing: sourcing(i.document, catalogue),
      findings: findingCounts(i.evaluation.findings),
    })),
    context: catalogue.context.map((q) => rowOf(inputs, q.id)),
    domains: catalogue.domains.map((d) => {
      const statuses = inputs.map((i) => domainOf(i, d.id)?.status ?? "pass");
      const rules = d.rules.map((r) => rowOf(inputs, r.id));
      return {
        id: d.id,
        statuses,
        results: inputs.map((i) => {
          const r = domainOf(i, d.id);
          return r === undefined
            ? null
            : { status: r.status, confirmedStatus: r.confirmedStatus, basis: r.basis, unknowns: r.unknowns, max: r.max, notApplicable: r.notApplicable };
        }),
        points: inputs.map((i) => domainOf(i, d.id)?.points ?? 0),
        max: inputs.map((i) => domainOf(i, d.id)?.max ?? 0),
        rules,
        differs: statuses.some((s) => s !== statuses[0]) || rules.some((r) => r.differs),
      };
    }),
  };
}
