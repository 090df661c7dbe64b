import { sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { idHash } from "@/lib/server/security/log";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import * as publication from "./assessments/[id]/publication/route";
import * as item from "./assessments/[id]/route";
import * as create from "./assessments/route";
import * as entry from "./registers/[id]/entries/[assessmentId]/route";
import * as entries from "./registers/[id]/entries/route";
import * as register from "./registers/[id]/route";
import * as registers from "./registers/route";

useApiTestDb();

const SCHOOL = "Collège Secret-Prénom";
const SERVICE = "Quiz Confidentiel";
const doc = () => ({ ...anAnswersDocument().withSafeAnswers().build(), service: { name: SERVICE }, school: { name: SCHOOL }, assessor: { name: "Camille Nom" } });

/** Every line written through the console while `act` runs. */
async function captureLogs(act: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => {
    lines.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)} ${String((a as { cause?: unknown }).cause)}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  };
  for (const method of ["log", "info", "warn", "error", "debug"] as const) vi.spyOn(console, method).mockImplementation(keep);
  await act();
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("logs hold no request data, names or credential hashes", () => {
  beforeAll(async () => {
    await getDb();
  }, 60_000);

  for (const table of ["assessments", "assessment_rounds"]) {
    it(`a query that fails (on ${table}) gives a 500 in JSON and one log line without its parameters`, async () => {
      const db = await getDb();
      await db.execute(sql.raw(`alter table ${table} add constraint refuse_all check (false) not valid`));
      try {
        let res: Response | undefined;
        const lines = await captureLogs(async () => {
          res = await create.POST(jsonRequest("/api/assessments", "POST", doc()));
        });
        expect(res!.status).toBe(500);
        expect((await res!.json()).error).toBe("internal_error");
        expect(lines).toHaveLength(1);
        const logged = JSON.parse(lines[0]!);
        expect(logged).toMatchObject({ kind: "error", method: "POST", path: "/api/assessments" });
        expect(logged.error).toContainEqual(expect.objectContaining({ code: "23514" }));
        const text = lines.join("\n");
        for (const secret of [SCHOOL, SERVICE, "Camille", "params", "schemaVersion"]) expect(text).not.toContain(secret);
        expect(text).not.toMatch(/[0-9a-f]{64}/);
      } finally {
        await db.execute(sql.raw(`alter table ${table} drop constraint refuse_all`));
      }
    });
  }

  it("401, 403, 409 and deletions each write one JSON line with ids and no token", async () => {
    const a = await (await create.POST(jsonRequest("/api/assessments", "POST", doc()))).json();
    const r = await (await registers.POST(jsonRequest("/api/registers", "POST", { name: SCHOOL }))).json();
    await entries.POST(jsonRequest(`/api/registers/${r.id}/entries`, "POST", { assessmentId: a.id }, editHeaders(r.editToken)), params({ id: r.id }));
    await publication.PUT(jsonRequest(`/api/assessments/${a.id}/publication`, "PUT", {}, editHeaders(a.editToken)), params({ id: a.id }));
    const wrong = "W".repeat(43);
    const steps: [string, () => Promise<Response>][] = [
      ["missing_token", () => item.PUT(jsonRequest(`/api/assessments/${a.id}`, "PUT", doc(), { "if-match": '"1"' }), params({ id: a.id }))],
      ["wrong_token", () => item.PUT(jsonRequest(`/api/assessments/${a.id}`, "PUT", doc(), editHeaders(wrong, 1)), params({ id: a.id }))],
      ["missing_token", () => register.PATCH(jsonRequest(`/api/registers/${r.id}`, "PATCH", { name: "x" }), params({ id: r.id }))],
      ["wrong_token", () => register.PATCH(jsonRequest(`/api/registers/${r.id}`, "PATCH", { name: "x" }, editHeaders(wrong)), params({ id: r.id }))],
      ["conflict", () => item.PUT(jsonRequest(`/api/assessments/${a.id}`, "PUT", doc(), editHeaders(a.editToken, 99)), params({ id: a.id }))],
      ["deleted", () => entry.DELETE(jsonRequest(`/api/registers/${r.id}/entries/${a.id}`, "DELETE", undefined, editHeaders(r.editToken)), params({ id: r.id, assessmentId: a.id }))],
      ["deleted", () => publication.DELETE(jsonRequest(`/api/assessments/${a.id}/publication`, "DELETE", undefined, editHeaders(a.editToken)), params({ id: a.id }))],
      ["deleted", () => item.DELETE(jsonRequest(`/api/assessments/${a.id}`, "DELETE", undefined, editHeaders(a.editToken)), params({ id: a.id }))],
    ];
    for (const [event, send] of steps) {
      let status = 0;
      const lines = await captureLogs(async () => {
        status = (await send()).status;
      });
      expect(lines, event).toHaveLength(1);
      const logged = JSON.parse(lines[0]!);
      expect(logged, event).toMatchObject({ kind: "security", event, status });
      // Ids are read links: the line holds their short hash.
      expect([logged.assessmentId, logged.registerId], event).toContain(idHash(event === "deleted" && logged.resource === "register_entry" ? r.id : logged.resource === "register" ? r.id : a.id));
      for (const secret of [a.editToken, r.editToken, wrong, SCHOOL, SERVICE, a.id, r.id]) expect(lines[0], event).not.toContain(secret);
      expect(lines[0]).not.toMatch(/[0-9a-f]{64}/);
    }
  });
});
