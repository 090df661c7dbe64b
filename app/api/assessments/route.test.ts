import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { DELETE, GET, PATCH, PUT } from "./[id]/route";
import { POST } from "./route";

const db = useApiTestDb();
const logged: string[] = [];
beforeAll(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  }
});
afterAll(() => vi.restoreAllMocks());

const safe = () => anAnswersDocument().withService({ name: "Quiz Éclair", vendor: "Éclair SAS" }).withSafeAnswers();

async function create(doc = safe().build()) {
  const res = await POST(jsonRequest("/api/assessments", "POST", doc));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; editToken: string; readUrl: string; editUrl: string; version: number };
}
const get = (id: string, headers: Record<string, string> = {}) => GET(jsonRequest(`/api/assessments/${id}`, "GET", undefined, headers), params({ id }));
const put = (id: string, body: unknown, headers: Record<string, string>) => PUT(jsonRequest(`/api/assessments/${id}`, "PUT", body, headers), params({ id }));

describe(`assessments API (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("creates an assessment: 201 with id, edit token, links and version", async () => {
    const res = await POST(jsonRequest("/api/assessments", "POST", safe().build(), { "accept-language": "en" }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["editToken", "editUrl", "id", "readUrl", "round", "version"]);
    expect(body.version).toBe(1);
    expect(body.readUrl).toBe(`http://localhost/en/assessments/${body.id}`);
    expect(body.editUrl).toBe(`http://localhost/en/assessments/${body.id}/edit#token=${body.editToken}`);
    expect(Buffer.from(body.editToken, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(res.headers.get("location")).toBe(`/api/assessments/${body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(db.driver()).toMatch(/pglite|postgres/);
  });

  it("refuses a bad document with the shared schema's field errors, and never stores it", async () => {
    const res = await POST(jsonRequest("/api/assessments", "POST", { schemaVersion: 1, service: { name: "X" }, answers: { "HOST-01": "mars" } }));
    expect(res.status).toBe(400);
    expect((await res.json()).fields[0]).toMatchObject({ field: "answers.HOST-01", code: "invalid_value" });
    expect((await POST(jsonRequest("/api/assessments", "POST", "{oops"))).status).toBe(400);
  });

  it("reads an assessment by its link: document, version, evaluation, dates, catalogue version, review date", async () => {
    const doc = safe().with("COM-02", "contextual").build();
    const { id, editToken } = await create(doc);
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    const body = await res.json();
    expect(body).toMatchObject({ id, version: 1, round: 1, rounds: 1, document: doc, verdict: "conditions", catalogueOutdated: false, reviewDue: false, publication: null, origin: null });
    expect(body.evaluation.verdict).toBe("conditions");
    expect(body.catalogueVersion).toBe(body.currentCatalogueVersion);
    expect(body.reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(body.reviewDate.slice(0, 4))).toBe(new Date(body.createdAt).getUTCFullYear() + 1);
    expect(JSON.stringify(body)).not.toContain(editToken);
  });

  it("answers 404 to an unknown or malformed id", async () => {
    expect((await get("AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    const res = await get("../../etc");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe("not_found");
  });

  it("refuses an edit without a token (401), with a wrong one or another assessment's (403)", async () => {
    const a = await create();
    const b = await create();
    const doc = safe().with("COM-01", "no").build();
    const missing = await put(a.id, doc, { "if-match": '"1"' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await missing.json()).error).toBe("missing_token");
    expect((await put(a.id, doc, editHeaders(`${a.editToken.slice(0, -2)}xx`, 1))).status).toBe(403);
    const other = await put(a.id, doc, editHeaders(b.editToken, 1));
    expect(other.status).toBe(403);
    expect((await other.json()).error).toBe("wrong_token");
    expect((await put(a.id, doc, { authorization: "Basic abc", "if-match": '"1"' })).status).toBe(401);
    expect((await put("AAAAAAAAAAAAAAAAAAAAAA", doc, editHeaders(a.editToken, 1))).status).toBe(404);
    expect((await (await get(a.id)).json()).version).toBe(1);
  });

  it("requires If-Match (428) in a valid form (400)", async () => {
    const a = await create();
    const none = await put(a.id, safe().build(), editHeaders(a.editToken));
    expect(none.status).toBe(428);
    expect((await none.json()).error).toBe("missing_if_match");
    const bad = await put(a.id, safe().build(), { ...editHeaders(a.editToken), "if-match": "*" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields[0]).toMatchObject({ field: "If-Match", code: "invalid_format" });
    expect((await put(a.id, safe().build(), { ...editHeaders(a.editToken), "if-match": 'W/"1"' })).status).toBe(200);
  });

  it("saves with the edit token and If-Match: 200 with the new version and evaluation", async () => {
    const a = await create();
    const res = await put(a.id, safe().with("COM-01", "no").build(), editHeaders(a.editToken, 1));
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    const body = await res.json();
    expect(body).toMatchObject({ id: a.id, version: 2, verdict: "not_recommended" });
    expect(body.document.answers["COM-01"]).toBe("no");
    expect((await (await get(a.id)).json()).version).toBe(2);
  });

  it("two editors: the stale save gets 409 with both versions, and no answer is lost", async () => {
    const a = await create();
    const first = await (await get(a.id)).json();
    const second = await (await get(a.id)).json();
    const mine = { ...first.document, answers: { ...first.document.answers, "COM-05": "yes" } };
    expect((await put(a.id, mine, editHeaders(a.editToken, first.version))).status).toBe(200);
    const theirs = { ...second.document, answers: { ...second.document.answers, "RIG-07": "no" } };
    const conflict = await put(a.id, theirs, editHeaders(a.editToken, second.version));
    expect(conflict.status).toBe(409);
    const body = await conflict.json();
    expect(body.error).toBe("conflict");
    expect(body.yours).toEqual({ version: 1, document: theirs });
    expect(body.current).toMatchObject({ version: 2, document: mine });
    const stored = await (await get(a.id)).json();
    expect(stored.document.answers["COM-05"]).toBe("yes");
    expect(stored.document.answers["RIG-07"]).toBe("yes");
    // The second editor merges onto the stored version and saves again: both answers are kept.
    const merged = { ...body.current.document, answers: { ...body.current.document.answers, "RIG-07": "no" } };
    const retry = await put(a.id, merged, editHeaders(a.editToken, body.current.version));
    expect(retry.status).toBe(200);
    const final = (await retry.json()).document.answers;
    expect([final["COM-05"], final["RIG-07"]]).toEqual(["yes", "no"]);
  });

  it("lets one of many simultaneous saves through and answers 409 to the others", async () => {
    const a = await create();
    const statuses = await Promise.all(
      (["COM-04", "COM-05", "COM-06", "MIN-04"] as const).map(async (id) => (await put(a.id, safe().with(id, "yes").build(), editHeaders(a.editToken, 1))).status),
    );
    expect(statuses.sort()).toEqual([200, 409, 409, 409]);
    expect((await (await get(a.id)).json()).version).toBe(2);
  });

  it("validates a saved document like a new one, and refuses a body over 256 kB", async () => {
    const a = await create();
    const bad = await put(a.id, { schemaVersion: 1, service: { name: "" }, answers: {} }, editHeaders(a.editToken, 1));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields[0].field).toBe("service.name");
    const big = JSON.stringify({ ...safe().build(), service: { name: "x".repeat(300 * 1024) } });
    expect((await put(a.id, big, editHeaders(a.editToken, 1))).status).toBe(413);
  });

  it("sets and resets the review date (PATCH), checking the date", async () => {
    const a = await create();
    const patch = (body: unknown, version: number) => PATCH(jsonRequest(`/api/assessments/${a.id}`, "PATCH", body, editHeaders(a.editToken, version)), params({ id: a.id }));
    const past = await patch({ reviewDate: "2020-02-29" }, 1);
    expect(past.status).toBe(200);
    expect(await past.json()).toMatchObject({ version: 2, reviewDate: "2020-02-29", reviewDateSet: true, reviewDue: true });
    const bad = await patch({ reviewDate: "2026-02-30", extra: 1 }, 2);
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual(["extra:unknown_field", "reviewDate:invalid_date"]);
    const reset = await patch({ reviewDate: null }, 2);
    expect(await reset.json()).toMatchObject({ version: 3, reviewDateSet: false, reviewDue: false });
    expect((await patch({ reviewDate: null }, 2)).status).toBe(409);
  });

  it("deletes with the edit token only", async () => {
    const a = await create();
    const del = (headers: Record<string, string>) => DELETE(jsonRequest(`/api/assessments/${a.id}`, "DELETE", undefined, headers), params({ id: a.id }));
    expect((await del({})).status).toBe(401);
    expect((await del(editHeaders((await create()).editToken))).status).toBe(403);
    expect((await del(editHeaders(a.editToken))).status).toBe(204);
    expect((await get(a.id)).status).toBe(404);
  });

  it("speaks English when asked, and never logs a token", async () => {
    const res = await get("AAAAAAAAAAAAAAAAAAAAAA", { "accept-language": "en" });
    expect((await res.json()).message).toMatch(/Nothing matches this link/);
    const a = await create();
    await put(a.id, safe().build(), editHeaders(a.editToken, 1));
    await put(a.id, safe().build(), editHeaders(a.editToken, 1));
    expect(logged.filter((l) => l.includes(a.editToken))).toEqual([]);
  });
});
