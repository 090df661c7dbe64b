import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { jsonRequest } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { POST as createAssessment } from "../assessments/route";
import { GET } from "./route";

useApiTestDb();

async function assessment(name: string, answers: Record<string, string> = {}) {
  const doc = anAnswersDocument().withService({ name }).withSafeAnswers().withAnswers(answers).build();
  return (await (await createAssessment(jsonRequest("/api/assessments", "POST", doc))).json()) as { id: string; readUrl: string };
}
const compare = (ids: string) => GET(jsonRequest(`/api/compare?ids=${encodeURIComponent(ids)}`, "GET"));

describe("GET /api/compare", () => {
  it("puts two to four assessments side by side, domain by domain and rule by rule", async () => {
    const a = await assessment("A");
    const b = await assessment("B", { "HOST-01": "us", "HOST-03": "none" });
    const res = await compare(`${a.id},${b.readUrl}`);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.columns.map((c: { serviceName: string; verdict: string }) => [c.serviceName, c.verdict])).toEqual([
      ["A", "acceptable"],
      ["B", "not_recommended"],
    ]);
    const host = view.domains.find((d: { id: string }) => d.id === "HOST");
    expect(host.statuses).toEqual(["pass", "fail"]);
    expect(host.rules.find((r: { questionId: string }) => r.questionId === "HOST-03").cells.map((c: { answer: string }) => c.answer)).toEqual([
      "not_applicable",
      "none",
    ]);
  });

  it("refuses fewer than two, more than four, duplicates and unknown assessments", async () => {
    const a = await assessment("A");
    for (const ids of [a.id, `${a.id},${a.id}`, Array(5).fill(a.id).join(",")]) {
      const res = await compare(ids);
      expect(res.status).toBe(400);
      expect((await res.json()).fields[0]).toMatchObject({ field: "ids", code: "compare_count" });
    }
    const unknown = await compare(`${a.id},AAAAAAAAAAAAAAAAAAAAAA`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).fields[0]).toMatchObject({ field: "ids.1", code: "unknown_assessment" });
    expect((await compare(`${a.id},not an id`)).status).toBe(400);
  });
});
