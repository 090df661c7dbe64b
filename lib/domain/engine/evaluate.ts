import type { TCatalogue, TRule, TSeverity, TRisk } from "../catalogue";
import { answerOf, holds, holdsOn, type TConditionState } from "./conditions";
import { notApplicableRules } from "./applicability";
import { evaluateDpia, unknownAnswersOf } from "./dpia";
import { compareSeverity, lower, maxSeverity, raise } from "./severity";
import type { TAnswers, TBasis, TCondition, TDomainResult, TDomainStatus, TEvaluation, TFinding, TVerdict } from "./types";

interface TContext {
  catalogue: TCatalogue;
  state: TConditionState;
  /** Domain id → ids of the modifiers that raise its risky findings. */
  raisedBy: Map<string, string[]>;
  isUnknown: (id: string, answer: string) => boolean;
}

function resolveRisk(risk: TRisk | undefined, state: TConditionState): TSeverity | null {
  if (risk === undefined) return null;
  if (typeof risk === "string") return risk;
  return risk.cases.find((c) => holds(c.when, state))?.severity ?? risk.otherwise;
}

/** The remedy named by the case that sets a risky answer's severity, if any. */
function remedyOf(risk: TRisk | undefined, state: TConditionState): string | undefined {
  if (risk === undefined || typeof risk === "string") return undefined;
  return risk.cases.find((c) => holds(c.when, state))?.remedy;
}

/** The finding for one applicable rule (null when its answer is not risky), and its worst severity. */
function assessRule(rule: TRule, domain: string, ctx: TContext): { worst: TSeverity | null; finding: TFinding | null } {
  const { scoring } = ctx.catalogue;
  const raisedBy = ctx.raisedBy.get(domain) ?? [];
  const modified = (s: TSeverity | null) => (s !== null && raisedBy.length > 0 ? raise(s, scoring.raiseCap) : s);
  const severityOf = (value: string) => modified(resolveRisk(rule.risky[value], ctx.state));

  const risky = rule.options.map(severityOf).filter((s): s is TSeverity => s !== null);
  const unknownSeverity = rule.unknown === undefined ? null : modified(rule.unknown);
  const worst = maxSeverity(unknownSeverity === null ? risky : [...risky, unknownSeverity]);
  if (worst === null) return { worst, finding: null };

  const answer = answerOf(ctx.state.answers, rule.id);
  const unknown = ctx.isUnknown(rule.id, answer);
  const severity = unknown ? (unknownSeverity ?? lower(worst)) : severityOf(answer);
  if (severity === null) return { worst, finding: null };
  const base = unknown ? null : resolveRisk(rule.risky[answer], ctx.state);
  const remedy = unknown ? undefined : remedyOf(rule.risky[answer], ctx.state);
  const prohibited = !unknown && (rule.prohibited?.includes(answer) ?? false);
  return {
    worst,
    finding: {
      ruleId: rule.id,
      domain,
      who: rule.who,
      severity,
      worst,
      answer,
      unknown,
      points: scoring.points[severity],
      raisedBy: base !== null && base !== severity ? raisedBy : [],
      ...(remedy === undefined ? {} : { remedy }),
      ...(prohibited ? { prohibited: true as const } : {}),
    },
  };
}

/**
 * A domain's status from its findings. With `confirmed`, unknown answers are left out (no points,
 * no flags); the maximum stays the same.
 */
function domainStatus(findings: readonly TFinding[], max: number, c: TCatalogue, confirmed: boolean): TDomainStatus {
  const { domain, blocking } = c.scoring;
  const counted = confirmed ? findings.filter((f) => !f.unknown) : findings;
  const points = counted.reduce((sum, f) => sum + f.points, 0);
  const risky = counted.filter((f) => !f.unknown);
  const highs = risky.filter((f) => f.severity === "HIGH").length;
  const reaches = (percent: number) => max > 0 && points * 100 >= percent * max;
  if (risky.some((f) => f.severity === blocking) || highs >= domain.failHighCount || reaches(domain.failPercent)) {
    return "fail";
  }
  const unknownSerious = counted.some((f) => f.unknown && compareSeverity(f.worst, "HIGH") >= 0);
  if (highs > 0 || unknownSerious || reaches(domain.warnPercent)) return "warn";
  return "pass";
}

/** The overall verdict from the domains' statuses and the findings that count. */
function verdictOf(statuses: readonly TDomainStatus[], findings: readonly TFinding[], c: TCatalogue): TVerdict {
  const { scoring } = c;
  const failed = statuses.filter((s) => s === "fail").length;
  const unknownBlocks = findings.filter((f) => f.unknown && f.worst === scoring.blocking).length;
  const riskyBlock = findings.some((f) => !f.unknown && f.severity === scoring.blocking);
  if (riskyBlock || failed >= scoring.overall.notRecommendedFailedDomains || unknownBlocks >= scoring.overall.notRecommendedUnknownBlocks) {
    return "not_recommended";
  }
  return statuses.some((s) => s !== "pass") ? "conditions" : "acceptable";
}

const STATUS_RANK: Record<TDomainStatus, number> = { pass: 0, warn: 1, fail: 2 };
const VERDICT_RANK: Record<TVerdict, number> = { acceptable: 0, conditions: 1, not_recommended: 2 };
const basisOf = (rank: number, confirmedRank: number): TBasis => (confirmedRank < rank ? "unknowns" : "answers");

type TScored = Pick<TEvaluation, "verdict" | "findings"> & { domains: Omit<TDomainResult, "confirmedStatus" | "basis" | "unknowns">[] };

/**
 * The confirmed statuses and verdict (the same rules with every unknown answer left out: no points,
 * no flags, same maximum) and what each rests on. Reads only the findings and the domains' maximum,
 * so it also serves stored evaluations that carry no basis.
 */
export function withBasis(e: TScored, catalogue: TCatalogue): Pick<TEvaluation, "domains" | "confirmedVerdict" | "basis"> {
  const domains = e.domains.map((d): TDomainResult => {
    const own = e.findings.filter((f) => f.domain === d.id);
    const confirmedStatus = domainStatus(own, d.max, catalogue, true);
    return {
      ...d,
      confirmedStatus,
      basis: basisOf(STATUS_RANK[d.status], STATUS_RANK[confirmedStatus]),
      unknowns: own.filter((f) => f.unknown).length,
    };
  });
  const confirmedVerdict = verdictOf(domains.map((d) => d.confirmedStatus), e.findings.filter((f) => !f.unknown), catalogue);
  return { domains, confirmedVerdict, basis: basisOf(VERDICT_RANK[e.verdict], VERDICT_RANK[confirmedVerdict]) };
}

/** Worst first; among the worst, a prohibited practice first; confirmed before unknown; then catalogue order. */
const bySeverity = (order: Map<string, number>) => (a: TFinding, b: TFinding) =>
  compareSeverity(b.severity, a.severity) ||
  Number(b.prohibited === true) - Number(a.prohibited === true) ||
  Number(a.unknown) - Number(b.unknown) ||
  (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0);

const remediation = (f: TFinding): TCondition => ({
  kind: "remediation",
  ruleId: f.ruleId,
  severity: f.severity,
  answer: f.answer,
  ...(f.remedy === undefined ? {} : { remedy: f.remedy }),
  ...(f.prohibited ? { prohibited: true as const } : {}),
});

/**
 * The conditions in the action plan's order: a prohibited practice first (not to deploy: nothing
 * else makes the service usable), the blocking unknowns, the other remedies worst first, the
 * vendor questions.
 */
function conditionsOf(findings: readonly TFinding[], blocking: TSeverity): TCondition[] {
  const unknownBlocks = findings.filter((f) => f.unknown && f.worst === blocking).map((f) => f.ruleId);
  return [
    ...findings.filter((f) => f.prohibited).map(remediation),
    ...(unknownBlocks.length > 0 ? [{ kind: "blockUnknown" as const, ruleIds: unknownBlocks }] : []),
    ...findings.filter((f) => !f.unknown && !f.prohibited).map(remediation),
    ...findings
      .filter((f) => f.unknown && f.who === "V")
      .map((f) => ({ kind: "vendorQuestion" as const, ruleId: f.ruleId, severity: f.severity })),
  ];
}

/** Scores one answers document against a catalogue. Pure: same input, same output. */
export function evaluate(answers: TAnswers, catalogue: TCatalogue): TEvaluation {
  const { scoring } = catalogue;
  const notApplicable = notApplicableRules(answers, catalogue);
  const isUnknown = unknownAnswersOf(catalogue);
  const dpia = evaluateDpia(catalogue, answers, notApplicable, isUnknown);
  const state: TConditionState = { answers, dpia: dpia.status, listed: dpia.listed.length > 0 };

  const active = catalogue.modifiers.filter((m) => holdsOn(m.when, answers));
  const raisedBy = new Map<string, string[]>();
  for (const m of active) {
    if ("raise" in m) for (const d of m.raise.domains) raisedBy.set(d, [...(raisedBy.get(d) ?? []), m.id]);
  }
  const ctx: TContext = { catalogue, state, raisedBy, isUnknown };

  const order = new Map<string, number>();
  const findings: TFinding[] = [];
  /** Rules whose own follow-up applies (not from a finding), in catalogue order. */
  const followUps: TRule[] = [];
  const domains: TScored["domains"] = catalogue.domains.map((d) => {
    const own: TFinding[] = [];
    const skipped: string[] = [];
    let max = 0;
    for (const rule of d.rules) {
      order.set(rule.id, order.size);
      if (notApplicable.has(rule.id)) {
        skipped.push(rule.id);
        continue;
      }
      const { worst, finding } = assessRule(rule, d.id, ctx);
      if (worst !== null) max += scoring.points[worst];
      if (finding !== null) own.push(finding);
      const f = rule.followUp;
      if (finding === null && f !== undefined && (f.when === undefined || holds(f.when, state)) && !f.unless.includes(answerOf(answers, rule.id))) {
        followUps.push(rule);
      }
    }
    findings.push(...own);
    const status = domainStatus(own, max, catalogue, false);
    return { id: d.id, status, points: own.reduce((sum, f) => sum + f.points, 0), max, notApplicable: skipped };
  });
  findings.sort(bySeverity(order));

  const verdict = verdictOf(domains.map((d) => d.status), findings, catalogue);
  const unknownBy = (who: string) => [
    ...findings.filter((f) => f.unknown && f.who === who).map((f) => f.ruleId),
    ...followUps.filter((r) => r.who === who).map((r) => r.id),
  ];
  return {
    catalogueVersion: catalogue.version,
    verdict,
    ...withBasis({ verdict, domains, findings }, catalogue),
    findings,
    conditions: conditionsOf(findings, scoring.blocking),
    vendorQuestions: unknownBy("V"),
    schoolActions: unknownBy("S"),
    dpia,
    prohibited: [...order.keys()].filter((id) => findings.some((f) => f.ruleId === id && f.prohibited)),
    modifiers: active.map((m) => m.id),
  };
}
