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

/**
 * For a route that takes no body: a body sent anyway is read and dropped under the same cap as the
 * others. Null to go on, or the 4xx answer (413 over the cap).
 */
export async function refuseOversizedBody(req: Request): Promise<Response | null> {
  const body = await readBody(req);
  return body.ok ? null : apiError(req, body.reason);
}
