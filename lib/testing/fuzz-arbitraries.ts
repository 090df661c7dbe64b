import fc from "fast-check";
import { expect } from "vitest";
import { QUESTIONS, ZAnswersDocumentSchema } from "../schema";

const ids = QUESTIONS.map((q) => q.id);
const valueOf = (id: string) => QUESTIONS.find((q) => q.id === id)!.values;

/** A valid answers document: any subset of questions with allowed values. */
export const validDocument = fc.record({
  schemaVersion: fc.constant(1),
  service: fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0) }),
  answers: fc
    .subarray(ids)
    .chain((chosen) => fc.tuple(...chosen.map((id) => fc.constantFrom(...valueOf(id)).map((v) => [id, v] as const))))
    .map((pairs) => Object.fromEntries(pairs)),
});

/** One change that may or may not break a valid document. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("answer" as const), id: fc.constantFrom(...ids), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant("key" as const), key: fc.string({ maxLength: 12 }), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant("top" as const), key: fc.constantFrom("schemaVersion", "service", "school", "assessor", "answers"), value: fc.jsonValue() }),
);

export const mutatedDocument = fc.tuple(validDocument, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([doc, muts]) => {
  const out: Record<string, unknown> = structuredClone(doc);
  for (const m of muts) {
    if (m.kind === "top") out[m.key] = m.value;
    else if (typeof out.answers === "object" && out.answers !== null) {
      (out.answers as Record<string, unknown>)[m.kind === "answer" ? m.id : m.key] = m.value;
    }
  }
  return out;
});

/** Request bodies: raw bytes, any JSON, valid and mutated documents. */
export const anyBody = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("latin1")),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? "null"),
  validDocument.map((d) => JSON.stringify(d)),
  mutatedDocument.map((d) => JSON.stringify(d)),
);

/** Whether a request body is a valid answers document (what the routes must accept). */
export function isAnswersDocument(text: string): boolean {
  try {
    return ZAnswersDocumentSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

/** Error codes about the content of the request: their 400 names each field (or "(root)"). */
const NAMES_FIELDS = new Set(["invalid_answers", "invalid_request", "invalid_query"]);

/** Never a 5xx; a 4xx says what went wrong, in JSON with a message, and names the bad fields. */
export async function expectClearAnswer(res: Response, label: string): Promise<void> {
  expect(res.status, label).toBeLessThan(500);
  if (res.status < 400) return;
  const body = await res.clone().json();
  expect(typeof body.error, label).toBe("string");
  expect(typeof body.message, label).toBe("string");
  expect(body.message.length, label).toBeGreaterThan(0);
  if (NAMES_FIELDS.has(body.error)) {
    expect(body.fields.length, `${label} ${body.error}`).toBeGreaterThan(0);
    for (const f of body.fields) expect(f.field, label).toMatch(/\S/);
  }
}
