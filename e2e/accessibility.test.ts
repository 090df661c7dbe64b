import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { launchBrowser, newContext } from "./support/browser";
import { example, formReady, seed, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

describe.each(LOCALES)("axe (WCAG 2.1 A and AA) in %s", (locale) => {
  it("finds no violation on the start page, a form step with errors, the review and the result", { timeout: 120_000 }, async () => {
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto(`/${locale}`);
      expect(await violations(page), "start page").toEqual([]);

      // Context step, with the error summary and an inline error shown.
      await page.goto(`/${locale}/assess/context`);
      await formReady(page);
      await page.locator("form.step-form button[type=submit]").click();
      await page.locator(".error-summary").waitFor();
      expect(await violations(page), "context step with errors").toEqual([]);

      // Partly answered documents, so the review lists gaps and the result has every section.
      const doc = example("free-consumer-quiz");
      const partial = { ...doc, answers: Object.fromEntries(Object.entries(doc.answers).slice(0, 30)) };
      await seed(page, partial, `/${locale}/assess/host`);
      await formReady(page);
      expect(await violations(page), "host step").toEqual([]);
      // Best practice too: everything on the page sits in a landmark (the link to save sits in an aside).
      const region = await new AxeBuilder({ page }).withRules(["region"]).analyze();
      expect(region.violations.map((v) => v.nodes.map((n) => n.target.join(" "))), "host step: region").toEqual([]);

      await page.goto(`/${locale}/assess/review`);
      await formReady(page);
      expect(await violations(page), "review").toEqual([]);
      // The review counts the "I don't know" answers too (COM-01, COM-03 and COM-04 here).
      const com = page.locator("section.review__step", { has: page.locator("#review-com") });
      expect(await com.locator(".review__count").textContent()).toContain(t(locale)("Answers.unknown"));

      await page.goto(`/${locale}/result`);
      await page.locator(".verdict__label").waitFor();
      expect(await violations(page), "result").toEqual([]);

      await seed(page, { ...doc, answers: { ...doc.answers, "CTX-02": "staff" } }, `/${locale}/assess/inf`);
      await formReady(page);
      expect(await violations(page), "step with questions not applicable").toEqual([]);

      // The start page with an assessment in progress, and its confirmation dialog open.
      await page.goto(`/${locale}`);
      await page.getByRole("button", { name: t(locale)("Start.restart") }).click();
      await page.locator("dialog[open]").waitFor();
      expect(await violations(page), "start again dialog").toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each(LOCALES)("reflow at 320 CSS pixels (WCAG 1.4.10) in %s", (locale) => {
  it("scrolls no page sideways: a wide table scrolls in its own box, its caption wraps", { timeout: 60_000 }, async () => {
    const { context, page } = await newContext(browser);
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.goto(`/${locale}`);
      expect(await sideways(), "start page").toBe(0);
      await page.goto(`/${locale}/catalogue`);
      expect(await sideways(), "published catalogue (with the file picker)").toBe(0);
      await seed(page, example("free-consumer-quiz"), `/${locale}/assess/com`);
      await formReady(page);
      expect(await sideways(), "form step").toBe(0);
      await page.goto(`/${locale}/result`);
      await page.locator(".verdict__label").waitFor();
      expect(await sideways(), "result").toBe(0);
      await page.locator("summary", { has: page.locator("#domains-heading") }).click();
      expect(await sideways(), "result with the domains open").toBe(0);
      const caption = await page.locator(".domains caption").boundingBox();
      expect(caption!.x + caption!.width).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });
});
