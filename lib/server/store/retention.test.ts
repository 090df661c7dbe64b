import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetentionCli } from "../cli/ops-cli";
import { openDatabase, type TDatabase } from "../db/open";
import { assessments } from "../db/schema";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { createTestDb, testClock, type TTestDb } from "@/lib/testing/test-db";
import { getAssessment } from "./assessment-view";
import { createAssessment, saveAnswers } from "./assessments";
import { listStaleAssessments, noteRead, parseRetentionDays } from "./retention";
import { startRetentionSchedule } from "./retention-schedule";
import { eq } from "drizzle-orm";

let testDb: TTestDb;
let database: TDatabase;

beforeAll(async () => {
  testDb = await createTestDb();
  database = await openDatabase(testDb.config);
}, 60_000);

afterAll(async () => {
  await database?.close();
  await testDb?.cleanup();
});

const doc = (school: string) => anAnswersDocument().withService({ name: "Quiz Éclair" }).withSchool({ name: school }).withSafeAnswers().build();
const lastRead = async (id: string) => (await database.db.select({ at: assessments.lastReadAt }).from(assessments).where(eq(assessments.id, id)))[0]?.at?.toISOString() ?? null;

describe(`retention (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  const ids = { neverRead: "", readLately: "", changedLately: "" };

  it("records reads at most once a day", async () => {
    const clock = testClock("2025-01-10T09:00:00Z");
    const db = database.db;
    ids.neverRead = (await createAssessment(db, doc("Collège A"), clock)).id;
    ids.readLately = (await createAssessment(db, doc("Collège B"), clock)).id;
    const changed = await createAssessment(db, doc("Collège C"), clock);
    ids.changedLately = changed.id;
    expect(await lastRead(ids.readLately)).toBeNull();
    clock.set("2025-11-01T08:00:00Z");
    await noteRead(db, [ids.readLately], clock);
    expect(await lastRead(ids.readLately)).toBe("2025-11-01T08:00:00.000Z");
    clock.set("2025-11-01T20:00:00Z");
    await noteRead(db, [ids.readLately], clock);
    expect(await lastRead(ids.readLately)).toBe("2025-11-01T08:00:00.000Z");
    clock.set("2025-11-03T08:00:00Z");
    await noteRead(db, [ids.readLately], clock);
    expect(await lastRead(ids.readLately)).toBe("2025-11-03T08:00:00.000Z");
    clock.set("2025-11-15T08:00:00Z");
    expect((await saveAnswers(db, ids.changedLately, 1, doc("Collège C"), clock)).kind).toBe("done");
  });

  it("lists what was neither read nor changed since the cutoff, ids and dates only", async () => {
    const stale = await listStaleAssessments(database.db, new Date("2025-06-01T00:00:00Z"));
    expect(stale).toEqual([{ id: ids.neverRead, createdAt: "2025-01-10T09:00:00.000Z", updatedAt: "2025-01-10T09:00:00.000Z", lastReadAt: null }]);
    expect(await listStaleAssessments(database.db, new Date("2025-01-01T00:00:00Z"))).toEqual([]);
  });

  it("is off by default, and a bad setting is logged, not applied", () => {
    expect(startRetentionSchedule({})).toBe(false);
    const errors: string[] = [];
    const error = console.error;
    console.error = (s: string) => void errors.push(s);
    try {
      expect(startRetentionSchedule({ VIGIE_RETENTION_DAYS: "a year" })).toBe(false);
    } finally {
      console.error = error;
    }
    expect(errors.map((e) => JSON.parse(e))).toEqual([{ level: "error", event: "retention_setting_invalid", variable: "VIGIE_RETENTION_DAYS" }]);
  });

  it("reads its period as days", () => {
    expect(parseRetentionDays("365d")).toBe(365);
    expect(parseRetentionDays("30")).toBe(30);
    for (const bad of ["0d", "1y", "-3d", "", undefined, "12.5d"]) expect(parseRetentionDays(bad), String(bad)).toBeNull();
  });

  it("npm run retention: a dry run lists and keeps, the real run deletes only those; off without a period", async () => {
    await database.close(); // the command opens the database itself (PGlite: one process at a time)
    const now = new Date("2025-12-01T12:00:00Z");
    const run = async (argv: string[], env: Record<string, string> = testDb.env) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runRetentionCli([...argv, "--lang", "en"], { out: (s) => void out.push(s), err: (s) => void err.push(s) }, env, now);
      return { code, out: out.join(""), err: err.join("") };
    };
    const dry = await run(["--older-than", "180d", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toBe(
      `1 saved assessment not read or changed since 2025-06-04 would be deleted (dry run: nothing was deleted).\n${ids.neverRead}  last read never  last changed 2025-01-10\n`,
    );
    expect(dry.out).not.toContain("Collège");
    const off = await run([]);
    expect(off.code).toBe(1);
    expect(off.err).toContain("No retention period");
    expect((await run(["--older-than", "1y"])).code).toBe(2);
    // The setting gives the period when the command does not.
    const done = await run([], { ...testDb.env, VIGIE_RETENTION_DAYS: "180" });
    expect(done.code).toBe(0);
    expect(done.out).toContain(`1 saved assessment not read or changed since 2025-06-04 deleted.\n${ids.neverRead}`);
    database = await openDatabase(testDb.config);
    const clock = testClock("2025-12-01T12:00:00Z");
    expect(await getAssessment(database.db, ids.neverRead, clock)).toBeNull();
    expect(await getAssessment(database.db, ids.readLately, clock)).not.toBeNull();
    expect(await getAssessment(database.db, ids.changedLately, clock)).not.toBeNull();
  }, 120_000);
});
