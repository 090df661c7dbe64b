import "server-only";
import { DataDirLockedError } from "../db/dir-lock";
import { getDb } from "../db/client";
import type { TDb } from "../db/open";
import { logFailure, pathForLog } from "../security/log";
import { apiError } from "./errors";

/** Errors from node-postgres when the server cannot be reached or refuses the connection. */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "57P03", "53300", "28P01", "3D000"]);

const isUnavailable = (e: unknown) =>
  e instanceof DataDirLockedError || (typeof e === "object" && e !== null && UNAVAILABLE_CODES.has(String((e as { code?: unknown }).code)));

/**
 * The one policy for the database, for routes and pages alike:
 * - storage that cannot be opened (PostgreSQL unreachable, the PGlite directory held by another
 *   process) is "unavailable": one log line, and the caller says so (503, or the page's notice);
 *   any other error while opening is a bug and is thrown;
 * - a query that fails is logged by the error's codes only (its text holds the query's parameters:
 *   answers, names, token hashes) and reaches the caller without that text.
 */
async function run<T>(where: Record<string, string>, work: (db: TDb) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: "unavailable" | "failed" }> {
  let db: TDb;
  try {
    db = await getDb();
  } catch (e) {
    if (!isUnavailable(e)) throw e;
    console.error(`vigie: storage unavailable: ${(e as Error).message}`);
    return { ok: false, reason: "unavailable" };
  }
  try {
    return { ok: true, value: await work(db) };
  } catch (e) {
    logFailure(where, e);
    return { ok: false, reason: "failed" };
  }
}

/** Runs a route handler with the database: 503 when it is unavailable, a JSON 500 when a query fails. */
export async function withDb(req: Request, handler: (db: TDb) => Promise<Response>): Promise<Response> {
  const result = await run({ method: req.method, path: pathForLog(new URL(req.url).pathname) }, handler);
  if (result.ok) return result.value;
  return apiError(req, result.reason === "unavailable" ? "storage_unavailable" : "internal_error");
}

/**
 * Runs a page's read with the database: `{ok: false}` when it is unavailable (the page says so); a
 * failed query is thrown, without its text, to the page's error boundary.
 */
export async function readWithDb<T>(read: (db: TDb) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  const result = await run({ where: "page" }, read);
  if (result.ok || result.reason === "unavailable") return result.ok ? result : { ok: false };
  throw new Error("vigie: a storage read failed (see the log line before)");
}
