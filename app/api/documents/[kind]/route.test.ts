import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POST as report } from "../../report/route";
import { POST } from "./route";

const example = (name: string) => readFileSync(`examples/${name}.json`, "utf8");
const post = (kind: string, query: string, body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request(`http://localhost/api/documents/${kind}?${query}`, { method: "POST", body, headers }), {
    params: Promise.resolve({ kind }),
  });

describe("POST /api/documents/{kind}", () => {
  it.each([
    ["vendor-letter", "pdf", "application/pdf"],
    ["family-notice", "pdf", "application/pdf"],
    ["action-plan", "pdf", "application/pdf"],
    ["dpia", "pdf", "application/pdf"],
    ["register-entry", "pdf", "application/pdf"],
    ["decision", "pdf", "application/pdf"],
  ])("%s as %s", async (kind, format, type) => {
    const res = await post(kind, `lang=en&format=${format}`, example("free-consumer-quiz"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="vigie-quizeclair-compte-gratuit-${kind}-en.${format}"`);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("gives the text to paste (Markdown) in the language asked, PDF by default", async () => {
    const md = await post("family-notice", "lang=fr&format=md", example("free-consumer-quiz"));
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await md.text();
    expect(text).toMatch(/^# Information des familles/);
    expect(text).toContain("Les données sont stockées aux États-Unis.");
    const pdf = await post("family-notice", "", example("gar-resource"));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });

  it("gives the decision recorded in the answers, and a 400 naming a bad field of it", async () => {
    const decision = { outcome: "refuse", date: "2026-11-20", by: { name: "M. Petit", role: "Principal" }, dpd: { consulted: false } };
    const body = (d: unknown) => JSON.stringify({ ...JSON.parse(example("free-consumer-quiz")), decision: d });
    const md = await post("decision", "lang=en&format=md", body(decision));
    expect(md.status).toBe(200);
    const text = await md.text();
    expect(text).toContain("**Decision**: Use refused");
    expect(text).toContain("**Name and role**: M. Petit, Principal");
    const bad = await post("decision", "lang=en&format=md", body({ ...decision, date: "tomorrow" }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(["decision.date"]);
  });

  it("gives the register entry as CSV and JSON", async () => {
    const csv = await post("register-entry", "lang=fr&format=csv", example("education-suite-contract"));
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^\uFEFF?Traitement;Responsable du traitement;/);
    const json = await post("register-entry", "lang=en&format=json", example("education-suite-contract"));
    const body = await json.json();
    expect(body).toMatchObject({ kind: "register-entry", lang: "en", service: { name: "Suite Collaborative Éducation" } });
    expect(body.fields).toHaveLength(17);
  });

  it("answers 400 naming a bad kind, lang and format", async () => {
    const res = await post("letter", "lang=de&format=docx", example("gar-resource"));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid_query");
    expect(body.fields.map((f: { field: string }) => f.field)).toEqual(["kind", "lang", "format"]);
    expect(body.fields[0].allowed).toContain("vendor-letter");
    const format = await (await post("vendor-letter", "format=csv", example("gar-resource"))).json();
    expect(format.fields).toEqual([expect.objectContaining({ field: "format", received: "csv", allowed: ["pdf", "md"] })]);
  });

  it("answers 400 to bad answers, naming each field, and never a 5xx", async () => {
    const bad = await post("vendor-letter", "lang=en", JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "ZZZ-01": "yes" }, mode: "teacher", actionPlan: { "COM-01": { due: "soon" } } }));
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["answers.ZZZ-01", "mode", "actionPlan.COM-01.due"]));
    expect((await post("dpia", "lang=en", "{oops")).status).toBe(400);
    expect((await post("dpia", "lang=en", "")).status).toBe(400);
  });
});

describe("POST /api/report?lang=fr-en", () => {
  it("gives the bilingual report, and names lang when it is not fr, en or fr-en", async () => {
    const res = await report(new Request("http://localhost/api/report?lang=fr-en", { method: "POST", body: example("gar-resource") }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("-fr-en.pdf");
    const bad = await report(new Request("http://localhost/api/report?lang=en-fr", { method: "POST", body: example("gar-resource") }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields[0]).toMatchObject({ field: "lang", allowed: ["fr", "en", "fr-en"] });
  });
});

describe("POST /api/report?part=", () => {
  it("gives the summary alone, and a 400 naming part when it is not full or summary", async () => {
    const res = await report(new Request("http://localhost/api/report?lang=en&part=summary", { method: "POST", body: example("gar-resource") }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="vigie-manuel-numerique-de-francais-via-le-gar-summary-en.pdf"');
    const bad = await report(new Request("http://localhost/api/report?lang=en&part=abstract", { method: "POST", body: example("gar-resource") }));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error).toBe("invalid_query");
    expect(body.fields).toEqual([expect.objectContaining({ field: "part", code: "invalid_value", received: "abstract", allowed: ["full", "summary"] })]);
    const both = await (await report(new Request("http://localhost/api/report?lang=de&part=", { method: "POST", body: example("gar-resource") }))).json();
    expect(both.fields.map((f: { field: string }) => f.field)).toEqual(["lang", "part"]);
  });
});

describe("POST /api/documents/{kind} per mode", () => {
  const parents = () => JSON.stringify({ ...JSON.parse(example("free-consumer-quiz")), mode: "parents" });
  it("gives a parents' association its letter to the head of school, and a 400 naming kind for the school's own papers", async () => {
    const letter = await post("school-letter", "lang=en&format=md", parents());
    expect(letter.status).toBe(200);
    expect(await letter.text()).toMatch(/^# Questions to the head of school: /);
    for (const kind of ["family-notice", "register-entry", "action-plan", "decision"]) {
      const res = await post(kind, "lang=en", parents());
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_query");
      expect(body.fields).toEqual([expect.objectContaining({ field: "kind", code: "not_for_mode", received: kind, allowed: ["vendor-letter", "school-letter", "dpia"] })]);
      expect(body.fields[0].message).toContain("parents’ association");
    }
    const head = await post("school-letter", "lang=fr", example("free-consumer-quiz"));
    expect(head.status).toBe(400);
    expect((await head.json()).fields[0]).toMatchObject({ field: "kind", code: "not_for_mode" });
  });
});
