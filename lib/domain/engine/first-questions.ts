import type { TCatalogue, TSeverity } from "../catalogue";
import { compareSeverity } from "./severity";
import type { TEvaluation } from "./types";

/** How many points a letter puts first; the others go to its annex. */
export const FIRST_QUESTIONS_MAX = 8;

/** Confirmed risks at least this severe are among the points a letter can put first. */
const CONFIRMED_FROM: TSeverity = "HIGH";

/** One point a letter puts first: a confirmed risk to ask about, or a question left unanswered. */
export type TFirstQuestion =
  | { kind: "risk"; ruleId: string; severity: TSeverity; answer: string }
  | { kind: "question"; ruleId: string; severity: TSeverity | null; gate: boolean };

export interface TLetterQuestions {
  /** At most FIRST_QUESTIONS_MAX, the most important first. */
  first: TFirstQuestion[];
  /** The other questions, in catalogue order: the school's ([S]) and the vendor's ([V]). */
  rest: { school: string[]; vendor: string[] };
}

/**
 * The points that matter most for this service, for a letter that cannot ask everything at once:
 * the gate questions left unanswered (the others depend on them), then the confirmed risks of
 * severity HIGH or worse and the unanswered questions, worst first; at equal severity one risk and
 * one question per domain before a second of the same domain, in catalogue order. A
 * question about the kind of service (HOST-06, "is it a US collaborative suite?") comes first only
 * when the answer says it is one. Pure: the letter's builders read it, so the choice is made once.
 */
export function letterQuestions(evaluation: Pick<TEvaluation, "findings" | "schoolActions" | "vendorQuestions">, catalogue: TCatalogue): TLetterQuestions {
  const rules = catalogue.domains.flatMap((d) => d.rules.map((rule) => ({ rule, domain: d.id })));
  const byId = new Map(rules.map((r) => [r.rule.id, r]));
  const order = new Map(rules.map((r, i) => [r.rule.id, i]));
  const asked = new Set([...evaluation.schoolActions, ...evaluation.vendorQuestions]);
  const severityOf = new Map(evaluation.findings.map((f) => [f.ruleId, f]));

  type TCandidate = { item: TFirstQuestion; domain: string; rank: number };
  const candidates: TCandidate[] = [];
  for (const f of evaluation.findings) {
    if (f.unknown || compareSeverity(f.severity, CONFIRMED_FROM) < 0) continue;
    candidates.push({ item: { kind: "risk", ruleId: f.ruleId, severity: f.severity, answer: f.answer }, domain: f.domain, rank: 0 });
  }
  for (const id of asked) {
    const entry = byId.get(id);
    if (entry === undefined || entry.rule.kindOfService === true) continue;
    const severity = severityOf.get(id)?.severity ?? null;
    candidates.push({ item: { kind: "question", ruleId: id, severity, gate: entry.rule.gate === true }, domain: entry.domain, rank: 1 });
  }

  // Within a severity, the n-th risk (or question) of a domain comes after every domain's (n-1)-th.
  const severityKey = (c: TCandidate) => (c.item.kind === "question" && c.item.gate ? "gate" : (c.item.severity ?? "none"));
  const sorted = [...candidates].sort((a, b) => gateFirst(a.item, b.item) || bySeverity(a.item, b.item) || a.rank - b.rank || (order.get(a.item.ruleId) ?? 0) - (order.get(b.item.ruleId) ?? 0));
  const seen = new Map<string, number>();
  const round = new Map<TCandidate, number>();
  for (const c of sorted) {
    const key = `${severityKey(c)}|${c.domain}|${c.item.kind}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    round.set(c, n);
  }
  const ranked = [...sorted].sort(
    (a, b) =>
      gateFirst(a.item, b.item) ||
      bySeverity(a.item, b.item) ||
      (round.get(a) ?? 0) - (round.get(b) ?? 0) ||
      (order.get(a.item.ruleId) ?? 0) - (order.get(b.item.ruleId) ?? 0) ||
      a.rank - b.rank,
  );
  const first = ranked.slice(0, FIRST_QUESTIONS_MAX).map((c) => c.item);
  const firstIds = new Set(first.filter((q) => q.kind === "question").map((q) => q.ruleId));
  const inOrder = (ids: readonly string[]) => ids.filter((id) => !firstIds.has(id)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { first, rest: { school: inOrder(evaluation.schoolActions), vendor: inOrder(evaluation.vendorQuestions) } };
}

const isGate = (q: TFirstQuestion) => q.kind === "question" && q.gate;
const gateFirst = (a: TFirstQuestion, b: TFirstQuestion) => Number(isGate(b)) - Number(isGate(a));
/** Worst first; a question with no severity of its own (a follow-up) last. */
const bySeverity = (a: TFirstQuestion, b: TFirstQuestion) => {
  if (a.severity === null || b.severity === null) return Number(a.severity === null) - Number(b.severity === null);
  return compareSeverity(b.severity, a.severity);
};
