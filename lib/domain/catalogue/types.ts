/** Types of the rules catalogue. This module imports nothing of ours. */

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "BLOCK"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

/** Who can answer: the vendor ("V") or the school ("S"). */
export type TWho = "V" | "S";

export const UNKNOWN = "unknown";
export const YES_NO = ["yes", "no"] as const;

/** The DPIA indicator's status; `undetermined`: fewer criteria met than the threshold, but enough unknown ones to reach it. */
export const DPIA_STATUSES = ["required", "undetermined", "not_required"] as const;
export type TDpiaStatus = (typeof DPIA_STATUSES)[number];

/** A condition on one answer: it holds when the answer is one of `in` (a missing answer is "unknown"). */
export interface TRuleCondition {
  readonly rule: string;
  readonly in: readonly string[];
}

/** A condition on answers: one answer, or all of several. */
export type TAnswerCondition = TRuleCondition | { readonly all: readonly TAnswerCondition[] };

/**
 * A condition on answers, on the DPIA indicator's status, or on whether the answers establish a
 * type of the CNIL's list (only severities and remedies may depend on the DPIA).
 */
export type TCondition = TAnswerCondition | { readonly dpia: TDpiaStatus } | { readonly dpiaListed: true };

/** The severity of one risky answer: fixed, or chosen by the first matching case. */
export type TRisk =
  | TSeverity
  | {
      /** `remedy`: the case has a remedy of its own (`Rules.<id>.remediations.<remedy>`). */
      readonly cases: readonly { readonly when: TCondition; readonly severity: TSeverity; readonly remedy?: string }[];
      readonly otherwise: TSeverity | null;
    };

export interface TReference {
  /** Key of `SOURCES`. */
  readonly source: string;
  /** Articles or points within the source, e.g. "5(1)(b)". */
  readonly articles?: readonly string[];
  /** Recitals of the source, e.g. "38". */
  readonly recitals?: readonly string[];
  /** An annex and its point, e.g. "III, point 3(a)–(d)". */
  readonly annex?: string;
  /** `history`: cited for what it said then, never as support for the rule. */
  readonly role?: "history";
}

/**
 * How settled a source is as of `checked`: `reported` (announced, not yet confirmed in an official
 * journal), `pending` (a court case not yet decided).
 */
export const SOURCE_STATUSES = ["reported", "pending"] as const;
export type TSourceStatus = (typeof SOURCE_STATUSES)[number];

export interface TSource {
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) of the text; absent for codes that change over time. */
  readonly date?: string;
  /** Public address of the text, when it has a stable one. */
  readonly url?: string;
  /** Absent when the text is settled. */
  readonly status?: TSourceStatus;
  /** ISO date on which the status was last checked (required with `status`). */
  readonly checked?: string;
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
  /**
   * Risky answers that are prohibited practices (AI Act art. 5): no DPIA and no condition makes
   * the service usable with them; their remedy comes first in the action plan.
   */
  readonly prohibited?: readonly string[];
  /** Risky answers that have a remedy of their own (`Rules.<id>.remediations.<answer>`), not the rule's. */
  readonly remedies?: readonly string[];
  /** Answers that count as unknown when the question is asked (e.g. "not applicable" where it applies). */
  readonly unknownAnswers?: readonly string[];
  /** The question is asked only when this holds (any of the conditions); else it is not applicable. */
  readonly askedWhen?: readonly TAnswerCondition[];
  /**
   * A follow-up (vendor question or school action) that does not come from a finding: yielded
   * when `when` holds (always, if absent) and the answer is none of `unless` (e.g. a gate answered
   * unknown, or ACC-05 while the DPIA indicator is undetermined).
   */
  readonly followUp?: { readonly when?: TCondition; readonly unless: readonly string[] };
  /**
   * A gate is not scored: it decides whether the questions that name it in `askedWhen` are asked.
   */
  readonly gate?: true;
  /**
   * The question asks whether the service is of one particular kind (a US collaborative suite):
   * unanswered, it says nothing about most services, so it is never among a letter's first questions.
   */
  readonly kindOfService?: true;
  /** ISO date from which the obligation behind the rule applies, when it is later than the text itself. */
  readonly appliesFrom?: string;
  /** The source (key of `SOURCES`) that set `appliesFrom`, when the date rests on an amending act: shown with its status. */
  readonly appliesFromSetBy?: string;
  readonly references: readonly TReference[];
}

export interface TDomain {
  readonly id: string;
  readonly rules: readonly TRule[];
}

export type TModifier =
  | { readonly id: string; readonly when: TAnswerCondition; readonly raise: { readonly domains: readonly string[] } }
  | { readonly id: string; readonly when: TAnswerCondition; readonly notApplicable: { readonly rules: readonly string[] } };

/**
 * One WP248 criterion: met when any of `when` holds on a question that applies, or `always`. A
 * criterion that none meets while one of its deciding questions (that applies) is unknown is unknown.
 */
export interface TDpiaCriterion {
  readonly id: string;
  readonly when: "always" | readonly TRuleCondition[];
}

/**
 * A type of processing on the CNIL's list of processing that always requires a DPIA (deliberation
 * 2018-327), and the answers that establish it. When the answers establish one, the DPIA is
 * mandatory: the two-criteria presumption and its written set-aside do not apply.
 */
export interface TDpiaListType {
  readonly id: string;
  readonly when: TAnswerCondition;
}

/** What a catalogue version added, and why (the page of an assessment saved under an older one says it). */
export interface TCatalogueChange {
  readonly version: string;
  /** Question ids added in this version. */
  readonly added: readonly string[];
  /** Ids of the reasons (messages `CatalogueChanges.reasons.<id>`). */
  readonly reasons: readonly string[];
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
  /** ISO date as of which the legal information (sources, statuses, dates) was checked. */
  readonly checkedAsOf: string;
  readonly context: readonly TContextQuestion[];
  readonly domains: readonly TDomain[];
  readonly modifiers: readonly TModifier[];
  readonly dpiaCriteria: readonly TDpiaCriterion[];
  /** The types of the CNIL's list that answers can establish. */
  readonly dpiaListTypes: readonly TDpiaListType[];
  readonly scoring: TScoring;
  readonly sources: Readonly<Record<string, TSource>>;
  /** The versions' additions, oldest first. */
  readonly changes: readonly TCatalogueChange[];
}
