import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, type TRule } from "@/lib/domain/catalogue";
import { dpiaCriterionKey, domainKey, domainLabel, ruleKey, verdictKey, verdictSummaryKey } from "@/lib/domain/catalogue/message-keys";
import { evaluate, findingCounts } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { launchBrowser, newContext } from "./support/browser";
import { example, formReady, seed, stored, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const AI = CATALOGUE.domains.find((d) => d.id === "AI")!;
const gated = AI.rules.filter((r: TRule) => r.id !== "AI-01").map((r) => r.id);

describe.each(LOCALES)("the AI step, in %s", (locale) => {
  it("opens the AI questions with AI-01, explains them with their dates, and reaches the verdict 'as things stand'", { timeout: 120_000 }, async () => {
    const doc = example("ai-homework-assistant");
    const tr = t(locale);
    const withoutAi = Object.fromEntries(Object.entries(doc.answers).filter(([id]) => !id.startsWith("AI-")));
    const { context, page, foreign } = await newContext(browser);
    try {
      await seed(page, { ...doc, answers: withoutAi }, `/${locale}/assess/ai`);
      await formReady(page);
      expect(await page.textContent("h1")).toBe(tr(domainKey("AI", "title")));

      // AI-01 not answered yet: nobody knows, so every AI question is asked.
      const asked = () => page.locator("fieldset.question .question__id").allTextContents();
      expect(await asked()).toEqual(["AI-01", ...gated]);
      // "No": the service uses no AI, the other questions do not apply.
      await page.check("#q-AI-01-no");
      await expect.poll(asked).toEqual(["AI-01"]);
      expect(await page.locator(".question--na .question__id").allTextContents()).toEqual(gated);
      // "Yes": they come back, each with its help in plain words and the date its obligation applies from.
      await page.check("#q-AI-01-yes");
      await expect.poll(asked).toEqual(["AI-01", ...gated]);
      expect(await page.textContent("#q-AI-03-help")).toContain(tr(ruleKey("AI-03", "help")));
      const refs = await page.locator("#q-AI-02 .question__refs").textContent();
      // The date rests on the reported Digital Omnibus: it says so where it is shown.
      const [reportedStart] = tr("Applies.fromReported", { date: locale === "fr" ? "2 décembre 2027" : "2 December 2027", source: "\u0000" }).split("\u0000");
      expect(refs).toContain(reportedStart);

      for (const id of gated) await page.check(`#q-${id}-${doc.answers[id]}`);
      await page.getByRole("button", { name: tr("Nav.toReview") }).click();
      await page.waitForURL(`**/${locale}/assess/review`);
      await formReady(page);
      await page.getByRole("button", { name: tr("Review.seeResult") }).click();
      await page.waitForURL(`**/${locale}/result`);
      await page.locator(".verdict__label").waitFor();

      const expected = evaluate(doc.answers, CATALOGUE);
      expect(expected).toMatchObject({ verdict: "not_recommended", basis: "unknowns", confirmedVerdict: "conditions" });
      expect(await page.textContent(".verdict__label")).toBe(tr(verdictKey("not_recommended", "label", "unknowns")));
      // Confirmed risks stand beside the unknowns: the summary does not say "not a finding of a breach".
      expect(findingCounts(expected.findings).confirmed).toBeGreaterThan(0);
      expect(await page.textContent(".verdict__summary")).toBe(tr(verdictSummaryKey("not_recommended", "unknowns", "head", false, true)));
      const aiRow = await page.locator("table.domains tbody tr").filter({ hasText: tr(domainKey("AI", "title")) }).locator("td .status").first().textContent();
      expect(aiRow?.trim()).toBe(domainLabel(tr, expected.domains.find((d) => d.id === "AI")!));
      const findings = await page.locator(".finding .question__id, .unknowns .question__id").allTextContents();
      expect(findings).toEqual(expect.arrayContaining(["AI-02", "AI-06"]));
      // An AI homework assistant for pupils requires a DPIA (new technology, vulnerable people).
      expect(await page.textContent(".dpia")).toContain(tr(dpiaCriterionKey("new-technology", "label")));
      expect((await stored(page))?.answers).toEqual(doc.answers);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
