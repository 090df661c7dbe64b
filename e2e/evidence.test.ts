import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { sourcing } from "@/lib/domain/engine";
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

describe.each(LOCALES)("an answer's sources in %s", (locale) => {
  const tr = t(locale);

  it("are folded under the question, added from the keyboard, checked beside each field, kept in the draft and counted on the result page", { timeout: 150_000 }, async () => {
    const doc = { ...example("free-consumer-quiz"), mode: "head" };
    const { context, page, foreign } = await newContext(browser);
    try {
      await seed(page, doc, `/${locale}/assess/com`);
      await formReady(page);
      // Folded: nothing more to fill for who skips it.
      const summary = page.locator("#evidence-COM-02");
      expect(await summary.textContent()).toBe(tr("Evidence.summary", { count: 0 }));
      expect(await page.locator("#evidence-COM-02-0-source").count()).toBe(0);
      await summary.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: tr("Evidence.add") }).first().focus();
      await page.keyboard.press("Enter");
      // The new source's "where" field has the focus; its date is today's.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("evidence-COM-02-0-source");
      expect(await page.inputValue("#evidence-COM-02-0-date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      // Left blank: the step does not go on, and the error is beside the field.
      await page.getByRole("button", { name: tr("Nav.next") }).click();
      await page.locator("#evidence-COM-02-0-source-error").waitFor();
      expect(await page.textContent("#evidence-COM-02-0-source-error")).toBe(tr("FormErrors.sourceRequired"));
      expect(page.url()).toContain("/assess/com");

      await page.fill("#evidence-COM-02-0-source", "https://quiz.example/cgu#publicite");
      await page.fill("#evidence-COM-02-0-quote", "Publicité contextuelle\nsur la page d’accueil.");
      await page.fill("#evidence-COM-02-0-by", "Mme Lefèvre");
      await page.getByRole("button", { name: tr("Nav.next") }).click();
      await page.waitForURL(/\/assess\/host/);
      const draft = (await stored(page)) as unknown as { evidence?: Record<string, { source: string; quote: string; by: string }[]> };
      expect(draft.evidence?.["COM-02"]?.[0]).toMatchObject({ source: "https://quiz.example/cgu#publicite", quote: "Publicité contextuelle\nsur la page d’accueil.", by: "Mme Lefèvre" });

      // The result page counts the vendor's answers with a source, and lists the source.
      await page.goto(`/${locale}/result`);
      await page.locator(".verdict__label").waitFor();
      const counts = sourcing({ ...doc, evidence: { "COM-02": [{}] } }, CATALOGUE);
      expect(counts.vendorSourced).toBe(1);
      expect(await page.locator(".sourcing-line").first().textContent()).toBe(tr("Evidence.vendorCount", { sourced: 1, answered: counts.vendorAnswered }));
      await page.locator("summary", { has: page.locator("#sources-heading") }).click();
      const section = (await page.textContent("section:has(#sources-heading)")) ?? "";
      expect(section).toContain("https://quiz.example/cgu#publicite");
      expect(section).toContain("Mme Lefèvre");
      expect(section).toContain(tr("Evidence.unsourcedTitle", { count: counts.answered - 1 }));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
