import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type TDatabase } from "../db/open";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { createTestDb, testClock, type TTestDb } from "@/lib/testing/test-db";
import { getAssessment } from "./assessment-view";
import { checkEditToken, createAssessment, rotateEditToken } from "./assessments";
import { addEntry, checkRegisterToken, createRegister, getRegister, rotateRegisterToken } from "./registers";

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

describe(`edit token rotation (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("gives an assessment a new token, refuses the old one at once, and keeps everything else", async () => {
    const db = database.db;
    const created = await createAssessment(db, anAnswersDocument().withService({ name: "Quiz Éclair" }).withSafeAnswers().build(), clock);
    const before = await getAssessment(db, created.id, clock);
    const rotated = await rotateEditToken(db, created.id, created.editToken);
    if (rotated.kind !== "rotated") throw new Error(rotated.kind);
    expect(rotated.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.editToken).not.toBe(created.editToken);
    expect(await checkEditToken(db, created.id, created.editToken)).toBe("forbidden");
    expect(await checkEditToken(db, created.id, rotated.editToken)).toBe("ok");
    expect(await getAssessment(db, created.id, clock)).toEqual(before);
    // The old token cannot rotate again; a wrong id is not found.
    expect(await rotateEditToken(db, created.id, created.editToken)).toEqual({ kind: "forbidden" });
    expect(await rotateEditToken(db, "AAAAAAAAAAAAAAAAAAAAAA", rotated.editToken)).toEqual({ kind: "not_found" });
  });

  it("lets exactly one of two rotations with the same token win", async () => {
    const db = database.db;
    const created = await createAssessment(db, anAnswersDocument().withSafeAnswers().build(), clock);
    const results = await Promise.all([rotateEditToken(db, created.id, created.editToken), rotateEditToken(db, created.id, created.editToken)]);
    const won = results.filter((r) => r.kind === "rotated");
    expect(won).toHaveLength(1);
    if (won[0]?.kind === "rotated") expect(await checkEditToken(db, created.id, won[0].editToken)).toBe("ok");
  });

  it("gives a register a new token, refuses the old one, and keeps its name and entries", async () => {
    const db = database.db;
    const reg = await createRegister(db, "Collège Jean Moulin", clock);
    const a = await createAssessment(db, anAnswersDocument().withSafeAnswers().build(), clock);
    await addEntry(db, reg.id, a.id, clock);
    const before = await getRegister(db, reg.id, clock);
    const rotated = await rotateRegisterToken(db, reg.id, reg.editToken);
    if (rotated.kind !== "rotated") throw new Error(rotated.kind);
    expect(await checkRegisterToken(db, reg.id, reg.editToken)).toBe("forbidden");
    expect(await checkRegisterToken(db, reg.id, rotated.editToken)).toBe("ok");
    expect(await getRegister(db, reg.id, clock)).toEqual(before);
    expect(await rotateRegisterToken(db, reg.id, "x".repeat(43))).toEqual({ kind: "forbidden" });
  });
});
