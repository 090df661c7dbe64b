import { UNKNOWN, type TCatalogue, type TRule, type TSeverity, type TRisk } from "../catalogue";
import { answerOf, holds, type TConditionState } from "./conditions";
import { notApplicableIn } from "./applicability";
import { evaluateDpia } from "./dpia";
import { compareSeverity, lower, maxSeverity, raise } from "./severity";
import type { TAnswers, TCondition, TDomainResult, TDomainStatus, TEvaluation, TFinding, TVerdict } from "./types";

/** An answer that says "does not apply" to a question the context says is asked counts as unknown. */
const NOT_APPLICABLE = "not_applicable";

interface TContext {
  catalogue: TCatalogue;
  state: TConditionState;
  /** Domain id → ids of the modifiers that raise its risky findings. */
  raisedBy: Map<string, string[]>;
}

function resolveRisk(risk: TRisk | undefined, state: TConditionState): TSeverity | null {
  if (risk === undefined) return null;
  if (typeof risk === "string") return risk;
  return risk.cases.find((c) => holds(c.when, state))?.severity ?? risk.otherwise;
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
  const unknown = answer === UNKNOWN || answer === NOT_APPLICABLE;
  const severity = unknown ? (unknownSeverity ?? lower(worst)) : severityOf(answer);
  if (severity === null) return { worst, finding: null };
  const base = unknown ? null : resolveRisk(rule.risky[answer], ctx.state);
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
    },
  };
}

function domainStatus(findings: readonly TFinding[], points: number, max: number, c: TCatalogue): TDomainStatus {
  const { domain, blocking } = c.scoring;
  const risky = findings.filter((f) => !f.unknown);
  const highs = risky.filter((f) => f.severity === "HIGH").length;
  const reaches = (percent: number) => max > 0 && points * 100 >= percent * max;
  if (risky.some((f) => f.severity === blocking) || highs >= domain.failHighCount || reaches(domain.failPercent)) {
    return "fail";
  }
  const unknownSerious = findings.some((f) => f.unknown && compareSeverity(f.worst, "HIGH") >= 0);
  if (highs > 0 || unknownSerious || reaches(domain.warnPercent)) return "warn";
  return "pass";
}

const bySeverity = (order: Map<string, number>) => (a: TFinding, b: TFinding) =>
  compareSeverity(b.severity, a.severity) ||
  Number(a.unknown) - Number(b.unknown) ||
  (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0);

function conditionsOf(findings: readonly TFinding[], blocking: TSeverity): TCondition[] {
  const unknownBlocks = findings.filter((f) => f.unknown && f.worst === blocking).map((f) => f.ruleId);
  return [
    ...(unknownBlocks.length > 0 ? [{ kind: "blockUnknown" as const, ruleIds: unknownBlocks }] : []),
    ...findings
      .filter((f) => !f.unknown)
      .map((f) => ({ kind: "remediation" as const, ruleId: f.ruleId, severity: f.severity })),
    ...findings
      .filter((f) => f.unknown && f.who === "V")
      .map((f) => ({ kind: "vendorQuestion" as const, ruleId: f.ruleId, severity: f.severity })),
  ];
}

/** Scores one answers document against a catalogue. Pure: same input, same output. */
export function evaluate(answers: TAnswers, catalogue: TCatalogue): TEvaluation {
  const { scoring } = catalogue;
  const dpia = evaluateDpia(catalogue.dpiaCriteria, scoring.dpiaThreshold, answers);
  const state: TConditionState = { answers, dpiaRequired: dpia.required };

  const active = catalogue.modifiers.filter((m) => holds(m.when, state));
  const raisedBy = new Map<string, string[]>();
  for (const m of active) {
    if ("raise" in m) for (const d of m.raise.domains) raisedBy.set(d, [...(raisedBy.get(d) ?? []), m.id]);
  }
  const notApplicable = notApplicableIn(catalogue, state);
  const ctx: TContext = { catalogue, state, raisedBy };

  const order = new Map<string, number>();
  const findings: TFinding[] = [];
  const domains: TDomainResult[] = catalogue.domains.map((d) => {
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
    }
    findings.push(...own);
    const points = own.reduce((sum, f) => sum + f.points, 0);
    return { id: d.id, status: domainStatus(own, points, max, catalogue), points, max, notApplicable: skipped };
  });
  findings.sort(bySeverity(order));

  const failed = domains.filter((d) => d.status === "fail").length;
  const unknownBlocks = findings.filter((f) => f.unknown && f.worst === scoring.blocking).length;
  const riskyBlock = findings.some((f) => !f.unknown && f.severity === scoring.blocking);
  const verdict: TVerdict =
    riskyBlock ||
    failed >= scoring.overall.notRecommendedFailedDomains ||
    unknownBlocks >= scoring.overall.notRecommendedUnknownBlocks
      ? "not_recommended"
      : domains.some((d) => d.status !== "pass")
        ? "conditions"
        : "acceptable";

  const unknownBy = (who: string) => findings.filter((f) => f.unknown && f.who === who).map((f) => f.ruleId);
  return {
    catalogueVersion: catalogue.version,
    verdict,
    domains,
    findings,
    conditions: conditionsOf(findings, scoring.blocking),
    vendorQuestions: unknownBy("V"),
    schoolActions: unknownBy("S"),
    dpia,
    modifiers: active.map((m) => m.id),
  };
}
