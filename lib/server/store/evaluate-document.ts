import { CATALOGUE } from "@/lib/domain/catalogue";
import { dpiaStatus, evaluate, evaluateDpia, withBasis } from "@/lib/domain/engine";
import type { TDpiaResult, TEvaluation } from "@/lib/domain/engine/types";
import { upgradeDocument } from "@/lib/domain/schema/migrations";
import type { TAnswersDocument } from "@/lib/domain/schema";

/** Evaluates a document against today's catalogue. */
export const evaluateDocument = (doc: TAnswersDocument): TEvaluation => evaluate(doc.answers, CATALOGUE);

/** A stored document brought up to the current schema version (stored rows are never rewritten). */
export const readStoredDocument = (stored: unknown): TAnswersDocument => upgradeDocument(stored);

/**
 * A stored evaluation in the shape the code reads (stored rows are never rewritten). A stored
 * evaluation without a DPIA status has only `required` and the criteria met: the criteria left
 * unknown are found again from the stored answers.
 */
export function readStoredEvaluation(stored: TEvaluation, doc: TAnswersDocument): TEvaluation {
  // Stored before the basis existed: found again from the stored findings and maxima.
  const based: TEvaluation = stored.basis === undefined ? { ...stored, ...withBasis(stored, CATALOGUE) } : stored;
  // Stored before prohibited practices and the CNIL's list were told apart: none recorded.
  const listed = (based.dpia as Partial<TDpiaResult>).listed;
  const complete: TEvaluation =
    listed !== undefined && (based.prohibited as string[] | undefined) !== undefined
      ? based
      : { ...based, prohibited: based.prohibited ?? [], dpia: { ...based.dpia, listed: listed ?? [] } };
  return withDpiaStatus(complete, doc);
}

function withDpiaStatus(stored: TEvaluation, doc: TAnswersDocument): TEvaluation {
  const dpia: Partial<TDpiaResult> & Pick<TDpiaResult, "required" | "criteria" | "listed"> = stored.dpia;
  if (dpia.status !== undefined && dpia.unknown !== undefined) return stored;
  const { scoring, version } = CATALOGUE;
  // The criteria and threshold of another catalogue version may differ: then only "required" is known.
  const sameRules = stored.catalogueVersion === version;
  const unknown = sameRules ? evaluateDpia(CATALOGUE, doc.answers).unknown.filter((id) => !dpia.criteria.includes(id)) : [];
  const status = dpia.required ? "required" : dpiaStatus(dpia.criteria.length, unknown.length, scoring.dpiaThreshold);
  return { ...stored, dpia: { required: dpia.required, status, criteria: dpia.criteria, unknown, listed: dpia.listed } };
}
