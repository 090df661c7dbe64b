import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type TDatabase } from "../db/open";
import * as tokens from "../security/tokens";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { createTestDb, testClock, type TTestDb } from "@/lib/testing/test-db";
import { getAssessment } from "./assessment-view";
import { createAssessment, rotateEditToken } from "./assessments";
import { acceptVendorAnswers, createVendorRequest, openVendorRequest, revokeVendorRequest, saveVendorResponse } from "./vendor-requests";

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

const doc = () => anAnswersDocument().withService({ name: "Quiz Éclair" }).build();
const respondent = { name: "Jeanne Martin", role: "DPO", organisation: "Éclair SAS" };

describe(`vendor requests store (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("stores only the token's hash, and confirms a token with the constant-time helper", async () => {
    const clock = testClock("2026-12-01T10:00:00Z");
    const a = await createAssessment(database.db, doc(), clock);
    const link = await createVendorRequest(database.db, a.id, "fr", 30, clock);
    if (link === null) throw new Error("no link");
    expect(link.vendorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(link.vendorToken, "base64url")).toHaveLength(32);
    expect(link.expiresAt).toBe("2026-12-31T10:00:00.000Z");
    const rows = await database.db.execute(sql`select * from vendor_requests`);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(link.vendorToken);
    expect(dump).toContain(tokens.hashToken(link.vendorToken));
    const spy = vi.spyOn(tokens, "tokenMatches");
    expect(await openVendorRequest(database.db, link.vendorToken, clock)).toMatchObject({ kind: "ok", assessmentId: a.id, lang: "fr" });
    expect(spy).toHaveBeenCalledWith(link.vendorToken, tokens.hashToken(link.vendorToken));
    spy.mockRestore();
    expect(await openVendorRequest(database.db, "x".repeat(43), clock)).toEqual({ kind: "gone", reason: "unknown" });
  });

  it("expires at its date, by the store's clock", async () => {
    const clock = testClock("2026-12-01T10:00:00Z");
    const a = await createAssessment(database.db, doc(), clock);
    const link = await createVendorRequest(database.db, a.id, "en", 2, clock);
    if (link === null) throw new Error("no link");
    clock.advanceDays(1);
    const answers = { respondent, answers: { "COM-01": "yes" }, evidence: {} };
    expect((await saveVendorResponse(database.db, link.vendorToken, answers, clock)).kind).toBe("saved");
    expect((await getAssessment(database.db, a.id, clock))?.vendorRequest).toMatchObject({ expiresAt: link.expiresAt, lang: "en" });
    clock.advanceDays(1);
    expect(await openVendorRequest(database.db, link.vendorToken, clock)).toEqual({ kind: "gone", reason: "expired" });
    expect(await saveVendorResponse(database.db, link.vendorToken, answers, clock)).toEqual({ kind: "gone" });
    const view = await getAssessment(database.db, a.id, clock);
    // The link no longer shows as active; the response it brought stays waiting.
    expect(view?.vendorRequest).toBeNull();
    expect(view?.vendorResponse?.answers).toEqual({ "COM-01": "yes" });
  });

  it("one link per assessment: a new one replaces the old; revocation stops it; a rotated edit token does not", async () => {
    const clock = testClock("2026-12-01T10:00:00Z");
    const a = await createAssessment(database.db, doc(), clock);
    const first = await createVendorRequest(database.db, a.id, "fr", 30, clock);
    const second = await createVendorRequest(database.db, a.id, "fr", 30, clock);
    if (first === null || second === null) throw new Error("no link");
    expect((await openVendorRequest(database.db, first.vendorToken, clock)).kind).toBe("gone");
    expect((await rotateEditToken(database.db, a.id, a.editToken)).kind).toBe("rotated");
    expect((await openVendorRequest(database.db, second.vendorToken, clock)).kind).toBe("ok");
    expect(await revokeVendorRequest(database.db, a.id)).toBe(true);
    expect((await openVendorRequest(database.db, second.vendorToken, clock)).kind).toBe("gone");
    expect(await createVendorRequest(database.db, "AAAAAAAAAAAAAAAAAAAAAA", "fr", 30, clock)).toBeNull();
  });

  it("accepts some answers as a new version with their sources and a vendor item; the others stay waiting", async () => {
    const clock = testClock("2026-12-01T10:00:00Z");
    const a = await createAssessment(database.db, anAnswersDocument().withService({ name: "Quiz Éclair" }).with("COM-01", "no").withEvidence("COM-01").build(), clock);
    const link = await createVendorRequest(database.db, a.id, "fr", 30, clock);
    if (link === null) throw new Error("no link");
    const source = { kind: "document" as const, source: "Contrat, art. 4", date: "2026-11-30" };
    await saveVendorResponse(database.db, link.vendorToken, { respondent, answers: { "COM-01": "yes", "HOST-01": "eu" }, evidence: { "COM-01": [source] } }, clock);
    const item = { kind: "vendor" as const, source: "online answer", date: "2026-12-01", by: "Jeanne Martin" };
    const stale = await acceptVendorAnswers(database.db, a.id, 7, ["COM-01"], () => item, clock);
    expect(stale.kind).toBe("conflict");
    expect(await acceptVendorAnswers(database.db, a.id, 1, ["SEC-01"], () => item, clock)).toEqual({ kind: "not_waiting", ruleIds: ["SEC-01"] });
    const done = await acceptVendorAnswers(database.db, a.id, 1, ["COM-01"], () => item, clock);
    if (done.kind !== "done") throw new Error(done.kind);
    expect(done.view.version).toBe(2);
    expect(done.view.document.answers["COM-01"]).toBe("yes");
    expect(done.view.document.evidence?.["COM-01"]).toEqual([source, item]);
    expect(done.view.document.answers["HOST-01"]).toBeUndefined();
    expect(done.view.vendorResponse?.answers).toEqual({ "HOST-01": "eu" });
  });
});
