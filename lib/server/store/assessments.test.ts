import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type TDatabase } from "../db/open";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { createTestDb, testClock, type TTestDb } from "@/lib/testing/test-db";
import { getAssessment } from "./assessment-view";
import { checkEditToken, createAssessment, deleteAssessment, listRounds, saveAnswers, setReviewDate, startRound } from "./assessments";

let testDb: TTestDb;
let database: TDatabase;
const clock = testClock();

beforeAll(async () => {
  testDb = await createTestDb();
  database = await openDatabase(testDb.config);
}, 60_000);

afterAll(async () => {
  await database?.close();
  await testDb?.cleanup();
});

const safe = () => anAnswersDocument().withService({ name: "Quiz Éclair" }).withSafeAnswers();

describe(`assessment store (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("creates an assessment with a random id and a token stored only as a hash", async () => {
    const a = await createAssessment(database.db, safe().build(), clock);
    const b = await createAssessment(database.db, safe().build(), clock);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ version: 1, round: 1 });
    const view = await getAssessment(database.db, a.id, clock);
    expect(view).toMatchObject({ id: a.id, version: 1, round: 1, rounds: 1, verdict: "acceptable", reviewDate: "2027-03-10", reviewDue: false });
    expect(JSON.stringify(view)).not.toContain(a.editToken);
  });

  it("accepts only the assessment's own token", async () => {
    const a = await createAssessment(database.db, safe().build(), clock);
    const b = await createAssessment(database.db, safe().build(), clock);
    expect(await checkEditToken(database.db, a.id, a.editToken)).toBe("ok");
    expect(await checkEditToken(database.db, a.id, b.editToken)).toBe("forbidden");
    expect(await checkEditToken(database.db, a.id, `${a.editToken}x`)).toBe("forbidden");
    expect(await checkEditToken(database.db, "unknownunknownunknown1", a.editToken)).toBe("not_found");
  });

  it("saves on the current version and refuses a stale one without losing the stored answers", async () => {
    const { id } = await createAssessment(database.db, safe().build(), clock);
    const first = await saveAnswers(database.db, id, 1, safe().with("COM-01", "no").build(), clock);
    expect(first).toMatchObject({ kind: "done", view: { version: 2, verdict: "not_recommended" } });
    const stale = await saveAnswers(database.db, id, 1, safe().with("SEC-01", "no").build(), clock);
    expect(stale.kind).toBe("conflict");
    if (stale.kind !== "conflict") return;
    expect(stale.current.version).toBe(2);
    expect(stale.current.document.answers["COM-01"]).toBe("no");
    expect(stale.current.document.answers["SEC-01"]).toBe("yes");
    expect(await saveAnswers(database.db, "unknownunknownunknown1", 1, safe().build(), clock)).toEqual({ kind: "not_found" });
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const { id } = await createAssessment(database.db, safe().build(), clock);
    const results = await Promise.all([
      saveAnswers(database.db, id, 1, safe().with("COM-05", "yes").build(), clock),
      saveAnswers(database.db, id, 1, safe().with("COM-04", "yes").build(), clock),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["conflict", "done"]);
    const winner = results.find((r) => r.kind === "done");
    const stored = await getAssessment(database.db, id, clock);
    expect(stored?.version).toBe(2);
    expect(stored?.document).toEqual(winner?.kind === "done" ? winner.view.document : null);
  });

  it("moves the default review date with each save, keeps a chosen one, and flags it when passed", async () => {
    const c = testClock("2026-01-15T10:00:00Z");
    const { id } = await createAssessment(database.db, safe().build(), c);
    c.advanceDays(30);
    let r = await saveAnswers(database.db, id, 1, safe().build(), c);
    expect(r.kind === "done" && r.view.reviewDate).toBe("2027-02-14");
    r = await setReviewDate(database.db, id, 2, "2026-06-30", c);
    expect(r.kind === "done" && [r.view.reviewDate, r.view.reviewDateSet, r.view.version]).toEqual(["2026-06-30", true, 3]);
    r = await saveAnswers(database.db, id, 3, safe().build(), c);
    expect(r.kind === "done" && r.view.reviewDate).toBe("2026-06-30");
    c.set("2026-06-30T08:00:00Z");
    expect((await getAssessment(database.db, id, c))?.reviewDue).toBe(true);
    r = await setReviewDate(database.db, id, 4, null, c);
    expect(r.kind === "done" && [r.view.reviewDate, r.view.reviewDateSet, r.view.reviewDue]).toEqual(["2027-02-14", false, false]);
  });

  it("freezes a round on re-evaluation and starts the next from the same answers", async () => {
    const c = testClock("2026-02-01T10:00:00Z");
    const doc = safe().with("HOST-01", "us").with("HOST-03", "dpf").build();
    const { id } = await createAssessment(database.db, doc, c);
    c.advanceDays(365);
    const next = await startRound(database.db, id, 1, c);
    expect(next).toMatchObject({ kind: "done", view: { round: 2, rounds: 2, version: 2, reviewDate: "2028-02-01", frozenAt: null } });
    if (next.kind !== "done") return;
    expect(next.view.document).toEqual(doc);
    await saveAnswers(database.db, id, 2, safe().with("HOST-01", "france").build(), c);
    const all = await listRounds(database.db, id, c);
    expect(all.map((r) => r.round)).toEqual([1, 2]);
    expect(all[0]?.frozenAt).toBe("2027-02-01T10:00:00.000Z");
    expect(all[0]?.document.answers["HOST-01"]).toBe("us");
    expect(all[1]?.document.answers["HOST-01"]).toBe("france");
    expect(await startRound(database.db, id, 2, c)).toMatchObject({ kind: "conflict", current: { version: 3 } });
  });

  it("deletes an assessment with its rounds", async () => {
    const { id } = await createAssessment(database.db, safe().build(), clock);
    expect(await deleteAssessment(database.db, id)).toBe(true);
    expect(await getAssessment(database.db, id, clock)).toBeNull();
    expect(await listRounds(database.db, id, clock)).toEqual([]);
    expect(await deleteAssessment(database.db, id)).toBe(false);
  });

  it("loses nothing when the database is closed and opened again", async () => {
    const { id } = await createAssessment(database.db, safe().with("COM-02", "contextual").build(), clock);
    await saveAnswers(database.db, id, 1, safe().with("COM-02", "targeted").build(), clock);
    const before = await getAssessment(database.db, id, clock);
    await database.close();
    database = await openDatabase(testDb.config);
    expect(await getAssessment(database.db, id, clock)).toEqual(before);
  });
});
