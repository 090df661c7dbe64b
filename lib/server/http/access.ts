import { apiError } from "./errors";

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(req: Request): string | null {
  const m = /^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/i.exec(req.headers.get("authorization") ?? "");
  return m?.[1] ?? null;
}

/** The answer when the edit token is absent (401, with the scheme to use). */
export function missingToken(req: Request): Response {
  const res = apiError(req, "missing_token");
  res.headers.set("WWW-Authenticate", 'Bearer realm="vigie"');
  return res;
}

export type TIfMatch = { ok: true; version: number } | { ok: false; response: Response };

/** The version the client edits, from `If-Match: "3"` (quotes and W/ optional): 428 when absent, 400 when malformed. */
export function ifMatchVersion(req: Request): TIfMatch {
  const raw = req.headers.get("if-match");
  if (raw === null || raw.trim() === "") return { ok: false, response: apiError(req, "missing_if_match") };
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
  if (m === null) {
    return {
      ok: false,
      response: apiError(req, "invalid_header", [{ field: "If-Match", code: "invalid_format", received: raw.slice(0, 40) }]),
    };
  }
  return { ok: true, version: Number(m[1]) };
}

/** The ETag of a version (a strong validator: the version number in quotes). */
export const etag = (version: number) => `"${version}"`;
