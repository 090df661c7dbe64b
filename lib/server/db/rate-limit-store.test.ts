import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pool } from "pg";
import { createRateLimiter } from "../security/rate-limit";
import { createTestDb, type TTestDb } from "@/lib/testing/test-db";

// The PostgreSQL store: two instances of the server (two pools) on one database share their counters.
const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)("rate limits on PostgreSQL, across instances", () => {
  let testDb: TTestDb;
  const pools: Pool[] = [];
  beforeAll(async () => {
    testDb = await createTestDb();
    const { default: pg } = await import("pg");
    if (testDb.config.driver !== "postgres") throw new Error("PostgreSQL expected");
    for (let i = 0; i < 2; i++) pools.push(new pg.Pool({ connectionString: testDb.config.url, max: 2 }));
  }, 60_000);
  afterAll(async () => {
    for (const p of pools) await p.end();
    await testDb.cleanup();
  });

  it("counts one address's requests on both instances, and refuses the one past the limit on either", async () => {
    const limit = { points: 3, seconds: 60 };
    const [one, two] = await Promise.all(pools.map((pgPool) => createRateLimiter("creations", limit, { pgPool })));
    expect(await one!.consume("192.0.2.1")).toEqual({ ok: true });
    expect(await two!.consume("192.0.2.1")).toEqual({ ok: true });
    expect(await one!.consume("192.0.2.1")).toEqual({ ok: true });
    const refused = await two!.consume("192.0.2.1");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(58);
    expect(await two!.consume("192.0.2.2")).toEqual({ ok: true });
    const rows = await pools[0]!.query<{ key: string; points: number }>("select key, points from vigie_rate_limits order by key");
    expect(rows.rows).toEqual([
      { key: "vigie_creations:192.0.2.1", points: 4 },
      { key: "vigie_creations:192.0.2.2", points: 1 },
    ]);
  });
});
