import { CONTEXT, RULES, UNKNOWN } from "../catalogue";

/**
 * What the answers document may hold, as plain data (no zod): the schema in answers.ts is built
 * from it, and the browser reads a stored draft with it without loading zod (the start page and
 * the form's first load stay ~32 kB gzip lighter; the form loads the schema on the first focus,
 * change or check).
 */
export const SCHEMA_VERSION = 2;
/** Schema versions the routes accept as they are (older ones are migrated: migrations/). */
export const ACCEPTED_SCHEMA_VERSIONS = [1, 2] as const;
export const SERVICE_NAME_MAX = 120;
export const TEXT_MAX = 200;

/** Every question of the catalogue, context first, with the answers it accepts. */
export const QUESTIONS = [...CONTEXT, ...RULES].map((q) => ({ id: q.id, values: [...q.options, UNKNOWN] }));

/** Key of the action-plan entry of the engine's "blockUnknown" condition (the others use their rule id). */
export const BLOCK_UNKNOWN_ACTION = "blockUnknown";

/** Key of the action-plan entry of the letter that asks the vendor its questions (the plan's one row for them). */
export const VENDOR_LETTER_ACTION = "vendorLetter";

/**
 * The keys of the document's `actionPlan`: a rule id (a remediation, a school action, or a vendor
 * question, which a stored document may hold beside the letter's row), BLOCK_UNKNOWN_ACTION or
 * VENDOR_LETTER_ACTION.
 */
export const ACTION_PLAN_KEYS: readonly string[] = [...RULES.map((r) => r.id), BLOCK_UNKNOWN_ACTION, VENDOR_LETTER_ACTION];

/** The head of school's decision after an assessment: authorise, authorise with conditions, or refuse. */
export const DECISION_OUTCOMES = ["authorise", "conditions", "refuse"] as const;
export type TDecisionOutcome = (typeof DECISION_OUTCOMES)[number];
/** Longest condition of a decision, and of the DPD's opinion. */
export const DECISION_TEXT_MAX = 500;
export const DPD_OPINION_MAX = 2000;
/** Most conditions a decision lists. */
export const DECISION_CONDITIONS_MAX = 30;

/**
 * What an answer rests on. `document`: a contract, terms, a policy, a certificate; `vendor`: the
 * vendor's own answer; `observation`: seen by the school (a setting, a screen); `scan`: found by a
 * public scan of the service.
 */
export const EVIDENCE_KINDS = ["document", "vendor", "observation", "scan"] as const;
export type TEvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** Most sources one answer lists, and the longest source (a URL or a title), quote and author. */
export const EVIDENCE_ITEMS_MAX = 5;
export const EVIDENCE_SOURCE_MAX = 500;
export const EVIDENCE_QUOTE_MAX = 2000;
export const EVIDENCE_BY_MAX = 120;
