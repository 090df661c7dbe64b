import { beforeAll, describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { GET as getVendor, PUT as putVendor } from "../vendor/route";
import { GET } from "./[id]/route";
import { POST as rotate } from "./[id]/token/route";
import { DELETE as revoke, POST as createRequest } from "./[id]/vendor-requests/route";
import { POST as accept } from "./[id]/vendor-response/accept/route";
import { POST } from "./route";

useApiTestDb();
// The first request opens and migrates the database.
beforeAll(() => created(), 60_000);

const doc = anAnswersDocument()
  .withService({ name: "Quiz Éclair", vendor: "Éclair SAS", url: "https://quiz.example" })
  .withSchool({ name: "Collège Jean-Moulin", uai: "0691234X" })
  .withAssessor({ name: "Mme Lefèvre-Secret", role: "Professeure" })
  .withAnswers({ "CTX-01": "college", "AI-01": "no", "COM-06": "yes", "SEC-03": "no" })
  .with("COM-01", "no")
  .withEvidence("COM-06", { source: "https://school.example/secret-note", quote: "Observation interne de l’établissement" })
  .build();

type TCreated = { id: string; editToken: string; editUrl: string; readUrl: string };
type TLink = { vendorToken: string; vendorUrl: string; expiresAt: string };

async function created(): Promise<TCreated> {
  return (await (await POST(jsonRequest("/api/assessments", "POST", doc))).json()) as TCreated;
}

const vendorHeaders = (token: string, lang?: string) => ({ authorization: `Bearer ${token}`, ...(lang === undefined ? {} : { "accept-language": lang }) });
const openLink = async (a: TCreated, body: unknown = {}) =>
  createRequest(jsonRequest(`/api/assessments/${a.id}/vendor-requests`, "POST", body, editHeaders(a.editToken)), params({ id: a.id }));
const source = { source: "https://quiz.example/dpa.pdf#art4", quote: "Les données ne sont utilisées que pour…", date: "2026-11-30" };
const response = {
  respondent: { name: "Jeanne Martin", role: "DPO", organisation: "Éclair SAS" },
  answers: { "COM-01": "yes", "HOST-01": "eu" },
  evidence: { "COM-01": [source], "HOST-01": [{ ...source, source: "Politique de confidentialité, §3" }] },
};

describe(`the vendor answers online (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("creates a link with the edit token only: 201 with the token, its URL and expiry (30 days by default)", async () => {
    const a = await created();
    const res = await openLink(a, { lang: "en" });
    expect(res.status).toBe(201);
    expect(res.headers.get("set-cookie")).toBeNull();
    const link = (await res.json()) as TLink;
    expect(link.vendorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.vendorUrl).toBe(`http://localhost/en/vendor#token=${link.vendorToken}`);
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const short = (await (await openLink(a, { expiresInDays: 1 })).json()) as TLink;
    expect((Date.parse(short.expiresAt) - Date.now()) / 86_400_000).toBeLessThanOrEqual(1);
    // The school's language by default; bad values are named.
    expect(short.vendorUrl).toContain("/fr/vendor#token=");
    const bad = await openLink(a, { expiresInDays: 91, lang: "de" });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["expiresInDays", "lang"]));
    // Without the edit token, or with another one: refused.
    expect((await createRequest(jsonRequest(`/api/assessments/${a.id}/vendor-requests`, "POST", {}), params({ id: a.id }))).status).toBe(401);
    expect((await createRequest(jsonRequest(`/api/assessments/${a.id}/vendor-requests`, "POST", {}, editHeaders("y".repeat(43))), params({ id: a.id }))).status).toBe(403);
  });

  it("shows the vendor its questions and nothing of the school's side", async () => {
    const a = await created();
    const link = (await (await openLink(a, { lang: "fr" })).json()) as TLink;
    const res = await getVendor(jsonRequest("/api/vendor?lang=en", "GET", undefined, vendorHeaders(link.vendorToken)));
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    const body = (await res.json()) as {
      service: { name: string };
      school: { name: string };
      questions: { ruleId: string; question: string; help: string; options: { value: string; label: string }[] }[];
      response: unknown;
    };
    expect(body.service.name).toBe("Quiz Éclair");
    expect(body.school.name).toBe("Collège Jean-Moulin");
    expect(body.response).toBeNull();
    const ids = body.questions.map((q) => q.ruleId);
    // [V] questions only: no school question, no context question.
    expect(ids).toContain("COM-01");
    expect(ids).toContain("AI-01");
    expect(ids).not.toContain("COM-06");
    expect(ids).not.toContain("SEC-03");
    expect(ids.some((id) => id.startsWith("CTX-"))).toBe(false);
    const host = body.questions.find((q) => q.ruleId === "HOST-01");
    expect(host?.question).toMatch(/In which countries/);
    expect(host?.options).toContainEqual({ value: "eu", label: "In another EU country" });
    const text = JSON.stringify(body);
    const keys = ['"assessor"', '"verdict"', '"findings"', '"evaluation"', '"answers"', '"evidence"', '"notes"', '"decision"', '"actionPlan"', '"readUrl"', '"editUrl"'];
    for (const secret of ["Lefèvre-Secret", "Professeure", "school.example", "Observation interne", "COM-06", "SEC-03", a.editToken, a.id, "0691234X", "/assessments/", ...keys]) {
      expect(text, secret).not.toContain(secret);
    }
    // The language of the link when the query gives none.
    const fr = (await (await getVendor(jsonRequest("/api/vendor", "GET", undefined, vendorHeaders(link.vendorToken)))).json()) as typeof body;
    expect(fr.questions.find((q) => q.ruleId === "HOST-01")?.question).toMatch(/Dans quels pays/);
  });

  it("takes the vendor's answers with their sources, refuses the school's questions and bad values by name, keeps the last one", async () => {
    const a = await created();
    const link = (await (await openLink(a)).json()) as TLink;
    const put = (body: unknown) => putVendor(jsonRequest("/api/vendor", "PUT", body, vendorHeaders(link.vendorToken, "en")));
    const school = await put({ ...response, answers: { ...response.answers, "COM-06": "no", "CTX-01": "lycee" } });
    expect(school.status).toBe(400);
    const fields = ((await school.json()) as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["answers.COM-06", "answers.CTX-01"]));
    const value = await put({ ...response, answers: { "HOST-01": "mars" } });
    expect(value.status).toBe(400);
    expect(await value.json()).toMatchObject({ fields: [{ field: "answers.HOST-01", received: "mars" }] });
    const unsafe = await put({ ...response, evidence: { "COM-01": [{ ...source, quote: "a\u202Eb" }] } });
    expect(((await unsafe.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe("evidence.COM-01.0.quote");
    expect((await put({ ...response, respondent: { name: "", organisation: "Éclair" } })).status).toBe(400);
    expect((await put({ ...response, answers: { "COM-01": "no" } })).status).toBe(400); // a source for HOST-01, not answered
    const first = await put({ ...response, answers: { "COM-01": "no" }, evidence: {} });
    expect(first.status).toBe(200);
    expect(first.headers.get("set-cookie")).toBeNull();
    expect((await put(response)).status).toBe(200);
    const seen = (await (await getVendor(jsonRequest("/api/vendor", "GET", undefined, vendorHeaders(link.vendorToken)))).json()) as { response: { answers: unknown } };
    expect(seen.response.answers).toEqual(response.answers);
    const view = (await (await GET(jsonRequest(`/api/assessments/${a.id}`, "GET"), params({ id: a.id }))).json()) as {
      vendorResponse: { respondent: unknown; answers: unknown; evidence: Record<string, unknown[]>; submittedAt: string };
      vendorRequest: { expiresAt: string };
    };
    expect(view.vendorResponse).toMatchObject({ respondent: response.respondent, answers: response.answers });
    expect(view.vendorResponse.evidence["COM-01"]).toEqual([{ kind: "document", ...source }]);
    expect(view.vendorRequest.expiresAt).toBe(link.expiresAt);
    expect(JSON.stringify(view)).not.toContain(link.vendorToken);
  });

  it("revocation: 410 with a message the vendor understands; a rotated edit token leaves the link working", async () => {
    const a = await created();
    const link = (await (await openLink(a)).json()) as TLink;
    const rotated = await rotate(jsonRequest(`/api/assessments/${a.id}/token`, "POST", undefined, editHeaders(a.editToken)), params({ id: a.id }));
    const { editToken } = (await rotated.json()) as { editToken: string };
    expect((await getVendor(jsonRequest("/api/vendor", "GET", undefined, vendorHeaders(link.vendorToken)))).status).toBe(200);
    const del = await revoke(jsonRequest(`/api/assessments/${a.id}/vendor-requests`, "DELETE", undefined, editHeaders(editToken)), params({ id: a.id }));
    expect(del.status).toBe(204);
    for (const [lang, words] of [["en", /no longer works.*Ask the school/], ["fr", /ne fonctionne plus.*Demandez un nouveau lien/]] as const) {
      const gone = await getVendor(jsonRequest("/api/vendor", "GET", undefined, vendorHeaders(link.vendorToken, lang)));
      expect(gone.status).toBe(410);
      expect(await gone.json()).toMatchObject({ error: "vendor_link_gone", message: expect.stringMatching(words) });
    }
    expect((await putVendor(jsonRequest("/api/vendor", "PUT", response, vendorHeaders(link.vendorToken)))).status).toBe(410);
    expect((await getVendor(jsonRequest("/api/vendor", "GET"))).status).toBe(401);
    const view = (await (await GET(jsonRequest(`/api/assessments/${a.id}`, "GET"), params({ id: a.id }))).json()) as { vendorRequest: unknown };
    expect(view.vendorRequest).toBeNull();
  });

  it("accepts some of the answers with If-Match, as a new version; 409 when stale; the others stay waiting", async () => {
    const a = await created();
    const link = (await (await openLink(a)).json()) as TLink;
    await putVendor(jsonRequest("/api/vendor", "PUT", response, vendorHeaders(link.vendorToken)));
    const acceptReq = (ruleIds: string[], version?: number) =>
      accept(jsonRequest(`/api/assessments/${a.id}/vendor-response/accept`, "POST", { ruleIds }, { ...editHeaders(a.editToken, version), "accept-language": "en" }), params({ id: a.id }));
    expect((await acceptReq(["COM-01"])).status).toBe(428);
    expect((await acceptReq(["COM-01"], 5)).status).toBe(409);
    const notWaiting = await acceptReq(["SEC-01"], 1);
    expect(notWaiting.status).toBe(400);
    expect(await notWaiting.json()).toMatchObject({ fields: [{ field: "ruleIds.0", code: "not_waiting" }] });
    const res = await acceptReq(["COM-01"], 1);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    const view = (await res.json()) as {
      version: number;
      document: { answers: Record<string, string>; evidence: Record<string, unknown[]> };
      vendorResponse: { answers: Record<string, string> };
    };
    expect(view.document.answers["COM-01"]).toBe("yes");
    expect(view.document.answers["HOST-01"]).toBeUndefined();
    expect(view.document.evidence["COM-01"]).toEqual([
      { kind: "document", ...source },
      { kind: "vendor", source: "The vendor’s online answer: Jeanne Martin, DPO, Éclair SAS", date: new Date().toISOString().slice(0, 10), by: "Jeanne Martin" },
    ]);
    expect(view.vendorResponse.answers).toEqual({ "HOST-01": "eu" });
    // The same version again is stale.
    expect((await acceptReq(["HOST-01"], 1)).status).toBe(409);
    expect((await acceptReq(["HOST-01"], 2)).status).toBe(200);
  });
});
