import { RULES } from "./rules";
import type { TCatalogue, TDpiaStatus, TRule, TContextQuestion, TWho } from "./types";
import { SEVERITIES, UNKNOWN, YES_NO } from "./types";

/**
 * The message keys the catalogue needs, in one place: every reader (form, engine views, PDF,
 * letters) builds keys with these helpers, and a test checks that each one exists in every locale.
 */
export const ruleKey = (id: string, part: "question" | "help" | "remediation" | "vendorQuestion" | "schoolAction") =>
  `Rules.${id}.${part}`;

const OWN_REMEDIES = new Map(RULES.map((r) => [r.id, r.remedies ?? []]));

/**
 * The remedy of a risky answer: the one its severity's case names (`remedy`, e.g. ACC-05 for a
 * type of the CNIL's list), else the answer's own when the rule has one (`remedies`), else the rule's.
 */
export const remediationKey = (id: string, answer: string, remedy?: string) =>
  remedy !== undefined
    ? `Rules.${id}.remediations.${remedy}`
    : OWN_REMEDIES.get(id)?.includes(answer)
      ? `Rules.${id}.remediations.${answer}`
      : ruleKey(id, "remediation");

/** The text of an engine condition (a remedy or a question to the vendor); stored conditions may lack the answer. */
export const conditionKey = (c: { kind: "remediation" | "vendorQuestion"; ruleId: string; answer?: string; remedy?: string }) =>
  c.kind === "remediation" ? remediationKey(c.ruleId, c.answer ?? "", c.remedy) : ruleKey(c.ruleId, "vendorQuestion");

/**
 * What to do about a finding: the remedy of a risky answer; for an unknown answer, what settles it
 * instead — the question to the vendor [V] or the school's check [S].
 */
export const followUpKey = (f: { ruleId: string; answer: string; unknown: boolean; who: TWho; remedy?: string }) =>
  !f.unknown ? remediationKey(f.ruleId, f.answer, f.remedy) : ruleKey(f.ruleId, f.who === "V" ? "vendorQuestion" : "schoolAction");

const isYesNo = (options: readonly string[]) =>
  options.length === YES_NO.length && YES_NO.every((o) => options.includes(o));

/** Label of one answer value: yes/no/unknown are shared, other options belong to their question. */
export const answerKey = (question: TRule | TContextQuestion, value: string) =>
  value === UNKNOWN || isYesNo(question.options) ? `Answers.${value}` : `Rules.${question.id}.options.${value}`;

/**
 * The [V] rules whose question, as the catalogue words it, speaks as the school ("our school",
 * "our contract"): a parents' association asks them in its own words (ParentsQuestions.*).
 */
export const PARENTS_WORDED = new Set([
  "COM-01", "COM-02", "COM-03", "COM-04", "COM-05",
  "HOST-01", "HOST-02", "HOST-03", "HOST-04", "HOST-05", "HOST-07",
  "SEC-02", "SEC-04", "SEC-05", "SEC-06",
  "RIG-01", "RIG-02", "RIG-04", "RIG-05",
  "ACC-01", "ACC-02", "ACC-07",
  "INF-04",
  "MIN-05", "MIN-06", "MIN-07",
]);

/** The message key of a [V] rule's question to the vendor, as the school or as parents ask it. */
export const vendorQuestionKey = (ruleId: string, mode: string | undefined): string =>
  mode === "parents" && PARENTS_WORDED.has(ruleId) ? `ParentsQuestions.${ruleId}` : ruleKey(ruleId, "vendorQuestion");

export const domainKey = (id: string, part: "title" | "intro") => `Domains.${id}.${part}`;
export const sourceKey = (id: string) => `Sources.${id}`;
export const severityKey = (s: string) => `Severity.${s}`;
export const dpiaCriterionKey = (id: string, part: "label" | "explanation") => `Dpia.criteria.${id}.${part}`;
export const modifierKey = (id: string) => `Modifiers.${id}`;
export const VERDICTS = ["acceptable", "conditions", "not_recommended"] as const;
export const DOMAIN_STATUSES = ["pass", "warn", "fail"] as const;
export const STATUS_BASES = ["answers", "unknowns"] as const;
type TBasisName = (typeof STATUS_BASES)[number];

/**
 * A verdict's words. When it rests on unknown answers (`basis` "unknowns") the value stays but the
 * words say "as things stand" (an acceptable verdict never rests on them).
 */
export const verdictKey = (v: string, part: "label" | "summary", basis: TBasisName = "answers") =>
  basis === "unknowns" && v !== "acceptable" ? `Verdict.${v}.asThingsStand.${part}` : `Verdict.${v}.${part}`;

/**
 * A verdict's meaning for its reader: a parents' association reads it from public information and
 * asks the school (never "do not use it", which is the school's decision); anyone else gets the
 * verdict's own summary. A "not recommended as things stand" says it is no finding of a breach only
 * while no risk is confirmed (`confirmedRisks`).
 */
export const verdictSummaryKey = (v: string, basis: TBasisName = "answers", mode?: string, prohibited = false, confirmedRisks = false) =>
  prohibited
    ? prohibitedVerdictKey(mode)
    : mode === "parents"
      ? `ParentsVerdict.${v}.${basis}`
      : basis === "unknowns" && v === "not_recommended" && confirmedRisks
        ? "Verdict.not_recommended.asThingsStand.summaryWithRisks"
        : verdictKey(v, "summary", basis);

/**
 * The verdict's reason when an answer is a prohibited practice (AI Act art. 5): no DPIA and no
 * condition makes the service usable; parents read it as what to ask the school.
 */
export const prohibitedVerdictKey = (mode?: string) => (mode === "parents" ? "ParentsVerdict.prohibited" : "Verdict.not_recommended.prohibited");

/** The segment of the messages of each DPIA status (Report.dpia.*, Dpia.*, Documents.dpia.meaning.*). */
export const DPIA_MESSAGE: Record<TDpiaStatus, "required" | "undetermined" | "notRequired"> = {
  required: "required",
  undetermined: "undetermined",
  not_required: "notRequired",
};

/**
 * The segment of the messages of a DPIA indicator (Report.dpia.*, Dpia.*, ResultPage.dpiaStatus.*):
 * `listed` when the answers establish a type of the CNIL's list (mandatory, never "in most cases").
 * A stored evaluation may carry no `listed`.
 */
export type TDpiaIndicator = "listed" | (typeof DPIA_MESSAGE)[TDpiaStatus];
export const dpiaMessageOf = (d: { status: TDpiaStatus; listed?: readonly string[] }): TDpiaIndicator =>
  (d.listed?.length ?? 0) > 0 ? "listed" : DPIA_MESSAGE[d.status];
export const dpiaListTypeKey = (id: string) => `Dpia.listTypes.${id}`;

/** The label of a plain domain status ("Satisfactory", "Needs improvement", "Insufficient"). */
export const domainStatusKey = (s: string) => `DomainStatus.${s}`;

/** A domain none of whose scored questions applies (the AI domain of a service without AI). */
const isWholeDomainNotApplicable = (d: { max?: number; notApplicable?: readonly string[] }) =>
  d.max === 0 && (d.notApplicable?.length ?? 0) > 0;

/**
 * A domain's label with its basis: a status that rests on unknown answers reads "To be checked (n
 * unknown)" when nothing is confirmed, or "<confirmed status>, to be checked" (a confirmed problem
 * is never hidden).
 */
export function domainLabel(
  t: (key: string, values?: Record<string, string | number>) => string,
  d: { status: string; confirmedStatus?: string; basis?: TBasisName; unknowns?: number; max?: number; notApplicable?: readonly string[] },
): string {
  if (isWholeDomainNotApplicable(d)) return t(domainStatusKey("not_applicable"));
  if (d.basis !== "unknowns" || d.confirmedStatus === undefined) return t(domainStatusKey(d.status));
  if (d.confirmedStatus === "pass") return t("DomainStatus.toCheck", { count: d.unknowns ?? 0 });
  return t("DomainStatus.confirmedToCheck", { status: t(domainStatusKey(d.confirmedStatus)) });
}

/** How a domain's status looks: its own, its confirmed one when that rests on unknowns, or "check" when nothing is confirmed. */
export const DOMAIN_TONES = ["pass", "warn", "fail", "check", "na"] as const;
export type TDomainTone = (typeof DOMAIN_TONES)[number];
export function domainTone(d: {
  status: "pass" | "warn" | "fail";
  confirmedStatus?: "pass" | "warn" | "fail";
  basis?: TBasisName;
  max?: number;
  notApplicable?: readonly string[];
}): TDomainTone {
  if (isWholeDomainNotApplicable(d)) return "na";
  if (d.basis !== "unknowns" || d.confirmedStatus === undefined) return d.status;
  return d.confirmedStatus === "pass" ? "check" : d.confirmedStatus;
}

/** The message keys of the sources' statuses, and of a reference cited as history. */
export const referenceKey = (part: "articles" | "recitals" | "annex" | "dated" | "history" | "reported" | "pending") => `Reference.${part}`;
export const catalogueChangeKey = (part: string) => `CatalogueChanges.${part}`;
export const appliesKey = (part: "since" | "from" | "sinceReported" | "fromReported") => `Applies.${part}`;

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
      for (const a of r.remedies ?? []) keys.add(remediationKey(r.id, a));
      for (const [answer, risk] of Object.entries(r.risky)) {
        if (typeof risk !== "string") for (const c of risk.cases) if (c.remedy !== undefined) keys.add(remediationKey(r.id, answer, c.remedy));
      }
      keys.add(ruleKey(r.id, r.who === "V" ? "vendorQuestion" : "schoolAction"));
      for (const o of [...r.options, UNKNOWN]) keys.add(answerKey(r, o));
      for (const ref of r.references) keys.add(sourceKey(ref.source));
    }
  }
  for (const s of Object.keys(c.sources)) keys.add(sourceKey(s));
  for (const s of SEVERITIES) keys.add(severityKey(s));
  for (const m of c.modifiers) keys.add(modifierKey(m.id));
  for (const l of c.dpiaListTypes) keys.add(dpiaListTypeKey(l.id));
  keys.add(prohibitedVerdictKey()).add(prohibitedVerdictKey("parents"));
  for (const k of c.dpiaCriteria) keys.add(dpiaCriterionKey(k.id, "label")).add(dpiaCriterionKey(k.id, "explanation"));
  for (const v of VERDICTS) {
    for (const basis of STATUS_BASES) {
      keys.add(verdictKey(v, "label", basis)).add(verdictKey(v, "summary", basis)).add(verdictSummaryKey(v, basis, "parents"));
    }
  }
  for (const s of DOMAIN_STATUSES) keys.add(domainStatusKey(s));
  keys.add("DomainStatus.toCheck").add("DomainStatus.confirmedToCheck");
  for (const change of c.changes) for (const reason of change.reasons) keys.add(catalogueChangeKey(`reasons.${reason}`));
  return [...keys];
}
