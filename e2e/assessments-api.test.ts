import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/browser";

const example = readFileSync("examples/education-suite-contract.json", "utf8");
const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init);

describe("saved assessments over HTTP (production server, PGlite)", () => {
  it("creates, reads, saves, refuses a stale save with 409, and exports", async () => {
    const created = await api("/api/assessments", { method: "POST", body: example, headers: { "content-type": "application/json" } });
    expect(created.status).toBe(201);
    const { id, editToken, readUrl, editUrl, version } = await created.json();
    expect(version).toBe(1);
    expect(readUrl).toContain(`/fr/assessments/${id}`);
    expect(editUrl).toContain(`#token=${editToken}`);
    expect(created.headers.get("x-content-type-options")).toBe("nosniff");

    const read = await api(`/api/assessments/${id}`);
    expect(read.status).toBe(200);
    const body = await read.json();
    expect(body.document).toEqual(JSON.parse(example));

    const auth = { authorization: `Bearer ${editToken}`, "content-type": "application/json" };
    const doc = { ...body.document, answers: { ...body.document.answers, "COM-05": "yes" } };
    const saved = await api(`/api/assessments/${id}`, { method: "PUT", body: JSON.stringify(doc), headers: { ...auth, "if-match": '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"2"');
    const stale = await api(`/api/assessments/${id}`, { method: "PUT", body: example, headers: { ...auth, "if-match": '"1"' } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current.version).toBe(2);
    expect((await api(`/api/assessments/${id}`, { method: "PUT", body: example, headers: { "if-match": '"2"' } })).status).toBe(401);

    const exported = await api(`/api/assessments/${id}/export`);
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename="vigie-.*-answers\.json"$/);
    expect((await exported.json()).answers["COM-05"]).toBe("yes");
    const pia = await (await api(`/api/assessments/${id}/export?format=pia`)).json();
    expect(pia.evaluations).toEqual([]);
  });
});
