import "./zod-config";
import { z } from "zod";
import { RULES } from "../catalogue";
import { EVIDENCE_ITEMS_MAX } from "./document-shape";
import { ZEvidenceItemSchema, type TEvidenceItem } from "./answers";
import { isSafeLine, UNSAFE_TEXT } from "./safe-text";

/** The questions a vendor answers online: the [V] rules, with the answers each accepts. */
export const VENDOR_RULES = RULES.filter((r) => r.who === "V");
export const VENDOR_RULE_IDS: readonly string[] = VENDOR_RULES.map((r) => r.id);

/** Longest name, role and organisation of the person who answers for the vendor. */
export const RESPONDENT_TEXT_MAX = 120;
/** Days a vendor link stays valid: by default, and the range the owner may choose. */
export const VENDOR_LINK_DAYS = { default: 30, min: 1, max: 90 } as const;
/**
 * Most sources the vendor gives per answer: one less than an answer holds, since accepting the
 * answer adds an item of kind `vendor` naming the respondent.
 */
export const VENDOR_EVIDENCE_MAX = EVIDENCE_ITEMS_MAX - 1;

const line = (min: number) =>
  z.string().trim().min(min).max(RESPONDENT_TEXT_MAX).refine(isSafeLine, { message: UNSAFE_TEXT, params: { code: UNSAFE_TEXT } });

export const ZRespondentSchema = z
  .object({ name: line(1), role: line(0).default(""), organisation: line(1) })
  .strict();
export type TRespondent = z.infer<typeof ZRespondentSchema>;

/**
 * What the vendor sends: who answers, an answer per [V] question (an answer the catalogue allows;
 * "unknown" is left out by not answering), and the sources of each. A school [S] or context
 * question is refused by name (`answers.COM-06`). Sources are given as the schema's evidence items;
 * their kind is read as `document` unless the vendor says otherwise.
 */
export const ZVendorResponseInputSchema = z
  .object({
    respondent: ZRespondentSchema,
    answers: z.object(Object.fromEntries(VENDOR_RULES.map((r) => [r.id, z.enum(r.options as [string, ...string[]]).optional()]))).strict(),
    evidence: z
      .object(
        Object.fromEntries(
          VENDOR_RULES.map((r) => [
            r.id,
            z
              .array(z.preprocess((v) => (typeof v === "object" && v !== null && !("kind" in v) ? { ...v, kind: "document" } : v), ZEvidenceItemSchema))
              .max(VENDOR_EVIDENCE_MAX)
              .optional(),
          ]),
        ),
      )
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const id of Object.keys(body.evidence)) {
      if ((body.evidence[id]?.length ?? 0) > 0 && (body.answers as Record<string, unknown>)[id] === undefined) {
        ctx.addIssue({ code: "custom", path: ["evidence", id], message: "a source for a question not answered", params: { code: "not_answered" } });
      }
    }
  });

/** The vendor's response as stored and shown to the school. */
export interface TVendorResponse {
  respondent: TRespondent;
  submittedAt: string;
  answers: Record<string, string>;
  evidence: Record<string, TEvidenceItem[]>;
}
