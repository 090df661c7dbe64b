import "server-only";
import { DataDirLockedError } from "../db/dir-lock";
import { getDb } from "../db/client";
import type { TDb } from "../db/open";
import { logFailure } from "../security/log";
import { apiError } from "./errors";

/** Errors from node-postgres when the server cannot be reached or refuses the connection. */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "57P03", "53300", "28P01", "3D000"]);

const isUnavailable = (e: unknown) =>
  e instanceof DataDirLockedError || (typeof e === "object" && e !== null && UNAVAILABLE_CODES.has(String((e as { code?: unknown }).code)));

/**
 * Runs a handler with the database; a database that cannot be opened gives a 503, not a crash. A
 * query that fails gives a 500 in JSON and one log line that names the error's codes only: the
 * error's own text holds the query's parameters (answers, names, token hashes).
 */
export async function withDb(req: Request, handler: (db: TDb) => Promise<Response>): Promise<Response> {
  let db: TDb;
  try {
    db = await getDb();
  } catch (e) {
    if (!isUnavailable(e)) throw e;
    console.error(`vigie: storage unavailable: ${(e as Error).message}`);
    return apiError(req, "storage_unavailable");
  }
  try {
    return await handler(db);
  } catch (e) {
    logFailure({ method: req.method, path: new URL(req.url).pathname }, e);
    return apiError(req, "internal_error");
  }
}
