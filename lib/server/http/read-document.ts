import { refusalReasonIssue, toFieldIssues, unknownFieldIssues, ZAnswersDocumentSchema, type TAnswersDocument, type TDecision } from "@/lib/domain/schema";
import { apiError } from "./errors";
import { readBody } from "./read-body";
import { duplicateKeyIssues } from "./read-json";

const DOCUMENT_KEYS = Object.keys(ZAnswersDocumentSchema.shape);

export type TReadResult = { ok: true; doc: TAnswersDocument } | { ok: false; response: Response };

/** Reads and validates the answers document of a request, or gives the 4xx answer to send. */
export async function readAnswersDocument(req: Request): Promise<TReadResult> {
  const body = await readBody(req);
  if (!body.ok) return { ok: false, response: apiError(req, body.reason) };
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return { ok: false, response: apiError(req, "invalid_json") };
  }
  const twice = duplicateKeyIssues(body.text);
  if (twice.length > 0) return { ok: false, response: apiError(req, "invalid_answers", twice) };
  // An unknown top-level key is refused and named, as an unknown answer is (the schema would drop it).
  const unknown = typeof json === "object" && json !== null && !Array.isArray(json) ? unknownFieldIssues(json, DOCUMENT_KEYS) : [];
  const parsed = ZAnswersDocumentSchema.safeParse(json);
  if (!parsed.success || unknown.length > 0) {
    return { ok: false, response: apiError(req, "invalid_answers", [...unknown, ...(parsed.success ? [] : toFieldIssues(parsed.error, json))]) };
  }
  return { ok: true, doc: parsed.data };
}

/**
 * A document being saved: its refusal, if any, states its reasons (400 naming `decision.reason`),
 * unless it is the refusal already stored (`previous`) without reasons.
 */
export function refuseRefusalWithoutReason(req: Request, doc: TAnswersDocument, previous?: TDecision): Response | null {
  const issue = refusalReasonIssue(doc.decision, previous);
  return issue === null ? null : apiError(req, "invalid_answers", [issue]);
}
