import type { TDecisionOutcome } from "@/lib/domain/schema/document-shape";
import type { TDomainTone, TSeverity } from "@/lib/domain/catalogue";
import type { TDpiaStatus, TVerdict } from "@/lib/domain/engine";
import type { TLocale } from "@/lib/i18n/locales";

/**
 * What the PDF shows, already translated: plain, serialisable data (strings, numbers, booleans).
 * The PDF components read nothing else: no translator, no catalogue, no engine.
 */
export interface TReportViewModel {
  locale: TLocale;
  meta: TMeta;
  page: TPageChrome;
  cover: TCover;
  summary: TSummary;
  matrix: TMatrix;
  conditions: TConditions;
  questions: TQuestions;
  findings: TFindings;
  dpia: TDpia;
  method: TMethod;
  annex: TAnnex;
  evidence: TEvidenceAnnex;
}

export interface TLabelValue {
  label: string;
  value: string;
}

export interface TMeta {
  title: string;
  subject: string;
  keywords: string;
  author: string;
  /** ISO 8601. */
  creationDate: string;
}

export interface TPageChrome {
  /** Left of every footer, e.g. "Vigie · QuizÉclair". */
  footer: string;
  /** Contains the placeholders `{page}` and `{total}`, replaced by the PDF when it knows them. */
  pageNumberTemplate: string;
  /** A mark at the top of every page (e.g. a draft not to be sent, with the reason); none when absent. */
  banner?: string;
}

export interface TCover {
  /** Bookmark title of the cover page. */
  bookmark: string;
  kicker: string;
  serviceName: string;
  /** Vendor, address, school, assessor, date, catalogue version: only those that are known. */
  facts: (TLabelValue & { id: "vendor" | "url" | "school" | "assessor" | "mode" | "date" | "catalogue" })[];
  verdict: { id: TVerdict; heading: string; label: string; summary: string };
  /** The head of school's decision (none in a parents' association's report). */
  decision: TReportDecision | null;
  disclaimer: string;
}

export interface TReportDecision {
  heading: string;
  /** Null while no decision is recorded (then `lines` says so). */
  outcome: TDecisionOutcome | null;
  label: string | null;
  /** "Head of school's decision: Use authorised", or the heading alone while none is recorded. */
  title: string;
  /** When and by whom, conditions, the DPD, the board and review dates. */
  lines: string[];
}

export interface TSummary {
  heading: string;
  intro: string;
  keyFigures: TLabelValue[];
  table: {
    headers: { domain: string; status: string; points: string; findings: string };
    rows: TSummaryRow[];
  };
  note: string;
  /** Vigie's verdict and what it rests on (the answers, or partly unknown answers). */
  verdict: { id: TVerdict; heading: string; label: string; summary: string; basis: string };
  decision: TReportDecision | null;
  /** The first actions of the plan, in its order; `more` says how many others it holds ("" when none). */
  firstActions: { heading: string; items: TConditionItem[]; more: string; empty: string };
  dpia: { heading: string; status: TDpiaStatus; summary: string };
  /** How many of the vendor's answers, and of all the answers given, rest on a source. */
  sourcing: string;
  /** What is still unknown: the counts, then the domains with unknown answers. */
  unknowns: { heading: string; text: string; domains: string[] };
  context: { heading: string; rows: TLabelValue[]; modifiers: string[]; modifiersHeading: string };
}

export interface TSummaryRow {
  id: string;
  title: string;
  /** The status as shown: its colour follows the basis ("check" when only unknowns count). */
  tone: TDomainTone;
  statusLabel: string;
  points: number;
  max: number;
  pointsText: string;
  findingsText: string;
}

export interface TMatrix {
  heading: string;
  explanation: string[];
  /** Rows are domains, columns are severities (worst first). */
  rowAxis: string;
  columnAxis: string;
  columns: { severity: TSeverity; label: string }[];
  rows: { id: string; title: string; cells: TMatrixCell[] }[];
  legend: string;
}

export interface TMatrixCell {
  severity: TSeverity;
  confirmed: number;
  unknown: number;
  /** The number shown big ("2"), or a dash for an empty cell. */
  main: string;
  /** The unknown answers, shown small ("+1 unknown"), or "". */
  sub: string;
}

export interface TConditions {
  heading: string;
  intro: string;
  headers: { number: string; action: string; severity: string; owner: string; due: string };
  items: TConditionItem[];
  empty: string;
}

export interface TConditionItem {
  kind: "blockUnknown" | "remediation" | "vendorQuestion" | "vendorLetter" | "schoolAction";
  /** Key of its entry in the answers document's `actionPlan`. */
  actionId: string;
  kindLabel: string;
  text: string;
  /** Why it comes first (blockUnknown only), else "". */
  note: string;
  /** The questions concerned, e.g. "COM-01 · Do the contract or terms commit…" (the letter: their ids on one line). */
  details: string[];
  severity: TSeverity | null;
  severityLabel: string;
  /** Set by the user in the action plan ("" when not set). */
  owner: string;
  /** The due date, formatted ("" when not set). */
  due: string;
}

export interface TQuestions {
  heading: string;
  vendor: TQuestionList;
  school: TQuestionList;
}

export interface TQuestionList {
  heading: string;
  intro: string;
  empty: string;
  /** `question`: the form's question, under what to ask; null when that is the question itself. */
  items: { ruleId: string; text: string; question: string | null }[];
}

export interface TFindings {
  heading: string;
  intro: string;
  labels: {
    answer: string;
    why: string;
    references: string;
    remediation: string;
    raisedBy: string;
    unknown: string;
    vendorStep: string;
    schoolStep: string;
  };
  domains: TDomainSection[];
}

export interface TDomainSection {
  id: string;
  title: string;
  intro: string;
  tone: TDomainTone;
  statusLabel: string;
  pointsText: string;
  findings: TFindingCard[];
  empty: string;
  notApplicable: { heading: string; items: { ruleId: string; question: string; reason: string }[] };
}

export interface TFindingCard {
  ruleId: string;
  question: string;
  answer: string;
  severity: TSeverity;
  severityLabel: string;
  unknown: boolean;
  pointsText: string;
  why: string;
  references: string[];
  /** The risky answer's remedy; null for an unknown answer, which has its next step instead. */
  remediation: string | null;
  /** For an unknown answer: the question to the vendor or the check the school must make. */
  nextStep: { label: string; text: string } | null;
  raisedBy: string[];
  /** When the obligation behind the rule applies from (or since), when later than the text. */
  applies: string | null;
}

export interface TDpia {
  heading: string;
  status: TDpiaStatus;
  statusLabel: string;
  summary: string;
  /** The types of the CNIL's list the answers establish (the DPIA is then mandatory); none: empty. */
  listedHeading: string;
  listed: string[];
  criteriaHeading: string;
  criteria: { id: string; label: string; explanation: string }[];
  /** The criteria left unknown (listed apart from those not met). */
  unknownHeading: string;
  unknown: string[];
  notMetHeading: string;
  notMet: string[];
  answerGiven: TLabelValue;
  methodHeading: string;
  method: string[];
  nextStepsHeading: string;
  nextSteps: string[];
  /** Where to find the CNIL's PIA tool. */
  tool: string;
}

export interface TMethod {
  heading: string;
  paragraphs: string[];
  pointsTable: { headers: { severity: string; points: string }; rows: TLabelValue[] };
  rulesHeading: string;
  rules: string[];
  disclaimer: string;
  catalogue: string;
  sourcesHeading: string;
  /** "Legal information checked as of …", the catalogue's date. */
  checkedAsOf: string;
  /** Every source of the catalogue, with its date and, when not settled, its status and the date checked. */
  sources: string[];
}

export interface TAnnex {
  heading: string;
  intro: string;
  headers: { id: string; question: string; answer: string };
  groups: { id: string; title: string; rows: TAnnexRow[] }[];
}

export interface TAnnexRow {
  id: string;
  question: string;
  answer: string;
  state: "answered" | "unknown" | "not_answered" | "not_applicable";
}

/** The annex "What the answers rest on". */
export interface TEvidenceAnnex {
  heading: string;
  /** The counts, as in the summary. */
  intro: string;
  /** Each answer with its sources; `answerLine` is "Answer: …". */
  sourced: (TEvidenceRow & { answerLine: string; items: { kind: string; source: string; quote: string; meta: string }[] })[];
  unsourcedHeading: string;
  unsourced: TEvidenceRow[];
}

export interface TEvidenceRow {
  id: string;
  question: string;
  answer: string;
}
