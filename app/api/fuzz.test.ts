import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZAnswersDocumentSchema } from "@/lib/schema";
import { anyBody } from "@/lib/testing/fuzz-arbitraries";
import { POST as evaluate } from "./evaluate/route";
import { POST as report } from "./report/route";

/** `npm run fuzz` sets FUZZ_RUNS=10000; CI runs a few hundred. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const isValid = (text: string) => {
  try {
    return ZAnswersDocumentSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};

async function check(res: Response, text: string) {
  expect(res.status).toBeLessThan(500);
  if (isValid(text)) {
    expect(res.status).toBe(200);
    return;
  }
  expect([400, 413]).toContain(res.status);
  const body = await res.json();
  expect(typeof body.error).toBe("string");
  expect(typeof body.message).toBe("string");
  if (body.error === "invalid_answers") {
    expect(body.fields.length).toBeGreaterThan(0);
    for (const f of body.fields) expect(f.field).toMatch(/\S/);
  }
}

describe("API routes under generated input", () => {
  it(`POST /api/evaluate: never a 5xx, errors name a field (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (text) => {
        await check(await evaluate(new Request("http://localhost/api/evaluate", { method: "POST", body: text })), text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`POST /api/report: never a 5xx on broken documents (${Math.ceil(RUNS / 10)} cases)`, async () => {
    const broken = anyBody.filter((text) => !isValid(text));
    await fc.assert(
      fc.asyncProperty(broken, fc.constantFrom("fr", "en", "de", ""), async (text, lang) => {
        const res = await report(new Request(`http://localhost/api/report?lang=${lang}`, { method: "POST", body: text }));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });
});
