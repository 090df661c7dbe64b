import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { POST as createRegister } from "../registers/route";
import { PATCH as renameRegister } from "../registers/[id]/route";
import { POST as rotateRegister } from "../registers/[id]/token/route";
import { GET, PUT } from "./[id]/route";
import { POST as rotate } from "./[id]/token/route";
import { POST } from "./route";

useApiTestDb();
const doc = anAnswersDocument().withService({ name: "Quiz Éclair", vendor: "Éclair SAS" }).withSafeAnswers().build();

describe(`edit link rotation over the API (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("POST /api/assessments/{id}/token: a new edit link; the old token is refused at once, the answers stay", async () => {
    const created = (await (await POST(jsonRequest("/api/assessments", "POST", doc))).json()) as { id: string; editToken: string };
    const { id } = created;
    const res = await rotate(jsonRequest(`/api/assessments/${id}/token`, "POST", undefined, { ...editHeaders(created.editToken), "accept-language": "en" }), params({ id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { id: string; editToken: string; readUrl: string; editUrl: string };
    expect(body.id).toBe(id);
    expect(body.editToken).not.toBe(created.editToken);
    expect(body.editUrl).toBe(`http://localhost/en/assessments/${id}/edit#token=${body.editToken}`);
    const put = (token: string) => PUT(jsonRequest(`/api/assessments/${id}`, "PUT", doc, editHeaders(token, 1)), params({ id }));
    expect((await put(created.editToken)).status).toBe(403);
    expect((await put(body.editToken)).status).toBe(200);
    const read = await GET(jsonRequest(`/api/assessments/${id}`, "GET"), params({ id }));
    expect(((await read.json()) as { document: { service: { name: string } } }).document.service.name).toBe("Quiz Éclair");
    // Reading with a token says whether it still allows changes; reading without one says nothing of it.
    const editable = async (headers?: Record<string, string>) =>
      ((await (await GET(jsonRequest(`/api/assessments/${id}`, "GET", undefined, headers), params({ id }))).json()) as { editable?: boolean }).editable;
    expect(await editable({ authorization: `Bearer ${created.editToken}` })).toBe(false);
    expect(await editable({ authorization: `Bearer ${body.editToken}` })).toBe(true);
    expect(await editable()).toBeUndefined();
    // The old token cannot rotate; no token is a 401; an unknown id a 404.
    expect((await rotate(jsonRequest(`/api/assessments/${id}/token`, "POST", undefined, editHeaders(created.editToken)), params({ id }))).status).toBe(403);
    expect((await rotate(jsonRequest(`/api/assessments/${id}/token`, "POST"), params({ id }))).status).toBe(401);
    const unknown = "AAAAAAAAAAAAAAAAAAAAAA";
    expect((await rotate(jsonRequest(`/api/assessments/${unknown}/token`, "POST", undefined, editHeaders(body.editToken)), params({ id: unknown }))).status).toBe(404);
  });

  it("POST /api/registers/{id}/token: the same for a register", async () => {
    const created = (await (await createRegister(jsonRequest("/api/registers", "POST", { name: "Collège" }))).json()) as { id: string; editToken: string };
    const { id } = created;
    const res = await rotateRegister(jsonRequest(`/api/registers/${id}/token`, "POST", undefined, editHeaders(created.editToken)), params({ id }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { editToken: string; editUrl: string };
    expect(body.editUrl).toBe(`http://localhost/fr/registers/${id}/edit#token=${body.editToken}`);
    const rename = (token: string) => renameRegister(jsonRequest(`/api/registers/${id}`, "PATCH", { name: "Lycée" }, editHeaders(token)), params({ id }));
    expect((await rename(created.editToken)).status).toBe(403);
    expect((await rename(body.editToken)).status).toBe(200);
  });
});
