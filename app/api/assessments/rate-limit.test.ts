import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { jsonRequest } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { PEER_HEADER } from "@/lib/server/security/connection";
import { POST as report } from "../report/route";
import { POST as createRegister } from "../registers/route";
import { POST as importFile } from "./import/route";
import { POST } from "./route";

useApiTestDb();
const warnings: string[] = [];
beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
});
afterAll(() => vi.restoreAllMocks());

const doc = anAnswersDocument().withService({ name: "Quiz", vendor: "Éclair SAS" }).withSafeAnswers().build();
/** A request from a connection at `address` (the header the server's screen writes), with any X-Forwarded-For. */
const as = (address: string, forwardedFor = "198.51.100.99") => ({ [PEER_HEADER]: address, "x-forwarded-for": forwardedFor, "accept-language": "en" });

describe(`rate limits over the API (${process.env.DATABASE_URL ? "PostgreSQL store" : "memory store"})`, () => {
  it("refuses anonymous creations past VIGIE_RATE_CREATIONS with 429, Retry-After and the JSON error; another address goes on", async () => {
    vi.stubEnv("VIGIE_RATE_CREATIONS", "3");
    const a = "203.0.113.7";
    expect((await POST(jsonRequest("/api/assessments", "POST", doc, as(a)))).status).toBe(201);
    expect((await createRegister(jsonRequest("/api/registers", "POST", {}, as(a)))).status).toBe(201);
    expect((await importFile(jsonRequest("/api/assessments/import", "POST", doc, as(a)))).status).toBe(201);
    // A new X-Forwarded-For each time is no new allowance.
    const refused = await POST(jsonRequest("/api/assessments", "POST", doc, as(a, "192.0.2.1")));
    expect(refused.status).toBe(429);
    expect((await POST(jsonRequest("/api/assessments", "POST", doc, as(a, "192.0.2.2")))).status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(3000);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(await refused.json()).toMatchObject({ error: "rate_limited", message: expect.stringMatching(/Too many requests/) });
    expect(warnings.map((w) => JSON.parse(w))).toContainEqual(expect.objectContaining({ event: "rate_limited", bucket: "creations" }));
    expect(warnings.join("\n")).not.toContain(a);
    expect((await POST(jsonRequest("/api/assessments", "POST", doc, as("203.0.113.8")))).status).toBe(201);
   }, 120_000); // the first request opens (and migrates) the database

  it("refuses PDF and document requests past VIGIE_RATE_DOCUMENTS, before any rendering", async () => {
    vi.stubEnv("VIGIE_RATE_DOCUMENTS", "1");
    const a = "198.51.100.20";
    // A bad query costs a request too (a 400, nothing rendered).
    expect((await report(jsonRequest("/api/report?lang=xx", "POST", doc, as(a)))).status).toBe(400);
    const refused = await report(jsonRequest("/api/report?lang=en", "POST", doc, as(a)));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
