import type { TDpiaStatus, TSeverity, TWho } from "../catalogue";

export { DPIA_STATUSES, type TDpiaStatus } from "../catalogue";

/** Answers keyed by question id; a missing answer counts as "unknown". */
export type TAnswers = Readonly<Partial<Record<string, string>>>;

export type TDomainStatus = "pass" | "warn" | "fail";
export type TVerdict = "acceptable" | "conditions" | "not_recommended";

/**
 * What a status or verdict rests on: `unknowns` when the same rules with every unknown answer
 * left out (the confirmed one) give a better result, else `answers`.
 */
export const BASES = ["answers", "unknowns"] as const;
export type TBasis = (typeof BASES)[number];

export interface TFinding {
  ruleId: string;
  domain: string;
  who: TWho;
  /** The severity that counts: the risky answer's after modifiers, or one level lower when unknown. */
  severity: TSeverity;
  /** The worst severity this question can reach in this context (for a risky answer, its severity). */
  worst: TSeverity;
  answer: string;
  unknown: boolean;
  points: number;
  /** Ids of the modifiers that raised it. */
  raisedBy: string[];
  /** The remedy named by the case that set its severity, when it has one (`Rules.<id>.remediations.<remedy>`). */
  remedy?: string;
  /** The answer is a prohibited practice (AI Act art. 5): no DPIA and no condition makes the service usable. */
  prohibited?: true;
}

export interface TDomainResult {
  id: string;
  status: TDomainStatus;
  /** The status with every unknown answer left out (no points, no flags, same maximum). */
  confirmedStatus: TDomainStatus;
  basis: TBasis;
  /** Findings of this domain that come from unknown answers. */
  unknowns: number;
  points: number;
  max: number;
  /** Rules of this domain that do not apply in this context. */
  notApplicable: string[];
}

export type TCondition =
  | { kind: "remediation"; ruleId: string; severity: TSeverity; answer: string; remedy?: string; prohibited?: true }
  | { kind: "vendorQuestion"; ruleId: string; severity: TSeverity }
  | { kind: "blockUnknown"; ruleIds: string[] };


export interface TDpiaResult {
  required: boolean;
  status: TDpiaStatus;
  /** The criteria met. */
  criteria: string[];
  /** The criteria whose question was answered unknown (or not answered). */
  unknown: string[];
  /**
   * The types of the CNIL's list (deliberation 2018-327) that the answers establish: when there is
   * one, the DPIA is required without exception (mandatory, no written set-aside).
   */
  listed: string[];
}

export interface TEvaluation {
  catalogueVersion: string;
  verdict: TVerdict;
  /** The verdict with every unknown answer left out. */
  confirmedVerdict: TVerdict;
  basis: TBasis;
  domains: TDomainResult[];
  /** Sorted by severity (worst first), then catalogue order. */
  findings: TFinding[];
  conditions: TCondition[];
  /** [V] rules answered unknown (and the rules' own follow-ups): questions to ask the vendor. */
  vendorQuestions: string[];
  /** [S] rules answered unknown (and the rules' own follow-ups): what the school must find out. */
  schoolActions: string[];
  dpia: TDpiaResult;
  /** Rules answered with a prohibited practice (AI Act art. 5), in catalogue order. */
  prohibited: string[];
  /** Modifiers that apply in this context. */
  modifiers: string[];
}
