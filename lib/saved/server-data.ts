import "server-only";
import { getDb } from "../db/client";
import type { TDb } from "../db/open";

/** Runs a page's read with the database; null when the storage cannot be opened (the page says so). */
export async function readWithDb<T>(read: (db: TDb) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  let db: TDb;
  try {
    db = await getDb();
  } catch (e) {
    console.error(`vigie: storage unavailable: ${(e as Error).message}`);
    return { ok: false };
  }
  return { ok: true, value: await read(db) };
}
