import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_KINDS, isOfferedIn } from "@/lib/domain/documents";
import type { TMode } from "@/lib/domain/schema/modes";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { anyBody, expectClearAnswer, HOSTILE_TEXTS, isAnswersDocument } from "@/lib/testing/fuzz-arbitraries";
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

/**
 * A body, whether the route must take it (a valid answers document, or the one field it reads with
 * a value it takes), and for some routes the rest of the address (`?mode=validate`, a document).
 */
type TCase = { text: string; valid: boolean; path?: string };
const anyCase: fc.Arbitrary<TCase> = anyBody.map((text) => ({ text, valid: isAnswersDocument(text) }));
/** Any body, or `{key: value}`: valid with one of the values the route takes, unknown with any JSON. */
const shaped = (key: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<TCase> =>
  fc.oneof(
    anyBody.map((text) => ({ text, valid: false })),
    value.map((v) => ({ text: JSON.stringify({ [key]: v }), valid: true })),
    fc.jsonValue().map((v) => ({ text: JSON.stringify({ [key]: v }), valid: false })),
  );
const isoDate = fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const VALID = JSON.stringify(anAnswersDocument().withSafeAnswers().build());
/** Always among the cases, whatever the seed: one the route must take, one it must turn down. */
const examples = (valid: string, invalid = "{"): [TCase][] => [[{ text: valid, valid: true }], [{ text: invalid, valid: false }]];

/**
 * Runs `send` on each case: never a 5xx, every 4xx clear (expectClearAnswer), a case the route must
 * take gets a 2xx; and both a 2xx and a 400 came back, so the cases reached the body's own checks.
 */
async function fuzz(label: string, cases: fc.Arbitrary<TCase>, send: (c: TCase) => Promise<Response>, valid: string, invalid?: string) {
  const statuses = new Set<number>();
  await fc.assert(
    fc.asyncProperty(cases, async (c) => {
      const { text, valid: mustTake } = c;
      const res = await send(c);
      statuses.add(res.status);
      await expectClearAnswer(res, label);
      if (mustTake) expect(res.status, `${label}: ${text.slice(0, 200)}`).toBeLessThan(300);
    }),
    { numRuns: RUNS, examples: examples(valid, invalid) },
  );
  expect([...statuses].some((s) => s < 300), `${label}: ${[...statuses]}`).toBe(true);
  expect(statuses.has(400), `${label}: ${[...statuses]}`).toBe(true);
}

describe("storage and document routes under generated input", () => {
  const assessment = { id: "", token: "", version: 0 };
  const registerRef = { id: "", token: "" };

  beforeAll(async () => {
    const a = await (await create.POST(jsonRequest("/api/assessments", "POST", VALID))).json();
    Object.assign(assessment, { id: a.id, token: a.editToken, version: a.version });
    const r = await (await registers.POST(jsonRequest("/api/registers", "POST", { name: "Fuzz" }))).json();
    Object.assign(registerRef, { id: r.id, token: r.editToken });
  }, 60_000);

  /** A 2xx edit moves the assessment's version: the next case sends the new one. */
  const track = async (res: Response) => {
    if (res.ok) assessment.version = (await res.clone().json()).version ?? assessment.version;
    return res;
  };
  const editAssessment = (method: string, text: string) =>
    jsonRequest(`/api/assessments/${assessment.id}`, method, text, editHeaders(assessment.token, assessment.version));

  it(`POST /api/assessments (${RUNS} cases)`, async () => {
    await fuzz("create", anyCase, ({ text }) => create.POST(jsonRequest("/api/assessments", "POST", text)), VALID);
  });

  it(`PUT /api/assessments/{id}, with the edit token and the current version (${RUNS} cases)`, async () => {
    await fuzz("put", anyCase, async ({ text }) => track(await item.PUT(editAssessment("PUT", text), params({ id: assessment.id }))), VALID);
  });

  it(`PATCH /api/assessments/{id} {reviewDate} (${RUNS} cases)`, async () => {
    const cases = shaped("reviewDate", fc.oneof(isoDate, fc.constant(null)));
    await fuzz("patch", cases, async ({ text }) => track(await item.PATCH(editAssessment("PATCH", text), params({ id: assessment.id }))), '{"reviewDate":null}');
  });

  it(`PUT /api/assessments/{id}/publication {showSchool} (${RUNS} cases)`, async () => {
    await fuzz(
      "publication",
      shaped("showSchool", fc.boolean()),
      ({ text }) => publication.PUT(jsonRequest(`/api/assessments/${assessment.id}/publication`, "PUT", text, editHeaders(assessment.token)), params({ id: assessment.id })),
      '{"showSchool":false}',
    );
  });

  it(`POST /api/assessments/import, saving or only checking (${RUNS} cases)`, async () => {
    const cases = fc.tuple(anyCase, fc.constantFrom("", "?mode=validate")).map(([c, path]) => ({ ...c, path }));
    await fuzz("import", cases, ({ text, path = "" }) => importRoute.POST(jsonRequest(`/api/assessments/import${path}`, "POST", text)), VALID);
  });

  it(`POST /api/registers and PATCH /api/registers/{id} {name} (${RUNS} cases)`, async () => {
    const hostile = fc
      .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...Object.values(HOSTILE_TEXTS)))
      .map(([name, text]) => ({ text: JSON.stringify({ name: `${name}${text}` }), valid: false }));
    const cases = fc.oneof(shaped("name", fc.oneof(fc.string({ maxLength: 100 }), fc.constant(null))), hostile);
    await fuzz("registers", cases, ({ text }) => registers.POST(jsonRequest("/api/registers", "POST", text)), '{"name":"École"}');
    await fuzz(
      "register",
      cases,
      ({ text }) => register.PATCH(jsonRequest(`/api/registers/${registerRef.id}`, "PATCH", text, editHeaders(registerRef.token)), params({ id: registerRef.id })),
      "{}",
    );
  });

  it(`POST /api/registers/{id}/entries {assessmentId} (${RUNS} cases)`, async () => {
    const cases = fc.oneof(
      shaped("assessmentId", fc.constant(assessment.id)),
      fc.string().map((id) => ({ text: JSON.stringify({ assessmentId: id }), valid: false })),
    );
    await fuzz(
      "entries",
      cases,
      ({ text }) => entries.POST(jsonRequest(`/api/registers/${registerRef.id}/entries`, "POST", text, editHeaders(registerRef.token)), params({ id: registerRef.id })),
      JSON.stringify({ assessmentId: assessment.id }),
    );
  });

  it(`POST /api/documents/{kind} (${RUNS} cases)`, async () => {
    const cases = fc
      .tuple(anyCase, fc.constantFrom(...DOCUMENT_KINDS), fc.constantFrom("fr", "en"))
      // A valid document must be taken only when the kind is offered to its mode (MODES_OF).
      .map(([c, kind, lang]) => ({ ...c, valid: c.valid && isOfferedIn(kind, (JSON.parse(c.text) as { mode?: TMode }).mode), path: `${kind}?lang=${lang}&format=md` }));
    await fuzz(
      "documents",
      cases,
      ({ text, path = "family-notice?lang=fr&format=md" }) =>
        documents.POST(jsonRequest(`/api/documents/${path}`, "POST", text), params({ kind: path.slice(0, path.indexOf("?")) })),
      VALID,
    );
  });
});
