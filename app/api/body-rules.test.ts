import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { jsonRequest } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { POST as importFile } from "./assessments/import/route";
import { POST as create } from "./assessments/route";
import { POST as evaluate } from "./evaluate/route";
import { POST as createRegister } from "./registers/route";

useApiTestDb();

const doc = () => anAnswersDocument().withService({ name: "Quiz Éclair", vendor: "Éclair SAS" }).withSafeAnswers().build();
const bytesRequest = (path: string, bytes: Buffer) =>
  new Request(`http://localhost${path}`, { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: new Uint8Array(bytes) });
const fieldsOf = async (res: Response) => ((await res.json()) as { fields: { field: string; code: string }[] }).fields;

describe("request bodies: one rule for every route", () => {
  it("refuses bytes that are not UTF-8 (400 invalid_encoding) instead of storing U+FFFD", async () => {
    const text = JSON.stringify(doc()).replace("Quiz Éclair", "Quiz @@");
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf("@@");
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    for (const [route, send] of [
      ["create", () => create(bytesRequest("/api/assessments", bytes))],
      ["import", () => importFile(bytesRequest("/api/assessments/import", bytes))],
      ["evaluate", () => evaluate(bytesRequest("/api/evaluate", bytes))],
      ["register", () => createRegister(bytesRequest("/api/registers", Buffer.from('{"name":"Coll\xe8ge"}', "latin1")))],
    ] as const) {
      const res = await send();
      expect(res.status, route).toBe(400);
      expect((await res.json()).error, route).toBe("invalid_encoding");
    }
    // The same text in UTF-8 is taken.
    expect((await create(bytesRequest("/api/assessments", Buffer.from(JSON.stringify(doc()), "utf8")))).status).toBe(201);
  }, 60_000);

  it("lists the first 20 bad fields and says how many more", async () => {
    const body = { ...doc(), answers: { ...doc().answers, ...Object.fromEntries(Array.from({ length: 15_000 }, (_, i) => [`X-${i}`, "yes"])) } };
    const res = await evaluate(jsonRequest("/api/evaluate", "POST", body));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(10_000);
    const json = JSON.parse(text);
    expect(json.fields).toHaveLength(20);
    expect(json.fields[0]).toMatchObject({ field: "answers.X-0", code: "unknown_field" });
    expect(json.moreFields).toBe(14_980);
  });

  it("refuses an unknown top-level key of the answers document, naming it, as it does an unknown answer", async () => {
    for (const send of [(b: unknown) => create(jsonRequest("/api/assessments", "POST", b)), (b: unknown) => evaluate(jsonRequest("/api/evaluate", "POST", b))]) {
      const res = await send({ ...doc(), comment: "dropped?" });
      expect(res.status).toBe(400);
      expect(await fieldsOf(res)).toEqual([expect.objectContaining({ field: "comment", code: "unknown_field" })]);
    }
  });

  it("refuses a key given twice at the top level, naming it (JSON.parse would keep the last silently)", async () => {
    const d = doc();
    const twice = `{"schemaVersion":1,"service":${JSON.stringify(d.service)},"answers":${JSON.stringify(d.answers)},"service" : ${JSON.stringify({ name: "Other" })}}`;
    for (const [route, send] of [
      ["create", () => create(jsonRequest("/api/assessments", "POST", twice))],
      ["evaluate", () => evaluate(jsonRequest("/api/evaluate", "POST", twice))],
      ["import", () => importFile(jsonRequest("/api/assessments/import", "POST", twice))],
      ["register", () => createRegister(jsonRequest("/api/registers", "POST", '{"name":"A","n\\u0061me":"B"}'))],
    ] as const) {
      const res = await send();
      expect(res.status, route).toBe(400);
      const fields = await fieldsOf(res);
      expect(fields, route).toEqual([expect.objectContaining({ field: route === "register" ? "name" : "service", code: "duplicate_key" })]);
    }
    // The same key in two nested objects, or inside a string, is no duplicate.
    const nested = JSON.stringify({ ...d, service: { ...d.service, name: '"service": 1' } });
    expect((await create(jsonRequest("/api/assessments", "POST", nested))).status).toBe(201);
  }, 60_000);
});
