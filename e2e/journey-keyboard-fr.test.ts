import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { verdictKey } from "@/lib/domain/catalogue/message-keys";
import { evaluate } from "@/lib/domain/engine";
import { launchBrowser, newContext } from "./support/browser";
import { askedByStep, chooseByKeyboard, contextIds, example, formReady, stored, submitByKeyboard, t, tabUntil, textFields } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focusedTag = (page: import("playwright-core").Page) => page.evaluate(() => document.activeElement?.tagName);

describe("a full journey in French, keyboard only", () => {
  it("answers every step with Tab, arrows, Space and Enter and gets “Déconseillé”", { timeout: 240_000 }, async () => {
    const doc = example("free-consumer-quiz");
    const fr = t("fr");
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/fr");
      // From the top of the page to the start button.
      await tabUntil(page, (a) => a.tag === "A" && a.href === "/fr/assess/context", "the start button");
      await page.keyboard.press("Enter");
      await page.waitForURL("**/fr/assess/context");
      await formReady(page);
      expect(await focusedTag(page)).toBe("H1");

      // Next with no service name: the error summary takes the focus and links to the field.
      await submitByKeyboard(page);
      const summary = page.locator(".error-summary");
      await summary.waitFor();
      expect(await summary.getAttribute("role")).toBe("alert");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      const nameInput = page.locator("#field-service-name");
      expect(await nameInput.getAttribute("aria-invalid")).toBe("true");
      expect(await nameInput.getAttribute("aria-describedby")).toContain("field-service-name-error");
      expect(await page.textContent("#field-service-name-error")).toBe(fr("FormErrors.serviceNameRequired"));
      // The summary names the field before its message.
      expect(await summary.locator("li").first().textContent()).toBe(
        fr("FormErrors.summaryItem", { field: fr("Form.fields.serviceName.label"), message: fr("FormErrors.serviceNameRequired") }),
      );
      await page.keyboard.press("Tab"); // the summary's link
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-service-name");

      // The context step: text fields, then CTX-01..03.
      for (const [id, value] of textFields(doc)) {
        if (id !== "field-service-name") await tabUntil(page, (a) => a.id === id, id);
        await page.keyboard.type(value);
      }
      expect(await page.locator(".error-summary").count()).toBe(0); // fixed as soon as typed
      for (const id of contextIds) await chooseByKeyboard(page, id, doc.answers[id]!);
      await submitByKeyboard(page);

      // One step per domain, in catalogue order.
      for (const { step, ids } of askedByStep(doc.answers)) {
        await page.waitForURL(`**/fr/assess/${step}`);
        await formReady(page);
        expect(await focusedTag(page), `focus on the heading of ${step}`).toBe("H1");
        for (const id of ids) await chooseByKeyboard(page, id, doc.answers[id]!);
        await submitByKeyboard(page);
      }

      // The review: nothing left unanswered, then the result.
      await page.waitForURL("**/fr/assess/review");
      await formReady(page);
      expect(await page.locator(".review__list").count()).toBe(0);
      await submitByKeyboard(page);
      await page.waitForURL("**/fr/result");
      const verdict = page.locator(".verdict__label");
      await verdict.waitFor();
      expect(await verdict.textContent()).toBe("Déconseillé");
      expect(evaluate(doc.answers, CATALOGUE).verdict).toBe("not_recommended");
      expect(await verdict.textContent()).toBe(fr(verdictKey("not_recommended", "label")));

      // What was saved is the example, answer for answer.
      const saved = await stored(page);
      expect(saved?.answers).toEqual(doc.answers);
      expect(saved?.service.name).toBe(doc.service.name);
      expect(saved?.school?.uai).toBe(doc.school?.uai);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
