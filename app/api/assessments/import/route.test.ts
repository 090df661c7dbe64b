import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { GET as exportRoute } from "../[id]/export/route";
import { POST as reevaluate } from "../[id]/rounds/route";
import { PUT } from "../[id]/route";
import { POST as create } from "../route";
import { POST } from "./route";

useApiTestDb();

const doc = anAnswersDocument()
  .withService({ name: "Quiz Éclair", vendor: "Éclair SAS", url: "https://quiz.example" })
  .withSchool({ name: "Collège Jean-Moulin", uai: "0691234X" })
  .withAssessor({ name: "Mme Lefèvre", role: "Principale" })
  .withSafeAnswers()
  .with("COM-07", "yes")
  .build();

const importFile = (body: string, query = "") => POST(jsonRequest(`/api/assessments/import${query}`, "POST", body));
const exportOf = (id: string, query = "") => exportRoute(jsonRequest(`/api/assessments/${id}/export${query}`, "GET"), params({ id }));

describe("export and import", () => {
  it("exports the answers document as a JSON attachment, and imports it back equal", async () => {
    const created = await (await create(jsonRequest("/api/assessments", "POST", doc))).json();
    const res = await exportOf(created.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="vigie-quiz-eclair-answers.json"');
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual(doc);
    const imported = await importFile(text);
    expect(imported.status).toBe(201);
    const body = await imported.json();
    expect(body).toMatchObject({ version: 1, fromVersion: 2 });
    expect(body.id).not.toBe(created.id);
    expect(await (await exportOf(body.id)).text()).toBe(text);
  });

  it("exports an earlier round, and a PIA file in the chosen language", async () => {
    const a = await (await create(jsonRequest("/api/assessments", "POST", doc))).json();
    await reevaluate(jsonRequest("/x", "POST", undefined, editHeaders(a.editToken, 1)), params({ id: a.id }));
    await PUT(jsonRequest("/x", "PUT", { ...doc, answers: { ...doc.answers, "COM-07": "no" } }, editHeaders(a.editToken, 2)), params({ id: a.id }));
    expect(JSON.parse(await (await exportOf(a.id, "?round=1")).text()).answers["COM-07"]).toBe("yes");
    expect(JSON.parse(await (await exportOf(a.id)).text()).answers["COM-07"]).toBe("no");
    const pia = await exportOf(a.id, "?format=pia&lang=en");
    expect(pia.headers.get("content-disposition")).toBe('attachment; filename="vigie-quiz-eclair-pia-en.json"');
    const json = await pia.json();
    expect(json).toMatchObject({ pia: { name: "Quiz Éclair – Collège Jean-Moulin", category: "Vigie" }, evaluations: [], comments: [] });
    expect(json.answers.find((x: { reference_to: number }) => x.reference_to === 111).data.text).toContain("Service assessed");
  });

  it("checks the export query", async () => {
    const a = await (await create(jsonRequest("/api/assessments", "POST", doc))).json();
    for (const [query, field] of [["?format=pdf", "format"], ["?format=pia&lang=de", "lang"], ["?round=abc", "round"]] as const) {
      const res = await exportOf(a.id, query);
      expect(res.status).toBe(400);
      expect((await res.json()).fields[0].field).toBe(field);
    }
    expect((await exportOf(a.id, "?round=5")).status).toBe(404);
    expect((await exportOf("AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
  });

  it("migrates a version 0 file, or only checks it with mode=validate", async () => {
    const v0 = JSON.stringify({ service: "Ancien Quiz", "COM-01": true, "HOST-01": "eu" });
    const checked = await importFile(v0, "?mode=validate");
    expect(checked.status).toBe(200);
    expect(await checked.json()).toEqual({ fromVersion: 0, document: { schemaVersion: 2, service: { name: "Ancien Quiz" }, answers: { "COM-01": "yes", "HOST-01": "eu" } } });
    const saved = await importFile(v0);
    expect(saved.status).toBe(201);
    expect((await saved.json()).fromVersion).toBe(0);
    expect((await importFile(v0, "?mode=maybe")).status).toBe(400);
  });

  it("gives each kind of broken file a clear 400 that names what is wrong", async () => {
    const cases: [string, string, string][] = [
      ["{oops", "invalid_json", "(root)"],
      ["PK\u0003\u0004…", "not_answers_document", "(root)"],
      ['{"pia":{"name":"x"},"answers":[],"measures":[],"evaluations":[],"comments":[]}', "not_answers_document", "pia"],
      ["42", "not_answers_document", "(root)"],
      [JSON.stringify({ ...doc, schemaVersion: 9 }), "unsupported_schema_version", "schemaVersion"],
      [JSON.stringify({ ...doc, answers: { "ZZZ-01": "yes" } }), "invalid_answers", "answers.ZZZ-01"],
      [JSON.stringify({ ...doc, service: {} }), "invalid_answers", "service.name"],
    ];
    for (const [body, error, field] of cases) {
      const res = await POST(jsonRequest("/api/assessments/import", "POST", body, { "accept-language": "en" }));
      expect(res.status, body).toBe(400);
      const json = await res.json();
      expect([json.error, json.fields[0]?.field]).toEqual([error, field]);
      expect(json.fields[0].message.length).toBeGreaterThan(10);
    }
    const tooNew = await (await importFile(JSON.stringify({ ...doc, schemaVersion: 9 }))).json();
    expect(tooNew.fields[0].message).toContain("version plus récente");
    const pia = await (await importFile('{"pia":{},"answers":[]}')).json();
    expect(pia.fields[0].message).toContain("outil PIA de la CNIL");
  });
});
