import { ZAnswersDocumentSchema, type TAnswersDocument } from "../schema";
import type { TDraft } from "./draft";

/** The checked answers document, or the schema's error (this module loads zod: keep it off the start page and the form, and out of ./index.ts). */
export const toDocument = (draft: TDraft) => ZAnswersDocumentSchema.safeParse(draft);
export type TDocumentResult = ReturnType<typeof toDocument>;
export type { TAnswersDocument };
