import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyBody, expectClearAnswer, isAnswersDocument } from "@/lib/testing/fuzz-arbitraries";
import { POST as evaluate } from "./evaluate/route";
import { POST as report } from "./report/route";

/** `npm run fuzz` sets FUZZ_RUNS=10000; CI runs a few hundred. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

async function check(res: Response, text: string) {
  await expectClearAnswer(res, "evaluate");
  if (isAnswersDocument(text)) expect(res.status).toBe(200);
  else expect([400, 413]).toContain(res.status);
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
    const broken = anyBody.filter((text) => !isAnswersDocument(text));
    await fc.assert(
      fc.asyncProperty(broken, fc.constantFrom("fr", "en", "de", ""), async (text, lang) => {
        const res = await report(new Request(`http://localhost/api/report?lang=${lang}`, { method: "POST", body: text }));
        expect(res.status).toBeGreaterThanOrEqual(400);
        await expectClearAnswer(res, "report");
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });
});
