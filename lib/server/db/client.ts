import "server-only";
import { readEnv } from "../env";
import { openDatabase, type TDatabase, type TDb, type TDbConfig } from "./open";

interface TDbGlobal {
  __vigieDb?: Promise<TDatabase>;
  __vigieDbSignals?: boolean;
}
/** On globalThis so that `next dev` module reloads reuse the open client instead of opening PGlite twice. */
const g = globalThis as TDbGlobal;

export function dbConfigFromEnv(): TDbConfig {
  const env = readEnv();
  return env.DATABASE_URL !== undefined ? { driver: "postgres", url: env.DATABASE_URL } : { driver: "pglite", dir: env.VIGIE_DATA_DIR };
}

/** The server's database, opened (and migrated) on first use. A failed opening is retried on the next call. */
export function getDb(): Promise<TDb> {
  if (g.__vigieDb === undefined) {
    const opening = openDatabase(dbConfigFromEnv());
    g.__vigieDb = opening;
    opening.catch(() => {
      if (g.__vigieDb === opening) g.__vigieDb = undefined;
    });
    closeOnSignals();
  }
  return g.__vigieDb.then((d) => d.db);
}

/**
 * Opens (and migrates) the database when the server starts, so that the first request does not
 * wait for it. A failure (PostgreSQL not reachable yet, the PGlite directory held by another
 * process) is one log line: the server starts anyway, and the first request tries again.
 */
export async function openAtStart(): Promise<void> {
  const started = performance.now();
  try {
    await getDb();
    console.info(JSON.stringify({ time: new Date().toISOString(), kind: "storage", event: "database_opened", ms: Math.round(performance.now() - started) }));
  } catch (e) {
    console.error(`vigie: the database could not be opened at start, the first request will try again: ${(e as Error).message}`);
  }
}

/** Closes the server's database, if it was opened. */
export async function closeDb(): Promise<void> {
  const opening = g.__vigieDb;
  g.__vigieDb = undefined;
  if (opening === undefined) return;
  const database = await opening.catch(() => null);
  await database?.close();
}

const EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const satisfies Record<string, number>;

/** Closes the database on SIGTERM / SIGINT; exits afterwards unless someone else (Next.js) handles the signal. */
function closeOnSignals() {
  if (g.__vigieDbSignals) return;
  g.__vigieDbSignals = true;
  for (const signal of Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]) {
    const onSignal = () => {
      const othersListen = process.listenerCount(signal) > 1;
      void closeDb()
        .catch((e: unknown) => console.error("vigie: closing the database failed", e))
        .finally(() => {
          if (!othersListen) process.exit(EXIT_CODES[signal]);
        });
    };
    process.on(signal, onSignal);
  }
}
