import { keyName, type TFieldIssue } from "@/lib/domain/schema/issues";
import { apiError } from "./errors";
import { readBody } from "./read-body";

/**
 * The keys an object given as JSON text holds twice or more at its top level (JSON.parse keeps the
 * last one silently), as `duplicate_key` issues. `text` is valid JSON (it has been parsed).
 */
export function duplicateKeyIssues(text: string): TFieldIssue[] {
  if (!text.trimStart().replace(/^\uFEFF/, "").startsWith("{")) return [];
  const seen = new Set<string>();
  const twice = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      let next = end + 1;
      while (next < text.length && " \t\r\n".includes(text[next]!)) next++;
      if (depth === 1 && text[next] === ":") {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        (seen.has(key) ? twice : seen).add(key);
      }
      i = end;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return [...twice].map((key) => ({ field: keyName(key), code: "duplicate_key" }));
}

export type TJsonResult = { ok: true; json: unknown } | { ok: false; response: Response };

/** Reads a small JSON body (an empty body reads as `{}`), or gives the 4xx answer to send. */
export async function readJsonBody(req: Request): Promise<TJsonResult> {
  const body = await readBody(req);
  if (!body.ok) return { ok: false, response: apiError(req, body.reason) };
  if (body.text.trim() === "") return { ok: true, json: {} };
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return { ok: false, response: apiError(req, "invalid_json") };
  }
  const twice = duplicateKeyIssues(body.text);
  return twice.length > 0 ? { ok: false, response: apiError(req, "invalid_request", twice) } : { ok: true, json };
}

/**
 * For a route that takes no body: a body sent anyway is read and dropped under the same cap as the
 * others. Null to go on, or the 4xx answer (413 over the cap).
 */
export async function refuseOversizedBody(req: Request): Promise<Response | null> {
  const body = await readBody(req);
  return body.ok ? null : apiError(req, body.reason);
}
