import fc from "fast-check";
import { QUESTIONS } from "../schema";

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
