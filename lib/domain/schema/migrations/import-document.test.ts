import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "..";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { DOCUMENT_MIGRATIONS, importDocument, upgradeDocument } from ".";

const doc = anAnswersDocument()
  .withService({ name: "Quiz Éclair", vendor: "Éclair SAS", url: "https://quiz.example" })
  .withSchool({ name: "Collège Jean-Moulin", uai: "0691234X" })
  .withAssessor({ name: "Mme Lefèvre", role: "Principale" })
  .withSafeAnswers()
  .with("COM-02", "contextual")
  .withEvidence("COM-02", { quote: "Publicité contextuelle\nsur la page d’accueil.", by: "DPD" })
  .build();

const fieldsOf = (r: ReturnType<typeof importDocument>) => (r.ok ? [] : r.fields.map((f) => `${f.field}:${f.code}`));

describe("importDocument", () => {
  it("has one migration per schema version below the current one", () => {
    expect(DOCUMENT_MIGRATIONS).toHaveLength(SCHEMA_VERSION);
  });

  it("round-trips an exported document exactly", () => {
    const exported = `${JSON.stringify(doc, null, 2)}\n`;
    expect(importDocument(exported)).toEqual({ ok: true, document: doc, fromVersion: SCHEMA_VERSION });
    expect(importDocument(`\uFEFF${exported}`)).toMatchObject({ ok: true, document: doc });
  });

  it("migrates a version 0 file (answers at the top level, booleans, null for unknown)", () => {
    const v0 = { service: "Quiz Éclair", "COM-01": true, "SEC-01": false, "HOST-01": "eu", "RIG-06": null, notes: "ignored" };
    const r = importDocument(JSON.stringify(v0));
    expect(r).toEqual({
      ok: true,
      fromVersion: 0,
      document: { schemaVersion: 2, service: { name: "Quiz Éclair" }, answers: { "COM-01": "yes", "SEC-01": "no", "HOST-01": "eu" } },
    });
    const explicit = importDocument(JSON.stringify({ schemaVersion: 0, service: { name: "X", vendor: "V" }, answers: { "COM-02": "none" }, "COM-01": "no" }));
    expect(explicit).toMatchObject({ ok: true, document: { service: { name: "X", vendor: "V" }, answers: { "COM-01": "no", "COM-02": "none" } } });
  });

  it("migrates a version 1 file to version 2 (no sources yet) and names a bad source", () => {
    const { evidence: _e, ...v1 } = { ...doc, schemaVersion: 1 };
    expect(importDocument(JSON.stringify(v1))).toEqual({ ok: true, fromVersion: 1, document: { ...v1, schemaVersion: 2 } });
    const bad = { ...doc, evidence: { "COM-02": [{ kind: "document", source: "x", date: "2026-11-30", quote: "\u0007" }] } };
    expect(fieldsOf(importDocument(JSON.stringify(bad)))).toEqual(["evidence.COM-02.0.quote:unsafe_text"]);
  });

  it("names what is wrong in each kind of broken file", () => {
    expect(importDocument("{not json")).toMatchObject({ ok: false, error: "invalid_json" });
    expect(importDocument("")).toMatchObject({ ok: false, error: "invalid_json" });
    expect(importDocument("PK\u0003\u0004rest-of-zip")).toMatchObject({ ok: false, error: "not_answers_document", fields: [{ code: "zip_file" }] });
    expect(importDocument('{"pia":{"name":"x"},"answers":[],"measures":[],"evaluations":[],"comments":[]}')).toMatchObject({
      ok: false,
      error: "not_answers_document",
      fields: [{ field: "pia", code: "pia_file" }],
    });
    expect(importDocument("[1,2]")).toMatchObject({ ok: false, error: "not_answers_document", fields: [{ field: "(root)", code: "invalid_type" }] });
    expect(importDocument(JSON.stringify({ ...doc, schemaVersion: 7 }))).toMatchObject({
      ok: false,
      error: "unsupported_schema_version",
      fields: [{ field: "schemaVersion", code: "too_new", received: "7", allowed: ["0", "1", "2"] }],
    });
    expect(fieldsOf(importDocument(JSON.stringify({ ...doc, schemaVersion: "1" })))).toEqual(["schemaVersion:invalid_value"]);
    expect(fieldsOf(importDocument(JSON.stringify({ ...doc, answers: { "ZZZ-01": "yes", "HOST-01": "mars" } })))).toEqual([
      "answers.HOST-01:invalid_value",
      "answers.ZZZ-01:unknown_field",
    ]);
    expect(fieldsOf(importDocument(JSON.stringify({ service: 3, "COM-01": "peut-être" })))).toEqual(["service:invalid_type", "answers.COM-01:invalid_value"]);
    expect(importDocument(JSON.stringify({ service: 3 }))).toMatchObject({ fromVersion: 0 });
  });

  it("upgrades stored documents and refuses what is not one", () => {
    expect(upgradeDocument(doc)).toBe(doc);
    expect(upgradeDocument({ service: "X", "COM-01": true })).toEqual({ schemaVersion: 2, service: { name: "X" }, answers: { "COM-01": "yes" } });
    expect(upgradeDocument({ schemaVersion: 1, service: { name: "X" }, answers: { "COM-01": "no" } })).toEqual({ schemaVersion: 2, service: { name: "X" }, answers: { "COM-01": "no" } });
    expect(() => upgradeDocument("nope")).toThrow();
  });
});
