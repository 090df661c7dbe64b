import { SOURCES, SOURCES_CHECKED } from "./sources";
import { CONTEXT, DOMAINS } from "./rules";
import type { TCatalogue, TCatalogueChange, TModifier, TDpiaCriterion, TDpiaListType, TScoring } from "./types";

export * from "./types";
export { SOURCES, SOURCES_CHECKED, type TSourceId } from "./sources";
export { CONTEXT, DOMAINS, RULES, type TDomainId, type TRuleId, type TContextId, type TQuestionId } from "./rules";

/** Bump when a rule, a severity or a threshold changes; the report prints it. */
export const CATALOGUE_VERSION = "2026.12-2.1";

/** What each version added to the one before (the questions an older assessment has not answered). */
export const CATALOGUE_CHANGES = [
  {
    version: "2026.12-2",
    added: ["CTX-04", "MIN-09", "AI-01", "AI-02", "AI-03", "AI-04", "AI-05", "AI-06", "AI-07", "AI-08", "AI-09"],
    reasons: ["ai-act", "biometrics", "school-kind"],
  },
  { version: CATALOGUE_VERSION, added: [], reasons: ["dpd-review"] },
] as const satisfies readonly TCatalogueChange[];

export const MODIFIERS = [
  { id: "sensitive-data", when: { rule: "MIN-03", in: ["yes"] }, raise: { domains: ["SEC", "HOST"] } },
  // Biometric data to identify people are a special category (GDPR art. 9): raised as sensitive data are.
  { id: "biometric-data", when: { rule: "MIN-09", in: ["yes"] }, raise: { domains: ["SEC", "HOST"] } },
  { id: "under-15", when: { rule: "CTX-01", in: ["primary", "college"] }, raise: { domains: ["COM"] } },
  { id: "staff-only", when: { rule: "CTX-02", in: ["staff"] }, notApplicable: { rules: ["INF-03", "INF-04"] } },
] as const satisfies readonly TModifier[];

/** The nine WP248 criteria, in WP248's order, and the answers that meet them. */
export const DPIA_CRITERIA = [
  { id: "evaluation", when: [{ rule: "RIG-06", in: ["yes"] }, { rule: "AI-02", in: ["yes"] }, { rule: "COM-03", in: ["yes"] }] },
  { id: "automated-decision", when: [{ rule: "AI-07", in: ["no"] }, { rule: "RIG-06", in: ["yes"] }] },
  { id: "monitoring", when: [{ rule: "COM-05", in: ["yes"] }, { rule: "AI-03", in: ["yes"] }] },
  { id: "sensitive-data", when: [{ rule: "MIN-03", in: ["yes"] }, { rule: "MIN-09", in: ["yes"] }] },
  { id: "large-scale", when: [{ rule: "CTX-03", in: ["multi"] }] },
  { id: "matching", when: [{ rule: "MIN-02", in: ["whole"] }] },
  // Pupils are children; WP248 counts employees too.
  { id: "vulnerable", when: "always" },
  { id: "new-technology", when: [{ rule: "AI-01", in: ["yes"] }] },
  { id: "no-alternative", when: [{ rule: "RIG-03", in: ["no"] }] },
] as const satisfies readonly TDpiaCriterion[];

/**
 * The types of the CNIL's list (deliberation 2018-327 of 11 Oct 2018) that the answers can
 * establish: with one, the DPIA is mandatory and cannot be set aside in writing.
 */
export const DPIA_LIST_TYPES = [
  // Biometric data to recognise people, among whom are vulnerable people (pupils, families).
  {
    id: "biometrics-vulnerable",
    when: { all: [{ rule: "MIN-09", in: ["yes"] }, { rule: "CTX-02", in: ["pupils", "families"] }] },
  },
] as const satisfies readonly TDpiaListType[];

/**
 * What the catalogue added since `version` (questions and reasons, each once), for an assessment
 * made under that version; nothing when it is today's. A version older than the list gets it all.
 */
export function changesSince(version: string, changes: readonly TCatalogueChange[] = CATALOGUE_CHANGES): { added: string[]; reasons: string[] } {
  if (version === CATALOGUE_VERSION) return { added: [], reasons: [] };
  const later = changes.slice(changes.findIndex((c) => c.version === version) + 1);
  return { added: [...new Set(later.flatMap((c) => c.added))], reasons: [...new Set(later.flatMap((c) => c.reasons))] };
}

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
  checkedAsOf: SOURCES_CHECKED,
  context: CONTEXT,
  domains: DOMAINS,
  modifiers: MODIFIERS,
  dpiaCriteria: DPIA_CRITERIA,
  dpiaListTypes: DPIA_LIST_TYPES,
  scoring: SCORING,
  sources: SOURCES,
  changes: CATALOGUE_CHANGES,
};
export * from "./message-keys";
