import { toFieldIssues, ZAnswersDocumentSchema, type TAnswersDocument } from "@/lib/domain/schema";
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
