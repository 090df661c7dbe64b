import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldDomId, questionDomId } from "@/lib/domain/assessment/steps";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { contextIds, example, formReady, seed, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LOCALES = ["fr", "en"] as const;

describe("the form's first screen", () => {
  it.each(LOCALES)("comes with the page: the first step's text fields and the scan's hint, read-only, without the questions (%s)", async (locale) => {
    const html = (await (await fetch(`${baseUrl()}/${locale}/assess/context`)).text()).replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
    const input = html.match(new RegExp(`<input[^>]*id="${fieldDomId("service.name")}"[^>]*>`))?.[0];
    expect(input).toBeDefined();
    expect(input).toMatch(/\sreadOnly=""/i);
    // The scan's hint is the first screen's longest paragraph: the page's largest paint.
    expect(html).toContain(t(locale)("Scan.hint"));
    // The questions' wording follows the mode saved in the browser: they are not in the page.
    expect(html).not.toContain(`id="${questionDomId(contextIds[0] ?? "")}"`);
    expect(html).toContain(t(locale)("Form.loading"));
  });

  it.each(LOCALES)("fills the fields from the draft, then adds the mode's reminder and the questions below them: nothing moves (%s)", async (locale) => {
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      const doc = { ...example("free-consumer-quiz"), mode: "parents" };
      await seed(page, doc, `/${locale}/assess/context`);
      await formReady(page);

      const tr = t(locale);
      const notice = page.getByText(tr("Modes.current", { mode: tr("Modes.parents.label") }));
      await notice.waitFor();
      await page.locator(`#${questionDomId(contextIds[0] ?? "")}`).waitFor();
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(shifts).toEqual([]);
      // The reminder follows the service's, school's and assessor's fields, which were on screen first.
      const after = await notice.evaluate((el) => {
        const lastField = [...document.querySelectorAll("form.step-form fieldset.field-group")].at(-1);
        return lastField !== undefined && (lastField.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(after).toBe(true);

      const name = page.locator(`#${fieldDomId("service.name")}`);
      expect(await name.inputValue()).toBe(doc.service.name);
      expect(await name.getAttribute("readonly")).toBeNull();
      await name.fill(`${doc.service.name} 2`);
      expect(await name.inputValue()).toBe(`${doc.service.name} 2`);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
