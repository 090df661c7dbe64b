import { CATALOGUE } from "../catalogue";
import { evaluate } from "../engine";
import type { TEvaluation } from "../engine/types";
import { upgradeDocument } from "../document-migrations";
import type { TAnswersDocument } from "../schema";

/** Evaluates a document against today's catalogue. */
export const evaluateDocument = (doc: TAnswersDocument): TEvaluation => evaluate(doc.answers, CATALOGUE);

/** A stored document brought up to the current schema version (stored rows are never rewritten). */
export const readStoredDocument = (stored: unknown): TAnswersDocument => upgradeDocument(stored);
