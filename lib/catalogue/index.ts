import { SOURCES } from "./sources";
import { CONTEXT, DOMAINS } from "./rules";
import type { TCatalogue, TModifier, TDpiaCriterion, TScoring } from "./types";

export * from "./types";
export { SOURCES, type TSourceId } from "./sources";
export { CONTEXT, DOMAINS, RULES, type TDomainId, type TRuleId, type TContextId, type TQuestionId } from "./rules";

/** Bump when a rule, a severity or a threshold changes; the report prints it. */
export const CATALOGUE_VERSION = "2026.11-1";

export const MODIFIERS = [
  { id: "sensitive-data", when: { rule: "MIN-03", in: ["yes"] }, raise: { domains: ["SEC", "HOST"] } },
  { id: "under-15", when: { rule: "CTX-01", in: ["primary", "college"] }, raise: { domains: ["COM"] } },
  { id: "staff-only", when: { rule: "CTX-02", in: ["staff"] }, notApplicable: { rules: ["INF-03", "INF-04"] } },
] as const satisfies readonly TModifier[];

/** CNIL deliberation 2018-327 / EDPB WP248 criteria that the answers can reveal. */
export const DPIA_CRITERIA = [
  { id: "vulnerable", when: { rule: "CTX-02", in: ["pupils", "families"] } },
  { id: "large-scale", when: { rule: "CTX-03", in: ["multi"] } },
  { id: "sensitive-data", when: { rule: "MIN-03", in: ["yes"] } },
  { id: "evaluation", when: { rule: "RIG-06", in: ["yes"] } },
  { id: "monitoring", when: { rule: "COM-05", in: ["yes"] } },
  { id: "innovative-use", when: { rule: "COM-04", in: ["yes"] } },
  { id: "matching", when: { rule: "MIN-02", in: ["whole"] } },
] as const satisfies readonly TDpiaCriterion[];

/** Vigie's own thresholds (not the CNIL's): the report says so. */
export const SCORING = {
  points: { LOW: 1, MEDIUM: 2, HIGH: 3, BLOCK: 3 },
  blocking: "BLOCK",
  raiseCap: "HIGH",
  domain: { failPercent: 50, warnPercent: 20, failHighCount: 2 },
  overall: { notRecommendedFailedDomains: 2, notRecommendedUnknownBlocks: 2 },
  dpiaThreshold: 2,
} as const satisfies TScoring;

export const CATALOGUE: TCatalogue = {
  version: CATALOGUE_VERSION,
  context: CONTEXT,
  domains: DOMAINS,
  modifiers: MODIFIERS,
  dpiaCriteria: DPIA_CRITERIA,
  scoring: SCORING,
  sources: SOURCES,
};
export * from "./message-keys";
