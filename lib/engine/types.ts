import type { TSeverity, TWho } from "../catalogue";

/** Answers keyed by question id; a missing answer counts as "unknown". */
export type TAnswers = Readonly<Partial<Record<string, string>>>;

export type TDomainStatus = "pass" | "warn" | "fail";
export type TVerdict = "acceptable" | "conditions" | "not_recommended";

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
}

export interface TDomainResult {
  id: string;
  status: TDomainStatus;
  points: number;
  max: number;
  /** Rules of this domain that do not apply in this context. */
  notApplicable: string[];
}

export type TCondition =
  | { kind: "remediation"; ruleId: string; severity: TSeverity }
  | { kind: "vendorQuestion"; ruleId: string; severity: TSeverity }
  | { kind: "blockUnknown"; ruleIds: string[] };

/** `undetermined`: fewer criteria met than the threshold, but enough unknown ones to reach it. */
export const DPIA_STATUSES = ["required", "undetermined", "not_required"] as const;
export type TDpiaStatus = (typeof DPIA_STATUSES)[number];

export interface TDpiaResult {
  required: boolean;
  status: TDpiaStatus;
  /** The criteria met. */
  criteria: string[];
  /** The criteria whose question was answered unknown (or not answered). */
  unknown: string[];
}

export interface TEvaluation {
  catalogueVersion: string;
  verdict: TVerdict;
  domains: TDomainResult[];
  /** Sorted by severity (worst first), then catalogue order. */
  findings: TFinding[];
  conditions: TCondition[];
  /** [V] rules answered unknown: questions to ask the vendor. */
  vendorQuestions: string[];
  /** [S] rules answered unknown: what the school must find out. */
  schoolActions: string[];
  dpia: TDpiaResult;
  /** Modifiers that apply in this context. */
  modifiers: string[];
}
