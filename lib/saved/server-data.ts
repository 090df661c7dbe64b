import "server-only";
import { getDb } from "../db/client";
import type { TDb } from "../db/open";
import { logFailure } from "../security/log";

/**
 * Runs a page's read with the database; null when the storage cannot be opened (the page says so).
 * A read that fails is logged by its codes only and rethrown without its text (which holds the
 * query's parameters), for the page's error boundary.
 */
export async function readWithDb<T>(read: (db: TDb) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  let db: TDb;
  try {
    db = await getDb();
  } catch (e) {
    console.error(`vigie: storage unavailable: ${(e as Error).message}`);
    return { ok: false };
  }
  try {
    return { ok: true, value: await read(db) };
  } catch (e) {
    logFailure({ where: "page" }, e);
    throw new Error("vigie: a storage read failed (see the log line before)");
  }
}
