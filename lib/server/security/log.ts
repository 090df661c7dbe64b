/**
 * The server's own log lines: one JSON object per line, with ids, codes and statuses but never
 * request data (answers, names, texts), tokens, token hashes or query parameters.
 */

/** What a security event records; the rate limiter adds its own. */
export type TSecurityEvent = "missing_token" | "wrong_token" | "conflict" | "deleted" | "rate_limited" | "method_not_allowed";

export type TLogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A string that can only be an id, a code, a route or a method (no spaces, no personal text). */
const SAFE_STRING = /^[A-Za-z0-9_.:/-]{0,80}$/;
/** Token hashes are 64 hex digits (and a secret token 43 base64url characters): never logged. */
const SECRET_LIKE = /[0-9a-f]{64}|[A-Za-z0-9_-]{43}/;

const REDACTED = "(redacted)";

/** The fields with every string that is not id-like replaced by "(redacted)". */
function clean(fields: TLogFields): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out[key] = typeof value === "string" && (!SAFE_STRING.test(value) || SECRET_LIKE.test(value)) ? REDACTED : value;
  }
  return out;
}

const line = (kind: string, fields: Record<string, unknown>) => JSON.stringify({ time: new Date().toISOString(), kind, ...fields });

/** One structured line for a refused or sensitive action (401, 403, 409, a deletion, a rate limit). */
export function logSecurityEvent(event: TSecurityEvent, fields: TLogFields = {}): void {
  console.info(line("security", { event, ...clean(fields) }));
}

/**
 * What may be said of an error: its class name and its codes (a PostgreSQL SQLSTATE, a system
 * errno), down its chain of causes. Never its message: a failed query's message holds the query's
 * parameters (the answers document, a token hash).
 */
export function describeError(error: unknown): { name: string; code?: string }[] {
  const chain: { name: string; code?: string }[] = [];
  let e: unknown = error;
  while (e !== null && e !== undefined && chain.length < 5) {
    const name = typeof e === "object" && e.constructor?.name ? e.constructor.name : typeof e;
    const code = typeof e === "object" ? (e as { code?: unknown }).code : undefined;
    chain.push({ name: SAFE_STRING.test(name) ? name : REDACTED, ...(typeof code === "string" && /^[A-Z0-9_]{1,20}$/i.test(code) ? { code } : {}) });
    e = typeof e === "object" ? (e as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

/** One structured line for an unexpected failure (a query that failed), without its message. */
export function logFailure(fields: TLogFields, error: unknown): void {
  console.error(line("error", { ...clean(fields), error: describeError(error) }));
}
