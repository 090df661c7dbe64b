import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE, RULES } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { translatorFor } from "@/lib/i18n/translator";
import { POST } from "./route";

const fr = translatorFor("fr");

const examples = readdirSync("examples").filter((f) => f.endsWith(".json"));
const example = (f: string) => JSON.parse(readFileSync(`examples/${f}`, "utf8"));

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request("http://localhost/api/evaluate", { method: "POST", body, headers }));

describe("POST /api/evaluate", () => {
  it.each(examples)("evaluates %s", async (file) => {
    const res = await post(JSON.stringify(example(file)));
    expect(res.status).toBe(200);
    const body = await res.json();
    const expected = evaluate(example(file).answers, CATALOGUE);
    expect(body.verdict).toBe(expected.verdict);
    expect(body.domains.map((d: { id: string }) => d.id)).toEqual(CATALOGUE.domains.map((d) => d.id));
    expect(body.domains.at(-1)).toMatchObject({ id: "AI" });
    expect(body.domains[0]).toMatchObject({
      id: "COM",
      status: expect.stringMatching(/^(pass|warn|fail)$/),
      confirmedStatus: expect.stringMatching(/^(pass|warn|fail)$/),
      basis: expect.stringMatching(/^(answers|unknowns)$/),
    });
    expect(body).toMatchObject({ basis: expected.basis, confirmedVerdict: expected.confirmedVerdict, catalogueVersion: CATALOGUE.version });
    expect(body).toHaveProperty("findings");
    expect(body).toHaveProperty("vendorQuestions");
    expect(body).toHaveProperty("schoolActions");
    expect(body.dpia).toEqual(expected.dpia);
  });

  it("gives the three verdicts on the examples", async () => {
    const verdicts = await Promise.all(
      examples.map(async (f) => (await (await post(JSON.stringify(example(f)))).json()).verdict),
    );
    expect(new Set(verdicts)).toEqual(new Set(["acceptable", "conditions", "not_recommended"]));
  });

  it("answers 400 to a body that is not JSON", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_json");
  });

  it("names an unknown rule id", async () => {
    const res = await post(JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "ZZZ-01": "yes" } }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fields).toEqual([expect.objectContaining({ field: "answers.ZZZ-01", code: "unknown_field" })]);
    expect(body.fields[0].message).toContain("answers.ZZZ-01");
  });

  it("names a value that is not allowed, with the allowed values", async () => {
    const res = await post(JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "HOST-01": "mars" } }));
    expect(res.status).toBe(400);
    const [field] = (await res.json()).fields;
    expect(field).toMatchObject({ field: "answers.HOST-01", code: "invalid_value", received: "mars" });
    expect(field.allowed).toEqual(["france", "eu", "adequate", "us", "other", "unknown"]);
    // The message is for a person: the question as asked and the answers as offered.
    expect(field.message).toContain(fr("Rules.HOST-01.question"));
    expect(field.message).toContain(fr("Answers.unknown"));
    expect(field.message).not.toContain("france, eu");
  });

  it("names each bad field at once", async () => {
    const res = await post(JSON.stringify({ schemaVersion: 3, service: {}, answers: { "COM-01": 3 } }));
    const fields = (await res.json()).fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["schemaVersion", "service.name", "answers.COM-01"]));
  });

  it("answers 413 to a body over 256 kB, declared or not", async () => {
    const big = JSON.stringify({ schemaVersion: 1, service: { name: "x".repeat(300 * 1024) }, answers: {} });
    expect((await post(big)).status).toBe(413);
    const stream = new Blob([big]).stream();
    const res = await POST(
      new Request("http://localhost/api/evaluate", { method: "POST", body: stream, duplex: "half" } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe("too_large");
  });

  it("gives how many answers rest on a source, and accepts a version 1 document", async () => {
    const body = await (await post(JSON.stringify(example("education-suite-contract.json")))).json();
    expect(body.sourcing).toMatchObject({ sourced: 5, vendorSourced: 5 });
    expect(body.sourcing.answered).toBeGreaterThan(body.sourcing.sourced);
    const v1 = await post(JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "COM-01": "yes" } }));
    expect(v1.status).toBe(200);
    expect((await v1.json()).sourcing).toEqual({ answered: 1, sourced: 0, vendorAnswered: 1, vendorSourced: 0 });
  });

  it("names a bad source, and answers 413 to sources over 256 kB", async () => {
    const item = { kind: "document", source: "s", date: "2026-11-30", quote: "x".repeat(1900) };
    const bad = await post(JSON.stringify({ schemaVersion: 2, service: { name: "X" }, answers: {}, evidence: { "COM-01": [{ ...item, quote: "a\u0000" }] } }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields.map((f: { field: string }) => f.field)).toEqual(["evidence.COM-01.0.quote"]);
    const evidence = Object.fromEntries(RULES.slice(0, 30).map((r) => [r.id, Array(5).fill(item)]));
    expect((await post(JSON.stringify({ schemaVersion: 2, service: { name: "X" }, answers: {}, evidence }))).status).toBe(413);
  });

  it("speaks the caller's language in its messages", async () => {
    const bad = JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "ZZZ-01": "yes" } });
    const fr = await (await post(bad)).json();
    const en = await (await post(bad, { "accept-language": "en-GB,en;q=0.9" })).json();
    expect(fr.message).not.toEqual(en.message);
    expect(en.fields[0].message).toMatch(/not a known question/);
  });
});
