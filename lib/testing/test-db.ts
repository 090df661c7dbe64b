import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TDbConfig } from "../server/db/open";

export interface TTestDb {
  config: TDbConfig;
  /** The value to put in DATABASE_URL (PostgreSQL) or VIGIE_DATA_DIR (PGlite) for code that reads the environment. */
  env: { DATABASE_URL: string } | { VIGIE_DATA_DIR: string };
  cleanup: () => Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary PGlite directory, or, when DATABASE_URL
 * is set, a new database on that PostgreSQL server (dropped afterwards; needs CREATEDB).
 */
export async function createTestDb(): Promise<TTestDb> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === "") {
    const dir = mkdtempSync(join(tmpdir(), "vigie-test-"));
    return {
      config: { driver: "pglite", dir },
      env: { VIGIE_DATA_DIR: dir },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { default: pg } = await import("pg");
  const name = `vigie_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { driver: "postgres", url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A clock the test moves by hand. */
export function testClock(start = "2026-03-10T09:00:00Z") {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
    advanceDays: (days: number) => {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}
