import "./zod-config";
import { z } from "zod";
import { ACTION_PLAN_KEYS, QUESTIONS, SCHEMA_VERSION, SERVICE_NAME_MAX, TEXT_MAX } from "./document-shape";
import { MODES } from "./modes";
import { isSafeLine, UNSAFE_TEXT } from "./safe-text";

export * from "./document-shape";
export { isSafeLine, isSafeMultiLine, UNSAFE_TEXT } from "./safe-text";

/** A one-line text without control, bidi or lone surrogate characters (see safe-text). */
const safeLine = <T extends z.ZodType<string>>(schema: T) => schema.refine(isSafeLine, { message: UNSAFE_TEXT, params: { code: UNSAFE_TEXT } });

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

/** Keyed by rule id (a remediation, a vendor question, a school action) or BLOCK_UNKNOWN_ACTION. */
export const ZActionPlanSchema = z
  .object(Object.fromEntries(ACTION_PLAN_KEYS.map((id) => [id, ZActionPlanEntrySchema.optional()])))
  .strict();
export type TActionPlan = Partial<Record<string, z.infer<typeof ZActionPlanEntrySchema>>>;

export const ZAnswersDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  service: ZServiceSchema,
  school: ZSchoolSchema.optional(),
  assessor: ZAssessorSchema.optional(),
  answers: ZAnswerMapSchema,
  mode: ZModeSchema.optional(),
  actionPlan: ZActionPlanSchema.optional(),
});

export type TAnswersDocument = z.infer<typeof ZAnswersDocumentSchema>;
export type TAnswersDocumentInput = z.input<typeof ZAnswersDocumentSchema>;
