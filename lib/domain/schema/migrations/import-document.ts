import { SCHEMA_VERSION, toFieldIssues, ZAnswersDocumentSchema, type TAnswersDocument, type TFieldIssue } from "..";
import { isObject, migrateRaw } from "./migrations";

export type TImportError = "invalid_json" | "not_answers_document" | "unsupported_schema_version" | "invalid_answers";

export type TImportResult =
  | { ok: true; document: TAnswersDocument; fromVersion: number }
  | { ok: false; error: TImportError; fields: TFieldIssue[]; fromVersion?: number };

/** Schema versions a file may carry: every one from 0 to the current. */
export const IMPORTABLE_VERSIONS = Array.from({ length: SCHEMA_VERSION + 1 }, (_, i) => String(i));

const fail = (error: TImportError, fields: TFieldIssue[], fromVersion?: number): TImportResult =>
  fromVersion === undefined ? { ok: false, error, fields } : { ok: false, error, fields, fromVersion };

/** The schema version a parsed file declares (absent = 0, the prototype's files), or the issue with it. */
function declaredVersion(json: Record<string, unknown>): number | TFieldIssue {
  const v = json.schemaVersion;
  if (v === undefined) return 0;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
    const received = typeof v === "string" || typeof v === "number" ? String(v).slice(0, 20) : undefined;
    return { field: "schemaVersion", code: "invalid_value", allowed: IMPORTABLE_VERSIONS, ...(received === undefined ? {} : { received }) };
  }
  if (v > SCHEMA_VERSION) return { field: "schemaVersion", code: "too_new", received: String(v), allowed: IMPORTABLE_VERSIONS };
  return v;
}

/**
 * Reads an exported answers file: parses it, recognises files that are not answers documents,
 * migrates older schema versions, then validates with the shared schema. Each problem names its field.
 */
export function importDocument(text: string): TImportResult {
  if (text.startsWith("PK\u0003\u0004")) return fail("not_answers_document", [{ field: "(root)", code: "zip_file" }]);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fail("invalid_json", [{ field: "(root)", code: "invalid_json" }]);
  }
  if (!isObject(json)) return fail("not_answers_document", [{ field: "(root)", code: "invalid_type" }]);
  if ("pia" in json && Array.isArray(json.answers)) return fail("not_answers_document", [{ field: "pia", code: "pia_file" }]);
  const version = declaredVersion(json);
  if (typeof version !== "number") return fail("unsupported_schema_version", [version]);
  const migrated = migrateRaw(json, version);
  const parsed = ZAnswersDocumentSchema.safeParse(migrated);
  if (!parsed.success) return fail("invalid_answers", toFieldIssues(parsed.error, migrated), version);
  return { ok: true, document: parsed.data, fromVersion: version };
}

/** A stored document (valid when it was written) brought up to the current schema version. */
export function upgradeDocument(stored: unknown): TAnswersDocument {
  if (isObject(stored) && stored.schemaVersion === SCHEMA_VERSION) return stored as TAnswersDocument;
  const version = isObject(stored) ? declaredVersion(stored) : 0;
  if (!isObject(stored) || typeof version !== "number") throw new Error("stored document is not an answers document");
  return ZAnswersDocumentSchema.parse(migrateRaw(stored, version));
}
