import type { TCatalogue, TRule, TContextQuestion, TWho } from "./types";
import { SEVERITIES, UNKNOWN, YES_NO } from "./types";

/**
 * The message keys the catalogue needs, in one place: every reader (form, engine views, PDF,
 * letters) builds keys with these helpers, and a test checks that each one exists in every locale.
 */
export const ruleKey = (id: string, part: "question" | "help" | "remediation" | "vendorQuestion" | "schoolAction") =>
  `Rules.${id}.${part}`;

/**
 * What to do about a finding, as the rule's message part: the remedy of a risky answer; for an
 * unknown answer, what settles it instead — the question to the vendor [V] or the school's check [S].
 */
export const followUpPart = (f: { unknown: boolean; who: TWho }) =>
  !f.unknown ? "remediation" : f.who === "V" ? "vendorQuestion" : "schoolAction";

const isYesNo = (options: readonly string[]) =>
  options.length === YES_NO.length && YES_NO.every((o) => options.includes(o));

/** Label of one answer value: yes/no/unknown are shared, other options belong to their question. */
export const answerKey = (question: TRule | TContextQuestion, value: string) =>
  value === UNKNOWN || isYesNo(question.options) ? `Answers.${value}` : `Rules.${question.id}.options.${value}`;

export const domainKey = (id: string, part: "title" | "intro") => `Domains.${id}.${part}`;
export const sourceKey = (id: string) => `Sources.${id}`;
export const severityKey = (s: string) => `Severity.${s}`;
export const dpiaCriterionKey = (id: string, part: "label" | "explanation") => `Dpia.criteria.${id}.${part}`;
export const modifierKey = (id: string) => `Modifiers.${id}`;
export const verdictKey = (v: string, part: "label" | "summary") => `Verdict.${v}.${part}`;
export const domainStatusKey = (s: string) => `DomainStatus.${s}`;

export const VERDICTS = ["acceptable", "conditions", "not_recommended"] as const;
export const DOMAIN_STATUSES = ["pass", "warn", "fail"] as const;

export function catalogueMessageKeys(c: TCatalogue): string[] {
  const keys = new Set<string>();
  keys.add(domainKey("CTX", "title")).add(domainKey("CTX", "intro"));
  for (const q of c.context) {
    keys.add(ruleKey(q.id, "question")).add(ruleKey(q.id, "help"));
    for (const o of [...q.options, UNKNOWN]) keys.add(answerKey(q, o));
  }
  for (const d of c.domains) {
    keys.add(domainKey(d.id, "title")).add(domainKey(d.id, "intro"));
    for (const r of d.rules) {
      keys.add(ruleKey(r.id, "question")).add(ruleKey(r.id, "help")).add(ruleKey(r.id, "remediation"));
      keys.add(ruleKey(r.id, r.who === "V" ? "vendorQuestion" : "schoolAction"));
      for (const o of [...r.options, UNKNOWN]) keys.add(answerKey(r, o));
      for (const ref of r.references) keys.add(sourceKey(ref.source));
    }
  }
  for (const s of Object.keys(c.sources)) keys.add(sourceKey(s));
  for (const s of SEVERITIES) keys.add(severityKey(s));
  for (const m of c.modifiers) keys.add(modifierKey(m.id));
  for (const k of c.dpiaCriteria) keys.add(dpiaCriterionKey(k.id, "label")).add(dpiaCriterionKey(k.id, "explanation"));
  for (const v of VERDICTS) keys.add(verdictKey(v, "label")).add(verdictKey(v, "summary"));
  for (const s of DOMAIN_STATUSES) keys.add(domainStatusKey(s));
  return [...keys];
}
