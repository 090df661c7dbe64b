import { apiError } from "./errors";
import { readBody } from "./read-body";

export type TJsonResult = { ok: true; json: unknown } | { ok: false; response: Response };

/** Reads a small JSON body (an empty body reads as `{}`), or gives the 4xx answer to send. */
export async function readJsonBody(req: Request): Promise<TJsonResult> {
  const body = await readBody(req);
  if (!body.ok) return { ok: false, response: apiError(req, body.reason) };
  if (body.text.trim() === "") return { ok: true, json: {} };
  try {
    return { ok: true, json: JSON.parse(body.text) };
  } catch {
    return { ok: false, response: apiError(req, "invalid_json") };
  }
}
