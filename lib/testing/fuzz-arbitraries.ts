import fc from "fast-check";
import { expect } from "vitest";
import { QUESTIONS, ZAnswersDocumentSchema } from "../domain/schema";

/**
 * Characters no saved text may hold: controls (NUL first), lone surrogates (valid in a JSON escape,
 * not in UTF-8), bidi overrides and isolates (text that reads differently from what it holds).
 */
export const HOSTILE_TEXTS: Readonly<Record<string, string>> = {
  nul: "\u0000",
  escape: "\u001B[31m",
  delete: "\u007F",
  c1: "\u0085",
  loneHigh: "\uD800",
  loneLow: "x\uDFFFy",
  rlo: "\u202E",
  lre: "\u202A",
  rli: "\u2067",
  pdi: "\u2069",
};

/**
 * Request bodies a JSON parser must turn down or read with care: escapes that are malformed, cut
 * short or name a lone surrogate or a control, a raw NUL, Latin-1 letters, percent escapes.
 */
export const BAD_ESCAPE_BODIES: readonly string[] = [
  '{"schemaVersion":1,"service":{"name":"\\u00zz"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\\x00"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\\u0"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\\ud800"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"a\\udc00b"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\\u0000"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\u0000"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\\u202e"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"%ff%00"},"answers":{}}',
  '{"schemaVersion":1,"service":{"name":"\xff\xfe"},"answers":{}}',
  '"\\',
];

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
  fc.record({ kind: fc.constant("top" as const), key: fc.constantFrom("schemaVersion", "service", "school", "assessor", "answers", "evidence"), value: fc.jsonValue() }),
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

/** A valid document with a character no text may hold in one of its free texts. */
const hostileDocument = fc
  .tuple(validDocument, fc.constantFrom(...Object.values(HOSTILE_TEXTS)), fc.constantFrom("service", "vendor", "school", "assessor", "owner"))
  .map(([doc, text, where]) => {
    const out: Record<string, unknown> = structuredClone(doc);
    const name = `${doc.service.name}${text}`;
    if (where === "service") out.service = { name };
    else if (where === "vendor") out.service = { ...doc.service, vendor: name };
    else if (where === "school") out.school = { name };
    else if (where === "assessor") out.assessor = { name, role: name };
    else out.actionPlan = { blockUnknown: { owner: name } };
    return out;
  });

/** Request bodies: raw bytes, any JSON, valid, mutated and hostile documents, malformed escapes. */
export const anyBody = fc.oneof(
  hostileDocument.map((d) => JSON.stringify(d)),
  fc.constantFrom(...BAD_ESCAPE_BODIES),
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

