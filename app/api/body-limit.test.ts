import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/server/http/read-body";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import * as publication from "./assessments/[id]/publication/route";
import * as rounds from "./assessments/[id]/rounds/route";
import * as item from "./assessments/[id]/route";
import * as importRoute from "./assessments/import/route";
import * as create from "./assessments/route";
import * as copy from "./catalogue/[publicId]/copy/route";
import * as documents from "./documents/[kind]/route";
import * as evaluate from "./evaluate/route";
import * as entry from "./registers/[id]/entries/[assessmentId]/route";
import * as entries from "./registers/[id]/entries/route";
import * as register from "./registers/[id]/route";
import * as registers from "./registers/route";
import * as report from "./report/route";

useApiTestDb();

const VALID = JSON.stringify(anAnswersDocument().withSafeAnswers().build());
/** Valid JSON a little over the cap: the document with a long unknown property. */
const OVERSIZED = `${VALID.slice(0, -1)},"padding":"${"x".repeat(MAX_BODY_BYTES)}"}`;

/** A body given as a stream, so that no Content-Length announces its size. */
const streamed = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 16_384) controller.enqueue(bytes.subarray(i, i + 16_384));
      controller.close();
    },
  });

describe(`every route that takes a body refuses one over ${MAX_BODY_BYTES / 1024} kB`, () => {
  const ref = { id: "", token: "", publicId: "", register: "", registerToken: "" };
  beforeAll(async () => {
    const a = await (await create.POST(jsonRequest("/api/assessments", "POST", VALID))).json();
    const p = await (await publication.PUT(jsonRequest(`/api/assessments/${a.id}/publication`, "PUT", {}, editHeaders(a.editToken)), params({ id: a.id }))).json();
    const r = await (await registers.POST(jsonRequest("/api/registers", "POST", {}))).json();
    await entries.POST(jsonRequest(`/api/registers/${r.id}/entries`, "POST", { assessmentId: a.id }, editHeaders(r.editToken)), params({ id: r.id }));
    Object.assign(ref, { id: a.id, token: a.editToken, publicId: p.publicId, register: r.id, registerToken: r.editToken });
  }, 60_000);

  const edit = () => editHeaders(ref.token, 1);
  /** Each route with what it needs to succeed but for the body (the edit token, If-Match, ids). */
  const ROUTES: [string, (body: BodyInit, headers?: Record<string, string>) => Promise<Response>][] = [
    ["POST /api/evaluate", (b) => evaluate.POST(new Request("http://localhost/api/evaluate", { method: "POST", body: b, duplex: "half" } as RequestInit))],
    ["POST /api/report", (b) => report.POST(new Request("http://localhost/api/report", { method: "POST", body: b, duplex: "half" } as RequestInit))],
    ["POST /api/documents/dpia", (b) => documents.POST(new Request("http://localhost/api/documents/dpia?format=md", { method: "POST", body: b, duplex: "half" } as RequestInit), params({ kind: "dpia" }))],
    ["POST /api/assessments", (b) => create.POST(req("/api/assessments", "POST", b))],
    ["POST /api/assessments/import", (b) => importRoute.POST(req("/api/assessments/import", "POST", b))],
    ["PUT /api/assessments/{id}", (b) => item.PUT(req(`/api/assessments/${ref.id}`, "PUT", b, edit()), params({ id: ref.id }))],
    ["PATCH /api/assessments/{id}", (b) => item.PATCH(req(`/api/assessments/${ref.id}`, "PATCH", b, edit()), params({ id: ref.id }))],
    ["DELETE /api/assessments/{id}", (b) => item.DELETE(req(`/api/assessments/${ref.id}`, "DELETE", b, edit()), params({ id: ref.id }))],
    ["POST /api/assessments/{id}/rounds", (b) => rounds.POST(req(`/api/assessments/${ref.id}/rounds`, "POST", b, edit()), params({ id: ref.id }))],
    ["PUT /api/assessments/{id}/publication", (b) => publication.PUT(req(`/api/assessments/${ref.id}/publication`, "PUT", b, edit()), params({ id: ref.id }))],
    ["DELETE /api/assessments/{id}/publication", (b) => publication.DELETE(req(`/api/assessments/${ref.id}/publication`, "DELETE", b, edit()), params({ id: ref.id }))],
    ["POST /api/catalogue/{publicId}/copy", (b) => copy.POST(req(`/api/catalogue/${ref.publicId}/copy`, "POST", b), params({ publicId: ref.publicId }))],
    ["POST /api/registers", (b) => registers.POST(req("/api/registers", "POST", b))],
    ["PATCH /api/registers/{id}", (b) => register.PATCH(req(`/api/registers/${ref.register}`, "PATCH", b, editHeaders(ref.registerToken)), params({ id: ref.register }))],
    ["POST /api/registers/{id}/entries", (b) => entries.POST(req(`/api/registers/${ref.register}/entries`, "POST", b, editHeaders(ref.registerToken)), params({ id: ref.register }))],
    [
      "DELETE /api/registers/{id}/entries/{assessmentId}",
      (b) => entry.DELETE(req(`/api/registers/${ref.register}/entries/${ref.id}`, "DELETE", b, editHeaders(ref.registerToken)), params({ id: ref.register, assessmentId: ref.id })),
    ],
  ];
  function req(path: string, method: string, body: BodyInit, headers: Record<string, string> = {}) {
    return new Request(`http://localhost${path}`, { method, body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
  }

  for (const [name, send] of ROUTES) {
    it(`${name}: 413, with or without Content-Length`, async () => {
      for (const body of [OVERSIZED, streamed(OVERSIZED)]) {
        const res = await send(body);
        expect(res.status, name).toBe(413);
        expect((await res.json()).error).toBe("too_large");
      }
    });
  }

  it("the assessment, its publication and its register entry are all still there", async () => {
    const res = await item.GET(jsonRequest(`/api/assessments/${ref.id}`, "GET"), params({ id: ref.id }));
    const body = await res.json();
    expect(body.version).toBe(1);
    expect(body.publication?.publicId).toBe(ref.publicId);
    const reg = await (await register.GET(jsonRequest(`/api/registers/${ref.register}`, "GET"), params({ id: ref.register }))).json();
    expect(reg.entries).toHaveLength(1);
  });
});
