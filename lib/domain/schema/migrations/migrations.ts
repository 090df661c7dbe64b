import { SCHEMA_VERSION } from "..";

/** A JSON object on its way from one schema version to the next. */
export type TRawDocument = Record<string, unknown>;

/** Rule and context ids ("COM-01", "HOST-07", "CTX-02"). */
const QUESTION_ID = /^[A-Z]{2,5}-\d{2}$/;

/** Answer values of schema 0 that version 1 writes differently. */
const V0_VALUES: Record<"true" | "false", string> = { true: "yes", false: "no" };

/**
 * Schema version 0: the files of Vigie's first prototype, before `schemaVersion` existed.
 *
 *   { "service": "QuizÉclair",                       // a name, or an object as in version 1
 *     "school": { … }, "assessor": { … },             // optional, as in version 1
 *     "COM-01": "yes", "HOST-01": "us", "SEC-01": true, "RIG-06": null, … }
 *
 * Answers sit at the top level, keyed by question id; yes/no may be booleans; null means unknown.
 * `schemaVersion` is absent or 0. An `answers` object, when present, is merged (its values win).
 */
function v0ToV1(doc: TRawDocument): TRawDocument {
  const { service, school, assessor, answers, schemaVersion: _version, ...rest } = doc;
  const moved: Record<string, unknown> = {};
  const others: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) (QUESTION_ID.test(key) ? moved : others)[key] = value;
  const merged: Record<string, unknown> = { ...moved, ...(isObject(answers) ? answers : {}) };
  const converted = Object.fromEntries(
    Object.entries(merged)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, typeof v === "boolean" ? V0_VALUES[v ? "true" : "false"] : v]),
  );
  return {
    ...others,
    schemaVersion: 1,
    service: typeof service === "string" ? { name: service } : service,
    ...(school === undefined ? {} : { school }),
    ...(assessor === undefined ? {} : { assessor }),
    answers: converted,
  };
}

/** Schema version 1: the same document, without `evidence` (the sources of each answer), which version 2 adds. */
const v1ToV2 = (doc: TRawDocument): TRawDocument => ({ ...doc, schemaVersion: 2 });

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The migration registry: entry `n` turns a version-n document into version n+1.
 * When SCHEMA_VERSION goes up, add the migration from the previous version here (a test checks
 * that there is one per version below the current one).
 */
export const DOCUMENT_MIGRATIONS: readonly ((doc: TRawDocument) => TRawDocument)[] = [v0ToV1, v1ToV2];

/** Runs the migrations from `from` up to the current version. */
export function migrateRaw(doc: TRawDocument, from: number): TRawDocument {
  let current = doc;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = DOCUMENT_MIGRATIONS[v];
    if (step === undefined) throw new Error(`no migration from schema version ${v}`);
    current = step(current);
  }
  return current;
}
