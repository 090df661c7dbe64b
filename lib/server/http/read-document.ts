import { refusalReasonIssue, toFieldIssues, ZAnswersDocumentSchema, type TAnswersDocument, type TDecision } from "@/lib/domain/schema";
import { apiError } from "./errors";
import { readBody } from "./read-body";

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
  const parsed = ZAnswersDocumentSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, response: apiError(req, "invalid_answers", toFieldIssues(parsed.error, json)) };
  }
  return { ok: true, doc: parsed.data };
}

/**
 * A document being saved: its refusal, if any, states its reasons (400 naming `decision.reason`),
 * unless it is the refusal already stored (`previous`), saved before reasons were asked.
 */
export function refuseRefusalWithoutReason(req: Request, doc: TAnswersDocument, previous?: TDecision): Response | null {
  const issue = refusalReasonIssue(doc.decision, previous);
  return issue === null ? null : apiError(req, "invalid_answers", [issue]);
}
