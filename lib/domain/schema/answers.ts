import "./zod-config";
import { z } from "zod";
import {
  ACTION_PLAN_KEYS,
  DECISION_CONDITIONS_MAX,
  DECISION_OUTCOMES,
  DECISION_TEXT_MAX,
  DPD_OPINION_MAX,
  ACCEPTED_SCHEMA_VERSIONS,
  EVIDENCE_BY_MAX,
  EVIDENCE_ITEMS_MAX,
  EVIDENCE_KINDS,
  EVIDENCE_QUOTE_MAX,
  EVIDENCE_SOURCE_MAX,
  QUESTIONS,
  SCHEMA_VERSION,
  SERVICE_NAME_MAX,
  TEXT_MAX,
} from "./document-shape";
import { MODES } from "./modes";
import { isSafeLine, isSafeMultiLine, UNSAFE_TEXT } from "./safe-text";

export * from "./document-shape";
export { isSafeLine, isSafeMultiLine, UNSAFE_TEXT } from "./safe-text";

/** A one-line text without control, bidi or lone surrogate characters (see safe-text). */
const safeLine = <T extends z.ZodType<string>>(schema: T) => schema.refine(isSafeLine, { message: UNSAFE_TEXT, params: { code: UNSAFE_TEXT } });

/** A text that may hold line breaks (and tabs) but no other control, bidi or lone surrogate character. */
const safeText = <T extends z.ZodType<string>>(schema: T) => schema.refine(isSafeMultiLine, { message: UNSAFE_TEXT, params: { code: UNSAFE_TEXT } });

/** A blank form field means "not given". */
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), safeLine(z.string().trim().max(max)).optional());

export const ZAnswerMapSchema = z
  .object(Object.fromEntries(QUESTIONS.map((q) => [q.id, z.enum(q.values as [string, ...string[]]).optional()])))
  .strict();

export const ZServiceSchema = z.object({
  name: safeLine(z.string().trim().min(1).max(SERVICE_NAME_MAX)),
  vendor: optionalText(TEXT_MAX),
  url: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    safeLine(z.url({ protocol: /^https?$/ }).max(TEXT_MAX)).optional(),
  ),
});

export const ZSchoolSchema = z.object({
  name: optionalText(TEXT_MAX),
  /** Unité administrative immatriculée: 7 digits and a letter. */
  uai: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
    z.string().regex(/^\d{7}[A-Z]$/).optional(),
  ),
});

export const ZAssessorSchema = z.object({
  name: optionalText(TEXT_MAX),
  role: optionalText(TEXT_MAX),
});

export { MODES, type TMode } from "./modes";
export const ZModeSchema = z.enum(MODES);

/** Owner and due date the user sets for one condition or school action. */
export const ZActionPlanEntrySchema = z
  .object({
    owner: optionalText(TEXT_MAX),
    due: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.iso.date().optional()),
  })
  .strict();

/** Keyed by ACTION_PLAN_KEYS: a rule id, BLOCK_UNKNOWN_ACTION or VENDOR_LETTER_ACTION. */
export const ZActionPlanSchema = z
  .object(Object.fromEntries(ACTION_PLAN_KEYS.map((id) => [id, ZActionPlanEntrySchema.optional()])))
  .strict();
export type TActionPlan = Partial<Record<string, z.infer<typeof ZActionPlanEntrySchema>>>;

/** A blank date field means "not given"; otherwise YYYY-MM-DD. */
const optionalDate = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.iso.date().optional());

/**
 * The head of school's decision. Its conditions are the head's own words (not the engine's
 * conditions by id): a decision is a signed act that stays as it was written when the catalogue or
 * the answers change, and it may set conditions no rule names. Conditions are kept only for the
 * "conditions" outcome, which needs at least one. `reason` states the decision's reasons; a new
 * refusal must give it (`refusalReasonIssue`), but this schema, which also reads refusals stored
 * without one (a signed act stays as it is), accepts a refusal without one. The DPD's `name` and
 * whether the opinion is `favourable` are optional.
 */
export const ZDecisionSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES),
    date: z.iso.date(),
    by: z.object({ name: safeLine(z.string().trim().min(1).max(TEXT_MAX)), role: optionalText(TEXT_MAX) }).strict(),
    conditions: z
      .array(safeLine(z.string().trim().max(DECISION_TEXT_MAX)))
      .max(DECISION_CONDITIONS_MAX)
      .transform((list) => list.filter((c) => c !== ""))
      .optional(),
    reason: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), safeText(z.string().trim().max(DPD_OPINION_MAX)).optional()),
    dpd: z
      .object({
        consulted: z.boolean(),
        name: optionalText(TEXT_MAX),
        favourable: z.boolean().optional(),
        date: optionalDate,
        // The DPD's opinion may run over several lines.
        opinion: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), safeText(z.string().trim().max(DPD_OPINION_MAX)).optional()),
      })
      .strict(),
    boardDate: optionalDate,
    reviewDate: optionalDate,
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.outcome === "conditions" && (d.conditions ?? []).length === 0) {
      ctx.addIssue({ code: "custom", path: ["conditions"], message: "a decision with conditions lists at least one" });
    }
    if (d.reviewDate !== undefined && d.reviewDate <= d.date) {
      ctx.addIssue({ code: "custom", path: ["reviewDate"], message: "the review date comes after the decision" });
    }
  })
  .transform(({ conditions, dpd, ...rest }) => ({
    ...rest,
    ...(rest.outcome === "conditions" ? { conditions: conditions ?? [] } : {}),
    // Without a consultation there is no consultation date nor opinion.
    dpd: dpd.consulted ? dpd : { consulted: false },
  }));
export type TDecision = z.infer<typeof ZDecisionSchema>;
export type TDecisionInput = z.input<typeof ZDecisionSchema>;

/** Two decisions are the same act when they have the same outcome, date and signatory. */
const sameAct = (a: TDecision, b: TDecision) => a.outcome === b.outcome && a.date === b.date && a.by.name === b.by.name;

/**
 * A new refusal states its reasons: the validation error (`decision.reason`, "too_small") when a document's
 * refusal has none, unless it is the refusal already stored (`previous`) without reasons, which
 * stays valid as it was signed.
 */
export function refusalReasonIssue(decision: TDecision | undefined, previous?: TDecision): { field: string; code: string } | null {
  if (decision === undefined || decision.outcome !== "refuse" || decision.reason !== undefined) return null;
  if (previous !== undefined && sameAct(decision, previous)) return null;
  return { field: "decision.reason", code: "too_small" };
}

/** The decision as the form records it now: a refusal gives its reasons. */
export const ZNewDecisionSchema = ZDecisionSchema.superRefine((d, ctx) => {
  if (refusalReasonIssue(d) !== null) ctx.addIssue({ code: "custom", path: ["reason"], message: "a refusal states its reasons", params: { code: "too_small" } });
});

/** One source an answer rests on: where it was read (a URL or a document's title), what it says, when, by whom. */
export const ZEvidenceItemSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    source: safeLine(z.string().trim().min(1).max(EVIDENCE_SOURCE_MAX)),
    // A quote may run over several lines.
    quote: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), safeText(z.string().trim().max(EVIDENCE_QUOTE_MAX)).optional()),
    date: z.iso.date(),
    by: optionalText(EVIDENCE_BY_MAX),
  })
  .strict();
export type TEvidenceItem = z.infer<typeof ZEvidenceItemSchema>;
export type TEvidenceItemInput = z.input<typeof ZEvidenceItemSchema>;

/** The sources of each answer, keyed by question id as the answers are; an empty list is dropped. */
export const ZEvidenceSchema = z
  .object(Object.fromEntries(QUESTIONS.map((q) => [q.id, z.array(ZEvidenceItemSchema).max(EVIDENCE_ITEMS_MAX).optional()])))
  .strict()
  .transform((map) => Object.fromEntries(Object.entries(map).filter(([, items]) => items !== undefined && items.length > 0)) as TEvidence);
export type TEvidence = Partial<Record<string, TEvidenceItem[]>>;

export const ZAnswersDocumentSchema = z.object({
  // Version 1 (the same document without evidence) is read as version 2.
  schemaVersion: z.literal(ACCEPTED_SCHEMA_VERSIONS).transform(() => SCHEMA_VERSION),
  service: ZServiceSchema,
  school: ZSchoolSchema.optional(),
  assessor: ZAssessorSchema.optional(),
  answers: ZAnswerMapSchema,
  mode: ZModeSchema.optional(),
  actionPlan: ZActionPlanSchema.optional(),
  decision: ZDecisionSchema.optional(),
  evidence: ZEvidenceSchema.optional(),
}).superRefine((doc, ctx) => {
  // A parents' association informs itself; the decision is the head of school's.
  if (doc.mode === "parents" && doc.decision !== undefined) {
    ctx.addIssue({ code: "custom", path: ["decision"], message: "a parents' association does not record the school's decision" });
  }
});

export type TAnswersDocument = z.infer<typeof ZAnswersDocumentSchema>;
export type TAnswersDocumentInput = z.input<typeof ZAnswersDocumentSchema>;
