import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFilename } from "@/lib/domain/assessment/filename";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { verdictKey } from "@/lib/domain/catalogue/message-keys";
import { evaluate } from "@/lib/domain/engine";
import type { TLocale } from "@/lib/i18n/locales";
import { launchBrowser, newContext } from "./support/browser";
import { example, pdfText, seed, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cases: { screen: TLocale; report: TLocale; file: string }[] = [
  { screen: "en", report: "fr", file: "free-consumer-quiz" },
  { screen: "fr", report: "en", file: "education-suite-contract" },
];

describe("the report download", () => {
  it.each(cases)("on the $screen result page, downloads the report in $report", async ({ screen, report, file }) => {
    const doc = example(file);
    const verdict = evaluate(doc.answers, CATALOGUE).verdict;
    const { context, page, foreign } = await newContext(browser);
    try {
      await seed(page, doc, `/${screen}/result`);
      await page.locator(".verdict__label").waitFor();
      expect(await page.textContent(".verdict__label")).toBe(t(screen)(verdictKey(verdict, "label")));
      await page.check(`#report-lang-${report}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: t(screen)("Result.download.button") }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(reportFilename(doc.service.name, report));
      const path = await download.path();
      const pdf = readFileSync(path);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = pdfText(pdf);
      expect(text).toContain(t(report)(verdictKey(verdict, "label")));
      expect(text).toContain(doc.service.name);
      // The other language's label is not there (e.g. "Not recommended" in a French report).
      expect(text).not.toContain(t(screen)(verdictKey(verdict, "label")));
      expect(await page.textContent(".download__status")).toBe(
        t(screen)("Result.download.done", { filename: reportFilename(doc.service.name, report) }),
      );
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
