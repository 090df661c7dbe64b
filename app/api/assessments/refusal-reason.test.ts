import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { withDecision } from "@/lib/testing/decision";
import { getDb } from "@/lib/server/db/client";
import { createAssessment } from "@/lib/server/store/assessments";
import { systemClock } from "@/lib/server/store/clock";
import { PUT } from "./[id]/route";
import { POST } from "./route";

useApiTestDb();
const safe = () => anAnswersDocument().withService({ name: "Quiz Éclair" }).withSafeAnswers().build();
const put = (id: string, body: unknown, headers: Record<string, string>) => PUT(jsonRequest(`/api/assessments/${id}`, "PUT", body, headers), params({ id }));

describe("a refusal states its reasons when it is saved", () => {
  it("refuses a new refusal without reasons with a 400 naming decision.reason, and takes one with reasons", async () => {
    const res = await POST(jsonRequest("/api/assessments", "POST", withDecision(safe(), { outcome: "refuse" }), { "accept-language": "en" }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fields).toEqual([expect.objectContaining({ field: "decision.reason", code: "too_small" })]);
    expect(body.fields[0].message).toContain("decision.reason");
    const ok = await POST(jsonRequest("/api/assessments", "POST", withDecision(safe(), { outcome: "refuse", reason: "Pas de contrat." })));
    expect(ok.status).toBe(201);
  });

  it("keeps loading and saving a refusal stored before reasons were asked, but not a new one", async () => {
    const older = withDecision(safe(), { outcome: "refuse" });
    const created = await createAssessment(await getDb(), older, systemClock);
    const same = await put(created.id, { ...older, answers: { ...older.answers, "COM-02": "contextual" } }, editHeaders(created.editToken, created.version));
    expect(same.status).toBe(200);
    const changed = await put(created.id, withDecision(safe(), { outcome: "refuse", date: "2026-11-25" }), editHeaders(created.editToken, created.version + 1));
    expect(changed.status).toBe(400);
    expect((await changed.json()).fields[0].field).toBe("decision.reason");
  });
});
