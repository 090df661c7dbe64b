import { describe, expect, it } from "vitest";
import { isWellFormedId } from "@/lib/domain/ids";
import { hashToken, newId, newToken, tokenMatches } from "../security/tokens";
import { loadExample } from "@/lib/testing/examples";
import { evaluateDocument, readStoredEvaluation } from "./evaluate-document";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { defaultReviewDate, isCalendarDay, isReviewDue, parisDay } from "@/lib/domain/dates";
import { containsPattern, toSearchText } from "@/lib/domain/search-text";

describe("review dates", () => {
  it("is one year after the evaluation, on the French calendar day", () => {
    expect(defaultReviewDate(new Date("2026-03-10T09:00:00Z"))).toBe("2027-03-10");
    expect(defaultReviewDate(new Date("2026-12-31T23:30:00Z"))).toBe("2028-01-01");
    expect(defaultReviewDate(new Date("2028-02-29T12:00:00Z"))).toBe("2029-02-28");
    expect(parisDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });

  it("is due on the day itself", () => {
    expect(isReviewDue("2027-03-10", new Date("2027-03-09T12:00:00Z"))).toBe(false);
    expect(isReviewDue("2027-03-10", new Date("2027-03-10T00:30:00Z"))).toBe(true);
  });

  it("accepts only real days", () => {
    expect(["2026-02-28", "2028-02-29"].every(isCalendarDay)).toBe(true);
    expect(["2026-02-29", "2026-13-01", "26-01-01", "2026-1-1", ""].some(isCalendarDay)).toBe(false);
  });
});

describe("search text", () => {
  it("ignores case, accents and spacing, and takes LIKE wildcards literally", () => {
    expect(toSearchText("  Quiz  ÉCLAIR ", "Éditions Hâtives")).toBe("quiz eclair editions hatives");
    expect(containsPattern("100%_é")).toBe("%100\\%\\_e%");
  });
});

describe("tokens", () => {
  it("are long, random and compared by hash", () => {
    const token = newToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(newToken()).not.toBe(token);
    expect(Buffer.from(newId(), "base64url")).toHaveLength(16);
    expect(tokenMatches(token, hashToken(token))).toBe(true);
    expect(tokenMatches(`${token}a`, hashToken(token))).toBe(false);
    expect(tokenMatches(token, "not-a-hash")).toBe(false);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(isWellFormedId(newId())).toBe(true);
    expect(isWellFormedId("../x")).toBe(false);
  });
});

describe("stored evaluations", () => {
  it("read as stored when they have the DPIA status", () => {
    const doc = loadExample("free-consumer-quiz");
    const evaluation = evaluateDocument(doc);
    expect(readStoredEvaluation(evaluation, doc)).toBe(evaluation);
  });

  it("get the DPIA status and unknown criteria from the stored answers when stored before them", () => {
    const example = loadExample("gar-resource");
    const doc = { ...example, answers: { ...example.answers, "MIN-03": "unknown" } };
    const current = evaluateDocument(doc);
    // A stored evaluation without a DPIA status: only `required` and the criteria met.
    const stored = { ...current, dpia: { required: current.dpia.required, criteria: current.dpia.criteria } } as unknown as typeof current;
    expect(readStoredEvaluation(stored, doc).dpia).toEqual(current.dpia);
    expect(current.dpia).toMatchObject({ status: "undetermined", unknown: ["sensitive-data"] });
    // Stored under other rules: today's criteria are not applied to it.
    const older = { ...stored, catalogueVersion: "2020.1-1" };
    expect(readStoredEvaluation(older, doc).dpia).toEqual({ required: false, status: "not_required", criteria: current.dpia.criteria, unknown: [], listed: [] });
  });

  it("stored under catalogue version 1 (no basis, no AI domain, old DPIA criteria) are read with the basis found again from their findings", () => {
    // A parents' association's reading under version 1: COM-01 and HOST-03 (BLOCK) unknown made it "not recommended"; nothing is confirmed.
    const doc = anAnswersDocument().withSafeAnswers().with("COM-01", "unknown").with("HOST-01", "us").with("HOST-03", "unknown").build();
    const today = evaluateDocument(doc);
    const v1 = {
      catalogueVersion: "2026.11-1",
      verdict: today.verdict,
      domains: today.domains.filter((d) => d.id !== "AI").map(({ id, status, points, max, notApplicable }) => ({ id, status, points, max, notApplicable })),
      findings: today.findings,
      conditions: today.conditions,
      vendorQuestions: today.vendorQuestions,
      schoolActions: today.schoolActions,
      dpia: { required: false, status: "not_required", criteria: ["vulnerable"], unknown: [] },
      modifiers: today.modifiers,
    } as unknown as typeof today;
    const read = readStoredEvaluation(v1, doc);
    expect(read).toMatchObject({ catalogueVersion: "2026.11-1", verdict: "not_recommended", confirmedVerdict: "acceptable", basis: "unknowns" });
    expect(read.domains.map((d) => d.id)).toEqual(["COM", "HOST", "SEC", "RIG", "ACC", "INF", "MIN"]);
    expect(read.domains.find((d) => d.id === "COM")).toMatchObject({ status: "warn", confirmedStatus: "pass", basis: "unknowns", unknowns: 1 });
    // Its DPIA is read as stored: version 1's criteria are not replaced by today's.
    expect(read.dpia).toEqual({ ...v1.dpia, listed: [] });
    expect(read.prohibited).toEqual([]);
  });
});
