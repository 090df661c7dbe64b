import { afterAll, beforeAll, vi } from "vitest";
import { closeDb } from "../server/db/client";
import { createTestDb, type TTestDb } from "./test-db";

/**
 * Points the server's database (lib/server/db/client, read from the environment) at a fresh test
 * database for this file: PGlite in a temporary directory, or a new PostgreSQL database when
 * DATABASE_URL is set.
 */
export function useApiTestDb(): { driver: () => string } {
  let testDb: TTestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    vi.stubEnv("DATABASE_URL", "DATABASE_URL" in testDb.env ? testDb.env.DATABASE_URL : "");
    if ("VIGIE_DATA_DIR" in testDb.env) vi.stubEnv("VIGIE_DATA_DIR", testDb.env.VIGIE_DATA_DIR);
  }, 60_000);
  afterAll(async () => {
    await closeDb();
    vi.unstubAllEnvs();
    await testDb?.cleanup();
  });
  return { driver: () => testDb?.config.driver ?? "none" };
}
