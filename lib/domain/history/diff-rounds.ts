import { CONTEXT, RULES, UNKNOWN, type TSeverity } from "../catalogue";
import { dpiaMessageOf, type TDpiaIndicator } from "../catalogue/message-keys";
import type { TDomainStatus, TDpiaStatus, TEvaluation, TVerdict } from "../engine/types";
import type { TAnswersDocument } from "../schema";
import { TEXT_FIELDS, type TTextField } from "../assessment/steps";

/** What a round needs for the history: its answers and its frozen evaluation. */
export interface TRoundSnapshot {
  round: number;
  document: TAnswersDocument;
  evaluation: TEvaluation;
  catalogueVersion: string;
}

export interface TChange<T> {
  before: T;
  after: T;
}

export interface TAnswerChange extends TChange<string> {
  questionId: string;
}

export interface TFieldChange extends TChange<string | null> {
  /** Dotted path, e.g. "service.vendor". */
  field: string;
}

export interface TFindingRef {
  ruleId: string;
  severity: TSeverity;
  unknown: boolean;
}

export interface TRoundDiff {
  from: number;
  to: number;
  /** Answers that differ, in catalogue order; a missing answer reads as "unknown". */
  answers: TAnswerChange[];
  /** Service, school and assessor fields that differ. */
  details: TFieldChange[];
  verdict: TChange<TVerdict> | null;
  catalogueVersion: TChange<string> | null;
  /** Domains whose status changed. */
  domains: (TChange<TDomainStatus | null> & { id: string })[];
  findings: {
    /** Findings in the later round only. */
    added: TFindingRef[];
    /** Findings in the earlier round only. */
    removed: TFindingRef[];
    /** Same rule, another severity or certainty. */
    changed: (TChange<TFindingRef> & { ruleId: string })[];
  };
  dpiaRequired: TChange<boolean> | null;
  /** The DPIA indicator's status (required · undetermined · not_required). */
  dpia: TChange<TDpiaStatus> | null;
  /** The indicator as the pages show it: `listed` (mandatory: a type on the CNIL's list) or the status's message. */
  dpiaIndicator: TChange<TDpiaIndicator> | null;
}

const QUESTION_ORDER = [...CONTEXT, ...RULES].map((q) => q.id);


function detailOf(doc: TAnswersDocument, field: TTextField): string | null {
  const [group, key] = field.split(".") as [keyof TAnswersDocument, string];
  const value = (doc[group] as Record<string, unknown> | undefined)?.[key];
  return typeof value === "string" ? value : null;
}

const change = <T>(before: T, after: T): TChange<T> | null => (before === after ? null : { before, after });

const findingRef = (f: TEvaluation["findings"][number]): TFindingRef => ({ ruleId: f.ruleId, severity: f.severity, unknown: f.unknown });

/** Questions answered in either round, catalogue order first, then ids the catalogue no longer has. */
function questionIds(a: TAnswersDocument, b: TAnswersDocument): string[] {
  const extra = [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])].filter((id) => !QUESTION_ORDER.includes(id)).sort();
  return [...QUESTION_ORDER, ...extra];
}

/** What changed from one round to the next: answers, details, verdict, domains, findings, DPIA. */
export function diffRounds(before: TRoundSnapshot, after: TRoundSnapshot): TRoundDiff {
  const answerOf = (doc: TAnswersDocument, id: string) => (doc.answers as Record<string, string | undefined>)[id] ?? UNKNOWN;
  const answers = questionIds(before.document, after.document).flatMap((questionId) => {
    const c = change(answerOf(before.document, questionId), answerOf(after.document, questionId));
    return c === null ? [] : [{ questionId, ...c }];
  });
  const details = TEXT_FIELDS.flatMap((field) => {
    const c = change(detailOf(before.document, field), detailOf(after.document, field));
    return c === null ? [] : [{ field, ...c }];
  });
  const domainIds = [...new Set([...before.evaluation.domains, ...after.evaluation.domains].map((d) => d.id))];
  const statusOf = (e: TEvaluation, id: string) => e.domains.find((d) => d.id === id)?.status ?? null;
  const domains = domainIds.flatMap((id) => {
    const c = change(statusOf(before.evaluation, id), statusOf(after.evaluation, id));
    return c === null ? [] : [{ id, ...c }];
  });
  const beforeFindings = new Map(before.evaluation.findings.map((f) => [f.ruleId, findingRef(f)]));
  const afterFindings = new Map(after.evaluation.findings.map((f) => [f.ruleId, findingRef(f)]));
  const changed = [...afterFindings.values()].flatMap((a) => {
    const b = beforeFindings.get(a.ruleId);
    return b !== undefined && (b.severity !== a.severity || b.unknown !== a.unknown) ? [{ ruleId: a.ruleId, before: b, after: a }] : [];
  });
  return {
    from: before.round,
    to: after.round,
    answers,
    details,
    verdict: change(before.evaluation.verdict, after.evaluation.verdict),
    catalogueVersion: change(before.catalogueVersion, after.catalogueVersion),
    domains,
    findings: {
      added: [...afterFindings.values()].filter((f) => !beforeFindings.has(f.ruleId)),
      removed: [...beforeFindings.values()].filter((f) => !afterFindings.has(f.ruleId)),
      changed,
    },
    dpiaRequired: change(before.evaluation.dpia.required, after.evaluation.dpia.required),
    dpia: change(before.evaluation.dpia.status, after.evaluation.dpia.status),
    dpiaIndicator: change(dpiaMessageOf(before.evaluation.dpia), dpiaMessageOf(after.evaluation.dpia)),
  };
}

/** The changes between each round and the next, oldest first. */
export function historyOf(rounds: readonly TRoundSnapshot[]): TRoundDiff[] {
  return rounds.slice(1).map((r, i) => diffRounds(rounds[i] as TRoundSnapshot, r));
}
