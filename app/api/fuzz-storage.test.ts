import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_KINDS } from "@/lib/documents/types";
import { ZAnswersDocumentSchema } from "@/lib/schema";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { anyBody } from "@/lib/testing/fuzz-arbitraries";
import * as publication from "./assessments/[id]/publication/route";
import * as item from "./assessments/[id]/route";
import * as importRoute from "./assessments/import/route";
import * as create from "./assessments/route";
import * as documents from "./documents/[kind]/route";
import * as entries from "./registers/[id]/entries/route";
import * as register from "./registers/[id]/route";
import * as registers from "./registers/route";

useApiTestDb();

/** `npm run fuzz` sets FUZZ_RUNS=10000; CI runs a few hundred. Each route here gets a tenth. */
const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 300) / 10);

const isAnswersDocument = (text: string) => {
  try {
    return ZAnswersDocumentSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};

/** Codes whose 400 is about the content: each must name the field (or "(root)") it is about. */
const NAMES_FIELDS = new Set(["invalid_answers", "invalid_request", "invalid_query"]);

/** Every status each route gave, to show that the cases reached both the checks and the store. */
const seen = new Map<string, Set<number>>();

/** Never a 5xx; a 4xx says what went wrong, in JSON, and names the fields when they are the cause. */
async function check(route: string, res: Response): Promise<void> {
  const statuses = seen.get(route) ?? new Set<number>();
  seen.set(route, statuses.add(res.status));
  expect(res.status, route).toBeLessThan(500);
  if (res.status < 400) return;
  const body = await res.json();
  expect(typeof body.error, route).toBe("string");
  expect(typeof body.message, route).toBe("string");
  expect(body.message.length, route).toBeGreaterThan(0);
  if (NAMES_FIELDS.has(body.error)) {
    expect(body.fields.length, `${route} ${body.error}`).toBeGreaterThan(0);
    for (const f of body.fields) expect(f.field, route).toMatch(/\S/);
  }
}

/** The JSON shapes these routes read, with any value where the field goes, mixed with any body. */
const shaped = (key: string, value: fc.Arbitrary<unknown>) =>
  fc.oneof(anyBody, fc.record({ [key]: fc.oneof(value, fc.jsonValue()) }).map((o) => JSON.stringify(o)));
const isoDate = fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("storage and document routes under generated input", () => {
  let assessment = { id: "", token: "", version: 0 };
  let registerRef = { id: "", token: "" };

  beforeAll(async () => {
    const doc = anAnswersDocument().withSafeAnswers().build();
    const a = await (await create.POST(jsonRequest("/api/assessments", "POST", doc))).json();
    assessment = { id: a.id, token: a.editToken, version: a.version };
    const r = await (await registers.POST(jsonRequest("/api/registers", "POST", { name: "Fuzz" }))).json();
    registerRef = { id: r.id, token: r.editToken };
  });

  /** A 2xx edit moves the assessment's version: the next case sends the new one. */
  const track = async (res: Response) => {
    if (res.ok) assessment.version = (await res.clone().json()).version ?? assessment.version;
    return res;
  };

  it(`POST /api/assessments: a valid document is saved, anything else is a 400 naming the field (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (text) => {
        const res = await create.POST(jsonRequest("/api/assessments", "POST", text));
        await check("create", res);
        expect(res.status).toBe(isAnswersDocument(text) ? 201 : 400);
      }),
      { numRuns: RUNS },
    );
  });

  it(`PUT /api/assessments/{id}: the same, with the edit token and the current version (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (text) => {
        const req = jsonRequest(`/api/assessments/${assessment.id}`, "PUT", text, editHeaders(assessment.token, assessment.version));
        const res = await track(await item.PUT(req, params({ id: assessment.id })));
        await check("put", res);
        expect(res.status).toBe(isAnswersDocument(text) ? 200 : 400);
      }),
      { numRuns: RUNS },
    );
  });

  it(`PATCH /api/assessments/{id} {reviewDate} (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(shaped("reviewDate", fc.oneof(isoDate, fc.constant(null))), async (text) => {
        const req = jsonRequest(`/api/assessments/${assessment.id}`, "PATCH", text, editHeaders(assessment.token, assessment.version));
        await check("patch", await track(await item.PATCH(req, params({ id: assessment.id }))));
      }),
      { numRuns: RUNS },
    );
  });

  it(`PUT /api/assessments/{id}/publication {showSchool} (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(shaped("showSchool", fc.boolean()), async (text) => {
        const req = jsonRequest(`/api/assessments/${assessment.id}/publication`, "PUT", text, editHeaders(assessment.token));
        await check("publication", await publication.PUT(req, params({ id: assessment.id })));
      }),
      { numRuns: RUNS },
    );
  });

  it(`POST /api/assessments/import, saving or only checking (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, fc.constantFrom("", "?mode=validate"), async (text, query) => {
        await check("import", await importRoute.POST(jsonRequest(`/api/assessments/import${query}`, "POST", text)));
      }),
      { numRuns: RUNS },
    );
  });

  it(`POST /api/registers and PATCH /api/registers/{id} {name} (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(shaped("name", fc.string({ maxLength: 300 })), async (text) => {
        await check("registers", await registers.POST(jsonRequest("/api/registers", "POST", text)));
        const req = jsonRequest(`/api/registers/${registerRef.id}`, "PATCH", text, editHeaders(registerRef.token));
        await check("register", await register.PATCH(req, params({ id: registerRef.id })));
      }),
      { numRuns: RUNS },
    );
  });

  it(`POST /api/registers/{id}/entries {assessmentId} (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(shaped("assessmentId", fc.oneof(fc.constant(assessment.id), fc.string())), async (text) => {
        const req = jsonRequest(`/api/registers/${registerRef.id}/entries`, "POST", text, editHeaders(registerRef.token));
        await check("entries", await entries.POST(req, params({ id: registerRef.id })));
      }),
      { numRuns: RUNS },
    );
  });

  it(`POST /api/documents/{kind}: a valid document gives the paper, anything else a 400 (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, fc.constantFrom(...DOCUMENT_KINDS), fc.constantFrom("fr", "en"), async (text, kind, lang) => {
        const req = jsonRequest(`/api/documents/${kind}?lang=${lang}&format=md`, "POST", text);
        const res = await documents.POST(req, params({ kind }));
        await check("documents", res);
        expect(res.status).toBe(isAnswersDocument(text) ? 200 : 400);
      }),
      { numRuns: RUNS },
    );
  });

  afterAll(() => {
    // Each route both accepted some cases and turned some down: the cases got past the token and
    // version checks to the body's own.
    for (const [route, statuses] of seen) {
      const codes = [...statuses];
      expect(codes.some((s) => s < 300), `${route}: ${codes}`).toBe(true);
      expect(codes.some((s) => s === 400), `${route}: ${codes}`).toBe(true);
    }
    expect([...seen.keys()].sort()).toEqual(["create", "documents", "entries", "import", "patch", "publication", "put", "register", "registers"]);
  });
});
