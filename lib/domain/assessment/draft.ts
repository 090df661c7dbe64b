import { CONTEXT, DOMAINS, RULES, UNKNOWN, type TContextQuestion, type TRule } from "../catalogue";
import type { TNotApplicableReason } from "../engine";
import { ACTION_PLAN_KEYS, DECISION_OUTCOMES, EVIDENCE_ITEMS_MAX, EVIDENCE_KINDS, QUESTIONS, SCHEMA_VERSION, type TDecisionOutcome, type TEvidenceKind } from "../schema/document-shape";
import { MODES, type TMode } from "../schema/modes";
import { CONTEXT_STEP, stepOfDomain } from "./steps";

/**
 * The answers document as the form holds it while it is being filled in: blank text fields are
 * empty strings, unanswered questions are absent. `toDocument` turns it into the checked document.
 */
export interface TDraft {
  schemaVersion: typeof SCHEMA_VERSION;
  service: { name: string; vendor: string; url: string };
  school: { name: string; uai: string };
  assessor: { name: string; role: string };
  answers: Partial<Record<string, string>>;
  /** Who is answering (chosen on the start page). */
  mode?: TMode;
  /** Owner and due date of each action, keyed like the document's `actionPlan`. */
  actionPlan?: Partial<Record<string, { owner: string; due: string }>>;
  /** The head of school's decision, once recorded (the result page's decision form checks it). */
  decision?: TDraftDecision;
  /** The sources of each answer, keyed by question id (blank text fields are empty strings). */
  evidence?: Partial<Record<string, TDraftEvidenceItem[]>>;
}

/** One source as the form holds it: blank text fields are empty strings. */
export interface TDraftEvidenceItem {
  kind: TEvidenceKind;
  source: string;
  quote: string;
  date: string;
  by: string;
}

/** A new source in the form: a document, read today (the local date, YYYY-MM-DD). */
export function newEvidenceItem(today: Date = new Date()): TDraftEvidenceItem {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return { kind: "document", source: "", quote: "", date, by: "" };
}

/** The decision as the draft keeps it: blank text fields are empty strings. */
export interface TDraftDecision {
  outcome: TDecisionOutcome;
  date: string;
  by: { name: string; role: string };
  conditions: string[];
  /** The decision's reasons (required for a new refusal). */
  reason?: string;
  dpd: { consulted: boolean; date: string; opinion: string; name?: string; favourable?: boolean };
  boardDate: string;
  reviewDate: string;
}

/** Longest text kept from storage: twice the schema's limit, so a too-long entry stays editable. */
const STORED_TEXT_MAX = 1000;

export const emptyDraft = (): TDraft => ({
  schemaVersion: SCHEMA_VERSION,
  service: { name: "", vendor: "", url: "" },
  school: { name: "", uai: "" },
  assessor: { name: "", role: "" },
  answers: {},
});

const ANSWER_VALUES = new Map(QUESTIONS.map((q) => [q.id, new Set<unknown>(q.values)]));
const ACTION_KEYS = new Set(ACTION_PLAN_KEYS);

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const text = (v: unknown): string => (typeof v === "string" ? v.slice(0, STORED_TEXT_MAX) : "");

/** Longest DPD opinion kept from storage (twice the schema's limit). */
const STORED_OPINION_MAX = 4000;

/** A stored decision, kept when it has an outcome (the schema checks the rest). */
function sanitizeDecision(raw: unknown): TDraftDecision | undefined {
  const src = record(raw);
  const outcome = DECISION_OUTCOMES.find((o) => o === src.outcome);
  if (outcome === undefined) return undefined;
  const by = record(src.by);
  const dpd = record(src.dpd);
  return {
    outcome,
    date: text(src.date),
    by: { name: text(by.name), role: text(by.role) },
    conditions: Array.isArray(src.conditions) ? src.conditions.slice(0, 60).map(text) : [],
    ...(typeof src.reason === "string" ? { reason: src.reason.slice(0, STORED_OPINION_MAX) } : {}),
    dpd: {
      consulted: dpd.consulted === true,
      date: text(dpd.date),
      opinion: typeof dpd.opinion === "string" ? dpd.opinion.slice(0, STORED_OPINION_MAX) : "",
      ...(typeof dpd.name === "string" ? { name: text(dpd.name) } : {}),
      ...(typeof dpd.favourable === "boolean" ? { favourable: dpd.favourable } : {}),
    },
    boardDate: text(src.boardDate),
    reviewDate: text(src.reviewDate),
  };
}

/** Longest quote kept from storage (twice the schema's limit). */
const STORED_QUOTE_MAX = 4000;

/**
 * Stored sources, for the questions the document knows; at most one more item per question than
 * the schema accepts, so that a list one too long stays editable. Every item is kept as it is
 * (even a blank one): the form's errors name items by their place in the list.
 */
function sanitizeEvidence(raw: unknown): NonNullable<TDraft["evidence"]> {
  const out: NonNullable<TDraft["evidence"]> = {};
  for (const [id, list] of Object.entries(record(raw))) {
    if (!ANSWER_VALUES.has(id) || !Array.isArray(list) || list.length === 0) continue;
    out[id] = list.slice(0, EVIDENCE_ITEMS_MAX + 1).map((value) => {
      const item = record(value);
      return {
        kind: EVIDENCE_KINDS.find((k) => k === item.kind) ?? "document",
        source: text(item.source),
        quote: typeof item.quote === "string" ? item.quote.slice(0, STORED_QUOTE_MAX) : "",
        date: text(item.date),
        by: text(item.by),
      };
    });
  }
  return out;
}

/**
 * Reads anything (stored JSON, an imported file) into a draft. An answer is kept only when its
 * question accepts it (as the schema does); unknown keys are dropped; text fields keep any string
 * (a half-typed address stays editable; the form validates it with the schema). No zod here: the
 * start page and the form read the stored draft before the schema is loaded.
 */
export function sanitizeDraft(raw: unknown): TDraft {
  const src = record(raw);
  const service = record(src.service);
  const school = record(src.school);
  const assessor = record(src.assessor);
  const answers: Partial<Record<string, string>> = {};
  for (const [id, value] of Object.entries(record(src.answers))) {
    if (typeof value === "string" && ANSWER_VALUES.get(id)?.has(value) === true) answers[id] = value;
  }
  const mode = MODES.find((m) => m === src.mode);
  const actionPlan: NonNullable<TDraft["actionPlan"]> = {};
  for (const [id, value] of Object.entries(record(src.actionPlan))) {
    const entry = { owner: text(record(value).owner), due: text(record(value).due) };
    if (ACTION_KEYS.has(id) && (entry.owner !== "" || entry.due !== "")) actionPlan[id] = entry;
  }
  const decision = sanitizeDecision(src.decision);
  const evidence = sanitizeEvidence(src.evidence);
  return {
    schemaVersion: SCHEMA_VERSION,
    service: { name: text(service.name), vendor: text(service.vendor), url: text(service.url) },
    school: { name: text(school.name), uai: text(school.uai) },
    assessor: { name: text(assessor.name), role: text(assessor.role) },
    answers,
    ...(mode === undefined ? {} : { mode }),
    ...(Object.keys(actionPlan).length > 0 ? { actionPlan } : {}),
    ...(decision === undefined ? {} : { decision }),
    ...(Object.keys(evidence).length > 0 ? { evidence } : {}),
  };
}

/** True when the draft holds anything the user typed or chose. */
export function isStarted(draft: TDraft): boolean {
  const texts = [...Object.values(draft.service), ...Object.values(draft.school), ...Object.values(draft.assessor)];
  return texts.some((t) => t.trim() !== "") || Object.values(draft.answers).some((v) => v !== undefined);
}

export interface TStepGap {
  step: string;
  /** The domain id, or "CTX" for the context step. */
  domain: string;
  /** Questions asked in this context and not answered yet, in catalogue order. */
  unanswered: string[];
  /** Questions answered "I don't know" (they count as unknown, like those not answered). */
  unknown: string[];
  /** How many questions the step asks in this context. */
  asked: number;
}

/** What is left to answer, step by step (questions that do not apply are not counted). */
export function gapsByStep(draft: TDraft, notApplicable: ReadonlyMap<string, TNotApplicableReason>): TStepGap[] {
  const gap = (step: string, domain: string, questions: readonly (TContextQuestion | TRule)[]): TStepGap => {
    const asked = questions.filter((q) => !notApplicable.has(q.id));
    const withAnswer = (value: string | undefined) => asked.filter((q) => draft.answers[q.id] === value).map((q) => q.id);
    return { step, domain, asked: asked.length, unanswered: withAnswer(undefined), unknown: withAnswer(UNKNOWN) };
  };
  return [gap(CONTEXT_STEP, "CTX", CONTEXT), ...DOMAINS.map((d) => gap(stepOfDomain(d.id), d.id, d.rules))];
}
