import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { aDecision } from "@/lib/testing/decision";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { pdfInfo, pdfText } from "@/lib/testing/pdf-tools";
import { PATCH as patchAssessment } from "../assessments/[id]/route";
import { POST as createAssessment } from "../assessments/route";
import { DELETE as removeEntry } from "./[id]/entries/[assessmentId]/route";
import { POST as addEntry } from "./[id]/entries/route";
import { GET as exportRegister } from "./[id]/export/route";
import { GET, PATCH } from "./[id]/route";
import { POST } from "./route";

useApiTestDb();

async function assessment(name: string, answers: Record<string, string> = {}) {
  const doc = anAnswersDocument().withService({ name, vendor: `${name} SAS` }).withSafeAnswers().withAnswers(answers).build();
  return (await (await createAssessment(jsonRequest("/api/assessments", "POST", doc))).json()) as { id: string; editToken: string; readUrl: string };
}
async function register(name?: string) {
  const res = await POST(jsonRequest("/api/registers", "POST", name === undefined ? undefined : { name }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; editToken: string; readUrl: string; editUrl: string };
}
const add = (r: { id: string; editToken: string }, assessmentId: string, token = r.editToken) =>
  addEntry(jsonRequest(`/api/registers/${r.id}/entries`, "POST", { assessmentId }, editHeaders(token)), params({ id: r.id }));
const list = async (id: string, query = "") => GET(jsonRequest(`/api/registers/${id}${query}`, "GET"), params({ id }));

describe("registers", () => {
  it("is a link: create gives an id, an edit token and the two links", async () => {
    const r = await register("Collège Jean-Moulin");
    expect(r.editUrl).toBe(`http://localhost/fr/registers/${r.id}/edit#token=${r.editToken}`);
    const body = await (await list(r.id)).json();
    expect(body).toMatchObject({ id: r.id, name: "Collège Jean-Moulin", total: 0, entries: [] });
    expect((await list("AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    const bad = await POST(jsonRequest("/api/registers", "POST", { name: 3, other: true }));
    expect((await bad.json()).fields.map((f: { field: string }) => f.field)).toEqual(["other", "name"]);
  });

  it("adds assessments with the register's token only (by id or read link), once each", async () => {
    const r = await register();
    const other = await register();
    const a = await assessment("Quiz Éclair", { "COM-01": "no" });
    expect((await addEntry(jsonRequest("/x", "POST", { assessmentId: a.id }), params({ id: r.id }))).status).toBe(401);
    expect((await add(r, a.id, other.editToken)).status).toBe(403);
    expect((await add(r, a.id, a.editToken)).status).toBe(403);
    expect((await add(r, a.readUrl)).status).toBe(201);
    expect((await add(r, a.id)).status).toBe(200);
    const unknown = await add(r, "AAAAAAAAAAAAAAAAAAAAAA");
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).fields[0]).toMatchObject({ field: "assessmentId", code: "unknown_assessment" });
    const body = await (await list(r.id)).json();
    expect(body.entries).toHaveLength(1);
    expect(body.entries[0]).toMatchObject({ assessmentId: a.id, serviceName: "Quiz Éclair", vendor: "Quiz Éclair SAS", verdict: "not_recommended", round: 1, reviewDue: false, readUrl: a.readUrl });
  });

  it("lists with verdict, dates and review date, filtered and sorted", async () => {
    const r = await register();
    const a = await assessment("Quiz Éclair", { "COM-01": "no" });
    const b = await assessment("Blog de classe");
    const c = await assessment("ENT", { "SEC-02": "no", "SEC-04": "no" });
    for (const x of [a, b, c]) await add(r, x.id);
    await patchAssessment(jsonRequest("/x", "PATCH", { reviewDate: "2020-01-01" }, editHeaders(b.editToken, 1)), params({ id: b.id }));
    const names = async (query: string) => (await (await list(r.id, query)).json()).entries.map((e: { serviceName: string }) => e.serviceName);
    expect(await names("")).toEqual(["Quiz Éclair", "Blog de classe", "ENT"]);
    expect(await names("?sort=service")).toEqual(["Blog de classe", "ENT", "Quiz Éclair"]);
    expect(await names("?verdict=not_recommended,conditions")).toEqual(["Quiz Éclair", "ENT"]);
    expect(await names("?reviewDue=true")).toEqual(["Blog de classe"]);
    expect(await names("?q=eclair")).toEqual(["Quiz Éclair"]);
    const bad = await list(r.id, "?verdict=great");
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields[0]).toMatchObject({ field: "verdict", code: "invalid_value" });
  });

  it("gives each service's decision, filters by it, and writes it in the CSV", async () => {
    const r = await register();
    const decided = anAnswersDocument().withService({ name: "ENT" }).withSafeAnswers().build();
    const created = await createAssessment(jsonRequest("/api/assessments", "POST", { ...decided, decision: aDecision({ outcome: "authorise" }) }));
    const a = (await created.json()) as { id: string };
    const b = await assessment("Blog de classe");
    for (const x of [a, b]) await add(r, x.id);
    const body = await (await list(r.id)).json();
    expect(body.entries.map((e: { decision: unknown }) => e.decision)).toEqual([{ outcome: "authorise", date: "2026-11-20" }, null]);
    const names = async (query: string) => (await (await list(r.id, query)).json()).entries.map((e: { serviceName: string }) => e.serviceName);
    expect(await names("?decision=authorise")).toEqual(["ENT"]);
    expect(await names("?decision=none")).toEqual(["Blog de classe"]);
    const bad = await list(r.id, "?decision=maybe");
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields[0]).toMatchObject({ field: "decision", code: "invalid_value" });
    const csv = await (await exportRegister(jsonRequest(`/api/registers/${r.id}/export?lang=en&decision=authorise`, "GET"), params({ id: r.id }))).text();
    expect(csv.split("\r\n")[1]).toMatch(/^ENT,,,Acceptable,Use authorised,2026-11-20,/);
  });

  it("exports as CSV in the caller's language, and removes entries and renames with the token", async () => {
    const r = await register("Lycée Marie-Curie");
    const a = await assessment("Quiz Éclair");
    await add(r, a.id);
    const res = await exportRegister(jsonRequest(`/api/registers/${r.id}/export?lang=en`, "GET"), params({ id: r.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="vigie-lycee-marie-curie-register.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("Service,Vendor,School,Verdict,Decision,Date of the decision,Answers with a source,Evaluated on,Review on,Review overdue,Rules version,Round,Read link");
    expect(csv).toMatch(/\r\nQuiz Éclair,Quiz Éclair SAS,,Acceptable,,,0 of [1-9]\d*,/);
    const rename = await PATCH(jsonRequest("/x", "PATCH", { name: "Lycée M.-Curie" }, editHeaders(r.editToken)), params({ id: r.id }));
    expect((await rename.json()).name).toBe("Lycée M.-Curie");
    const del = (token?: string) =>
      removeEntry(jsonRequest("/x", "DELETE", undefined, token === undefined ? {} : editHeaders(token)), params({ id: r.id, assessmentId: a.id }));
    expect((await del()).status).toBe(401);
    expect((await del(r.editToken)).status).toBe(204);
    expect((await del(r.editToken)).status).toBe(404);
    expect((await (await list(r.id)).json()).entries).toEqual([]);
  });

  it("exports the PDF summary in the caller's language, with the list's filters; any other format is a 400 naming the field", async () => {
    const r = await register("Lycée Marie-Curie");
    const a = await assessment("Quiz Éclair", { "COM-01": "no" });
    const b = await assessment("Blog de classe");
    const c = await assessment("ENT", { "SEC-02": "no", "SEC-04": "no" });
    for (const x of [a, b, c]) await add(r, x.id);
    await patchAssessment(jsonRequest("/x", "PATCH", { reviewDate: "2020-01-01" }, editHeaders(b.editToken, 1)), params({ id: b.id }));
    const dir = mkdtempSync(path.join(tmpdir(), "vigie-register-pdf-"));
    const pdf = async (query: string) => {
      const res = await exportRegister(jsonRequest(`/api/registers/${r.id}/export?${query}`, "GET"), params({ id: r.id }));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const file = path.join(dir, `${query.replace(/\W+/g, "-")}.pdf`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      return { res, text: pdfText(file), info: pdfInfo(file) };
    };
    try {
      const en = await pdf("format=pdf&lang=en");
      expect(en.res.headers.get("content-disposition")).toBe('attachment; filename="vigie-lycee-marie-curie-register-summary-en.pdf"');
      expect(en.res.headers.get("content-language")).toBe("en");
      expect(en.info.Title).toBe("Register of assessed services: Lycée Marie-Curie");
      for (const s of ["Quiz Éclair", "Blog de classe", "ENT", "3 of 3", "Not recommended", "Reviews overdue", "Overdue", "Page 1 of 1"]) expect(en.text, s).toContain(s);

      const fr = await pdf("format=pdf&lang=fr&reviewDue=true");
      expect(fr.res.headers.get("content-disposition")).toBe('attachment; filename="vigie-lycee-marie-curie-register-summary-fr.pdf"');
      expect(fr.text).toContain("Blog de classe");
      expect(fr.text).not.toContain("Quiz Éclair");
      expect(fr.text).toContain("1 sur 3");
      expect(fr.text).toContain("Réexamen en retard seulement");

      // csv stays the default.
      const csv = await exportRegister(jsonRequest(`/api/registers/${r.id}/export`, "GET"), params({ id: r.id }));
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");

      const bad = await exportRegister(jsonRequest(`/api/registers/${r.id}/export?format=xls&lang=en`, "GET"), params({ id: r.id }));
      expect(bad.status).toBe(400);
      const body = await bad.json();
      expect(body.error).toBe("invalid_query");
      expect(body.fields).toEqual([expect.objectContaining({ field: "format", code: "invalid_value", received: "xls", allowed: ["csv", "pdf"] })]);
      expect(body.fields[0].message).toContain("format");
      expect((await exportRegister(jsonRequest(`/api/registers/AAAAAAAAAAAAAAAAAAAAAA/export?format=pdf`, "GET"), params({ id: "AAAAAAAAAAAAAAAAAAAAAA" }))).status).toBe(404);

      // Every bad parameter is named at once.
      const worse = await exportRegister(jsonRequest(`/api/registers/${r.id}/export?format=xls&lang=de&sort=size`, "GET"), params({ id: r.id }));
      expect(worse.status).toBe(400);
      expect(((await worse.json()).fields as { field: string }[]).map((f) => f.field).sort()).toEqual(["format", "lang", "sort"]);

      // A register without a name gets a neutral file name.
      const unnamed = await register();
      const plain = await exportRegister(jsonRequest(`/api/registers/${unnamed.id}/export?lang=en`, "GET"), params({ id: unnamed.id }));
      expect(plain.headers.get("content-disposition")).toBe('attachment; filename="vigie-register.csv"');
      const unreadable = await register("???");
      const symbols = await exportRegister(jsonRequest(`/api/registers/${unreadable.id}/export?format=pdf&lang=en`, "GET"), params({ id: unreadable.id }));
      expect(symbols.headers.get("content-disposition")).toBe('attachment; filename="vigie-register-summary-en.pdf"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
