import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORAGE_KEY } from "@/lib/browser/draft-storage";
import { launchBrowser, newContext } from "./support/browser";
import { formReady, seed, stored, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const value = (page: Page, id: string) => page.inputValue(`#${id}`);
const checked = (page: Page, id: string, v: string) => page.isChecked(`#q-${id}-${v}`);

describe("answers are kept in the browser", () => {
  it("survive a reload in the middle of a step, and closing the tab", async () => {
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/fr/assess/context");
      await formReady(page);
      await page.fill("#field-service-name", "Cahier de textes");
      await page.fill("#field-school-uai", "06912"); // half-typed and invalid: kept as typed
      await page.check("#q-CTX-01-primary");
      // The UAI is not valid yet: Next stays on the step and says why, next to the field.
      await page.getByRole("button", { name: t("fr")("Nav.next") }).click();
      await page.locator(".error-summary").waitFor();
      expect(await page.textContent("#field-school-uai-error")).toBe(t("fr")("FormErrors.uai"));
      expect(await page.locator(".error-summary li").count()).toBe(1);
      // Reload with the invalid value: it is still there, as typed.
      await page.reload();
      await formReady(page);
      expect(await value(page, "field-school-uai")).toBe("06912");
      await page.fill("#field-school-uai", "0691234x");
      await page.getByRole("button", { name: t("fr")("Nav.next") }).click();
      await page.waitForURL("**/fr/assess/com");
      await formReady(page);
      await page.check("#q-COM-01-yes");
      await page.check("#q-COM-02-targeted");

      await page.reload();
      await formReady(page);
      expect(await checked(page, "COM-01", "yes")).toBe(true);
      expect(await checked(page, "COM-02", "targeted")).toBe(true);
      expect(await checked(page, "COM-03", "yes")).toBe(false);

      // Back never loses anything.
      await page.getByRole("link", { name: t("fr")("Nav.back") }).click();
      await page.waitForURL("**/fr/assess/context");
      await formReady(page);
      expect(await value(page, "field-service-name")).toBe("Cahier de textes");
      expect(await value(page, "field-school-uai")).toBe("0691234x");
      expect(await checked(page, "CTX-01", "primary")).toBe(true);

      // A new tab (same browser profile) finds the assessment and offers to resume it.
      await page.close();
      const tab = await context.newPage();
      await tab.goto("/fr");
      const resume = tab.getByRole("link", { name: t("fr")("Start.resume") });
      await resume.waitFor();
      expect(await tab.textContent(".start-actions")).toContain("Cahier de textes");
      await resume.click();
      await tab.waitForURL("**/fr/assess/context");
      await formReady(tab);
      expect(await value(tab, "field-service-name")).toBe("Cahier de textes");
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("survive corrupt storage: bad entries are dropped, the rest is kept", async () => {
    const { context, page } = await newContext(browser);
    try {
      await seed(page, { service: { name: "Quiz" }, answers: { "COM-01": "yes", "COM-02": "banana", "XYZ-01": "no" } }, "/en/assess/com");
      await formReady(page);
      expect(await checked(page, "COM-01", "yes")).toBe(true);
      expect(await page.locator("input[name='answers.COM-02']:checked").count()).toBe(0);

      await page.evaluate((key) => localStorage.setItem(key, "{not json"), STORAGE_KEY);
      await page.reload();
      await formReady(page);
      expect(await page.locator("input[type=radio]:checked").count()).toBe(0);
      await page.check("#q-COM-03-no");
      expect((await stored(page))?.answers).toEqual({ "COM-03": "no" });
    } finally {
      await context.close();
    }
  });

  it("start again asks first, in a dialog, and erases only when confirmed", async () => {
    const { context, page } = await newContext(browser);
    const fr = t("fr");
    try {
      await seed(page, { schemaVersion: 1, service: { name: "Quiz" }, answers: { "COM-01": "yes" } }, "/fr");
      await page.getByRole("button", { name: fr("Start.restart") }).click();
      const dialog = page.getByRole("dialog", { name: fr("Start.confirmTitle") });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(fr("Start.confirmText"));
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fr("Start.confirmNo"));
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect((await stored(page))?.answers).toEqual({ "COM-01": "yes" });

      await page.getByRole("button", { name: fr("Start.restart") }).click();
      await page.getByRole("button", { name: fr("Start.confirmYes") }).click();
      await page.waitForURL("**/fr/assess/context");
      await formReady(page);
      expect(await stored(page)).toBeNull();
      expect(await value(page, "field-service-name")).toBe("");

      // A draft that belongs to a saved assessment: the dialog says the saved one stays on the server.
      await seed(page, { schemaVersion: 1, service: { name: "Quiz" }, answers: { "COM-01": "yes" } }, "/fr");
      await page.evaluate(() => localStorage.setItem("vigie:server-link:v1", JSON.stringify({ id: "abcdefghijklmnopqrstuv", version: 1, pending: false })));
      await page.reload();
      await page.getByRole("button", { name: fr("Start.restart") }).click();
      expect(await page.getByRole("dialog", { name: fr("Start.confirmTitle") }).textContent()).toContain(fr("Start.confirmTextSaved"));
    } finally {
      await context.close();
    }
  });
});

describe("the language switch", () => {
  it("keeps the page and the answers, including text typed just before", async () => {
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/fr/assess/context");
      await formReady(page);
      await page.fill("#field-service-name", "Blog de classe");
      await page.check("#q-CTX-02-staff");
      await page.getByRole("link", { name: "English" }).click();
      await page.waitForURL("**/en/assess/context");
      await formReady(page);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.textContent("h1")).toBe(t("en")("Form.contextTitle"));
      expect(await value(page, "field-service-name")).toBe("Blog de classe");
      expect(await checked(page, "CTX-02", "staff")).toBe(true);

      // On a domain step, and back to French.
      await page.goto("/en/assess/inf");
      await formReady(page);
      await page.check("#q-INF-01-no");
      // Staff only: INF-03 and INF-04 are shown as not applicable, with no radio buttons.
      expect(await page.locator("#q-INF-03 input").count()).toBe(0);
      expect(await page.textContent("#q-INF-03")).toContain(t("en")("Form.notApplicable"));
      await page.getByRole("link", { name: "Français" }).click();
      await page.waitForURL("**/fr/assess/inf");
      await formReady(page);
      expect(await page.getAttribute("html", "lang")).toBe("fr");
      expect(await checked(page, "INF-01", "no")).toBe(true);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
