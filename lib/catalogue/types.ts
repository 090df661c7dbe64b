/** Types of the rules catalogue. This module imports nothing of ours. */

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "BLOCK"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

/** Who can answer: the vendor ("V") or the school ("S"). */
export type TWho = "V" | "S";

export const UNKNOWN = "unknown";
export const YES_NO = ["yes", "no"] as const;

/** A condition on another answer (a missing answer matches "unknown"), or on the DPIA indicator. */
export type TCondition =
  | { readonly rule: string; readonly in: readonly string[] }
  | { readonly dpiaRequired: boolean };

/** The severity of one risky answer: fixed, or chosen by the first matching case. */
export type TRisk =
  | TSeverity
  | {
      readonly cases: readonly { readonly when: TCondition; readonly severity: TSeverity }[];
      readonly otherwise: TSeverity | null;
    };

export interface TReference {
  /** Key of `SOURCES`. */
  readonly source: string;
  /** Articles or points within the source, e.g. "5(1)(b)". */
  readonly articles?: readonly string[];
}

export interface TSource {
  /** ISO date (YYYY-MM-DD or YYYY-MM) of the text; absent for codes that change over time. */
  readonly date?: string;
  /** Public address of the text, when it has a stable one. */
  readonly url?: string;
}

export interface TContextQuestion {
  readonly id: string;
  readonly options: readonly string[];
}

export interface TRule {
  readonly id: string;
  readonly who: TWho;
  /** Allowed answers besides "unknown". */
  readonly options: readonly string[];
  /** Risky answers and their base severity, before modifiers. */
  readonly risky: Readonly<Record<string, TRisk>>;
  /** Severity of an "unknown" answer when it is not the usual one level below the worst. */
  readonly unknown?: TSeverity;
  /** The question is asked only when this holds (any of the conditions); else it is not applicable. */
  readonly askedWhen?: readonly TCondition[];
  readonly references: readonly TReference[];
}

export interface TDomain {
  readonly id: string;
  readonly rules: readonly TRule[];
}

export type TModifier =
  | { readonly id: string; readonly when: TCondition; readonly raise: { readonly domains: readonly string[] } }
  | { readonly id: string; readonly when: TCondition; readonly notApplicable: { readonly rules: readonly string[] } };

export interface TDpiaCriterion {
  readonly id: string;
  readonly when: TCondition;
}

export interface TScoring {
  readonly points: Readonly<Record<TSeverity, number>>;
  /** Severities that on their own decide (flagged as blocking). */
  readonly blocking: TSeverity;
  /** Modifiers never raise above this severity. */
  readonly raiseCap: TSeverity;
  readonly domain: {
    /** A domain fails from this share of its maximum points (percent, inclusive). */
    readonly failPercent: number;
    /** A domain warns from this share of its maximum points (percent, inclusive). */
    readonly warnPercent: number;
    readonly failHighCount: number;
  };
  readonly overall: {
    readonly notRecommendedFailedDomains: number;
    readonly notRecommendedUnknownBlocks: number;
  };
  readonly dpiaThreshold: number;
}

export interface TCatalogue {
  readonly version: string;
  readonly context: readonly TContextQuestion[];
  readonly domains: readonly TDomain[];
  readonly modifiers: readonly TModifier[];
  readonly dpiaCriteria: readonly TDpiaCriterion[];
  readonly scoring: TScoring;
  readonly sources: Readonly<Record<string, TSource>>;
}
