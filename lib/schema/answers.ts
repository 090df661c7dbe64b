import "./zod-config";
import { z } from "zod";
import { CONTEXT, RULES, UNKNOWN } from "../catalogue";
import { MODES } from "./modes";

export const SCHEMA_VERSION = 1;
export const SERVICE_NAME_MAX = 120;
export const TEXT_MAX = 200;

/** Every question of the catalogue, context first, with the answers it accepts. */
export const QUESTIONS = [...CONTEXT, ...RULES].map((q) => ({ id: q.id, values: [...q.options, UNKNOWN] }));

/** A blank form field means "not given". */
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());

export const ZAnswerMapSchema = z
  .object(Object.fromEntries(QUESTIONS.map((q) => [q.id, z.enum(q.values as [string, ...string[]]).optional()])))
  .strict();

export const ZServiceSchema = z.object({
  name: z.string().trim().min(1).max(SERVICE_NAME_MAX),
  vendor: optionalText(TEXT_MAX),
  url: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.url({ protocol: /^https?$/ }).max(TEXT_MAX).optional(),
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

/** Key of the action-plan entry of the engine's "blockUnknown" condition (the others use their rule id). */
export const BLOCK_UNKNOWN_ACTION = "blockUnknown";

/** Owner and due date the user sets for one condition or school action. */
export const ZActionPlanEntrySchema = z
  .object({
    owner: optionalText(TEXT_MAX),
    due: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.iso.date().optional()),
  })
  .strict();

/** Keyed by rule id (a remediation, a vendor question, a school action) or BLOCK_UNKNOWN_ACTION. */
export const ZActionPlanSchema = z
  .object(Object.fromEntries([...RULES.map((r) => r.id), BLOCK_UNKNOWN_ACTION].map((id) => [id, ZActionPlanEntrySchema.optional()])))
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
