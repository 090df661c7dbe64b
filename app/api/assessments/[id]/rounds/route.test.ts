import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { POST as create } from "../../route";
import { PUT } from "../route";
import { GET as getRound } from "./[round]/route";
import { GET, POST } from "./route";

useApiTestDb();

const doc = (over: Record<string, string> = {}) => anAnswersDocument().withSafeAnswers().withAnswers(over).build();

async function newAssessment() {
  return (await (await create(jsonRequest("/api/assessments", "POST", doc({ "HOST-01": "us", "HOST-03": "dpf", "HOST-04": "yes" })))).json()) as { id: string; editToken: string };
}
const reevaluate = (id: string, headers: Record<string, string>) => POST(jsonRequest(`/api/assessments/${id}/rounds`, "POST", undefined, headers), params({ id }));

describe("re-evaluation and history", () => {
  it("starts a new round from the previous answers, with the edit token and If-Match", async () => {
    const a = await newAssessment();
    expect((await reevaluate(a.id, {})).status).toBe(401);
    expect((await reevaluate(a.id, editHeaders(a.editToken))).status).toBe(428);
    const res = await reevaluate(a.id, editHeaders(a.editToken, 1));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ round: 2, rounds: 2, version: 2, verdict: "conditions" });
    expect(body.document.answers["HOST-01"]).toBe("us");
    expect((await reevaluate(a.id, editHeaders(a.editToken, 1))).status).toBe(409);
  });

  it("shows each round and what changed between them (answers and verdict)", async () => {
    const a = await newAssessment();
    await reevaluate(a.id, editHeaders(a.editToken, 1));
    const put = await PUT(jsonRequest(`/api/assessments/${a.id}`, "PUT", doc({ "HOST-01": "france" }), editHeaders(a.editToken, 2)), params({ id: a.id }));
    expect(put.status).toBe(200);
    const res = await GET(jsonRequest(`/api/assessments/${a.id}/rounds`, "GET"), params({ id: a.id }));
    expect(res.status).toBe(200);
    const history = await res.json();
    expect(history.rounds.map((r: { round: number; verdict: string; frozenAt: string | null }) => [r.round, r.verdict, r.frozenAt === null])).toEqual([
      [1, "conditions", false],
      [2, "acceptable", true],
    ]);
    expect(history.rounds[0]).not.toHaveProperty("document");
    expect(history.changes).toHaveLength(1);
    expect(history.changes[0]).toMatchObject({
      from: 1,
      to: 2,
      verdict: { before: "conditions", after: "acceptable" },
      answers: [
        { questionId: "HOST-01", before: "us", after: "france" },
        { questionId: "HOST-03", before: "dpf", after: "not_applicable" },
        { questionId: "HOST-04", before: "yes", after: "no" },
      ],
    });
  });

  it("gives a frozen round in full, and 404 for a round that does not exist", async () => {
    const a = await newAssessment();
    await reevaluate(a.id, editHeaders(a.editToken, 1));
    const one = await getRound(jsonRequest(`/api/assessments/${a.id}/rounds/1`, "GET"), params({ id: a.id, round: "1" }));
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ round: 1, document: { answers: { "HOST-01": "us" } }, evaluation: { verdict: "conditions" } });
    expect((await getRound(jsonRequest("/x", "GET"), params({ id: a.id, round: "9" }))).status).toBe(404);
    expect((await getRound(jsonRequest("/x", "GET"), params({ id: a.id, round: "x" }))).status).toBe(404);
    expect((await GET(jsonRequest("/x", "GET"), params({ id: "AAAAAAAAAAAAAAAAAAAAAA" }))).status).toBe(404);
  });
});
