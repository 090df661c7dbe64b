import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, formReady, seed, stored, t, tabUntil } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type TCreated = { id: string; editToken: string; editUrl: string };

async function create(doc: unknown): Promise<TCreated> {
  const res = await fetch(`${baseUrl()}/api/assessments`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
  return (await res.json()) as TCreated;
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => v.id);
}

const localPath = (url: string, locale: TLocale) => url.replace(/^https?:\/\/[^/]+\/(fr|en)\//, `/${locale}/`);
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
const IN_PROGRESS = "Brouillon en cours";
const draft = () => ({ ...example("free-consumer-quiz"), service: { name: IN_PROGRESS } });

describe("another assessment does not replace a draft in progress without asking", () => {
  it("an edit link: keeping the draft leaves it in the form; replacing opens the saved one (fr, en)", async () => {
    for (const locale of LOCALES) {
      const saved = await create(example("gar-resource"));
      const { context, page, foreign } = await newContext(browser);
      try {
        await seed(page, draft(), localPath(saved.editUrl, locale));
        const dialog = page.getByRole("dialog", { name: t(locale)("Drafts.replaceTitle", { service: IN_PROGRESS }) });
        await dialog.waitFor();
        expect(await focusedText(page)).toBe(t(locale)("Drafts.replaceCancel"));
        expect(await dialog.textContent()).toContain(t(locale)("Drafts.replaceText", { answers: Object.keys(draft().answers).length, saved: "no" }));
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press("Escape");
        await page.getByText(t(locale)("SavedAssessment.edit.kept")).waitFor();
        expect(new URL(page.url()).pathname).toBe(`/${locale}/assessments/${saved.id}/edit`);
        expect((await stored(page))?.service.name).toBe(IN_PROGRESS);

        // Asked again, and this time replaced.
        await page.goto(`/${locale}/assessments/${saved.id}/edit`);
        await dialog.waitFor();
        await dialog.getByRole("button", { name: t(locale)("Drafts.replaceConfirm") }).click();
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        expect(await page.inputValue("#field-service-name")).toBe(example("gar-resource").service.name);

        // A form opened and left without answers is replaced without a question.
        await page.evaluate(() => localStorage.clear());
        await seed(page, { service: { name: "" }, answers: {} }, `/${locale}/assessments/${saved.id}/edit#token=${saved.editToken}`);
        await page.waitForURL(`**/${locale}/assess/context`);
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("start from a published assessment: keeping the draft stays on the page (fr, en)", async () => {
    const published = await create(example("education-suite-contract"));
    const pub = await fetch(`${baseUrl()}/api/assessments/${published.id}/publication`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${published.editToken}` },
      body: JSON.stringify({ showSchool: false }),
    });
    const { publicId } = (await pub.json()) as { publicId: string };
    for (const locale of LOCALES) {
      const { context, page } = await newContext(browser);
      try {
        await seed(page, draft(), `/${locale}/catalogue/${publicId}`);
        const button = page.locator("main button", { hasText: example("education-suite-contract").service.name });
        let copies = 0;
        page.on("request", (r) => {
          if (r.method() === "POST" && r.url().includes("/copy")) copies++;
        });
        await button.click();
        const dialog = page.getByRole("dialog", { name: t(locale)("Drafts.replaceTitle", { service: IN_PROGRESS }) });
        await dialog.waitFor();
        await dialog.getByRole("button", { name: t(locale)("Drafts.replaceCancel") }).click();
        await dialog.waitFor({ state: "hidden" });
        expect(copies).toBe(0);
        expect(new URL(page.url()).pathname).toBe(`/${locale}/catalogue/${publicId}`);
        expect((await stored(page))?.service.name).toBe(IN_PROGRESS);
        // Focus goes back to the button.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BUTTON");

        await button.click();
        await dialog.waitFor();
        await dialog.getByRole("button", { name: t(locale)("Drafts.replaceConfirm") }).click();
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        expect(await page.inputValue("#field-service-name")).toBe(example("education-suite-contract").service.name);
        expect(copies).toBe(1);
      } finally {
        await context.close();
      }
    }
  });
});

describe("an edit link that no longer allows changes", () => {
  it("is said as soon as the form opens, and the answers stay in this browser (fr, en)", async () => {
    for (const locale of LOCALES) {
      const saved = await create(example("gar-resource"));
      const { context, page } = await newContext(browser);
      try {
        await page.goto(localPath(saved.editUrl, locale));
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        const status = page.locator("#autosave-status");
        await status.waitFor();
        expect(await status.textContent()).toBe(t(locale)("Save.autosave.linked"));

        // Someone replaces the link elsewhere; this browser still holds the old token.
        const rotated = await fetch(`${baseUrl()}/api/assessments/${saved.id}/token`, { method: "POST", headers: { Authorization: `Bearer ${saved.editToken}` } });
        expect(rotated.status).toBe(200);
        let puts = 0;
        page.on("request", (r) => {
          if (r.method() === "PUT" && r.url().includes(`/api/assessments/${saved.id}`)) puts++;
        });
        await page.reload();
        await formReady(page);
        await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(t(locale)("Save.autosave.revoked"));
        expect(await status.getAttribute("role")).toBe("status");
        expect(puts).toBe(0);
        // A change stays in this browser, and nothing is sent.
        await page.fill("#field-service-name", "Changé ici");
        await page.waitForTimeout(2500);
        expect((await stored(page))?.service.name).toBe("Changé ici");
        expect(puts).toBe(0);
        expect(await status.textContent()).toBe(t(locale)("Save.autosave.revoked"));
      } finally {
        await context.close();
      }
    }
  });
});

describe("on a 375 × 667 phone", () => {
  it("the header is compact and its links stay reachable; the skip link leads to the first field (fr, en)", async () => {
    for (const locale of LOCALES) {
      const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 375, height: 667 } });
      const page = await context.newPage();
      try {
        await seed(page, example("free-consumer-quiz"), `/${locale}/assess/host`);
        await formReady(page);
        const header = await page.locator("body > header").boundingBox();
        expect(header).not.toBeNull();
        expect(header!.height).toBeLessThanOrEqual(100);
        // The tagline is still there for screen readers; every link of the header is in view and in the tab order.
        expect(await page.locator("body > header").textContent()).toContain(t(locale)("Layout.tagline"));
        for (const name of [t(locale)("Layout.navCatalogue"), t(locale)("Layout.navRegister")]) {
          const link = page.locator("body > header").getByRole("link", { name });
          expect(await link.isVisible()).toBe(true);
          const box = await link.boundingBox();
          expect(box!.y + box!.height).toBeLessThanOrEqual(header!.y + header!.height);
        }
        await page.locator("body").focus();
        await tabUntil(page, (a) => a.href.endsWith("/catalogue"), "the catalogue link", 10);
        expect(await violations(page)).toEqual([]);

        // The skip link is the first Tab; after it, the next Tab is the first question.
        await page.goto(`/${locale}/assess/host`);
        await formReady(page);
        await page.keyboard.press("Tab");
        expect(await focusedText(page)).toBe(t(locale)("Layout.skipLink"));
        await page.keyboard.press("Enter");
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("answers.HOST-01");
        // On the first step, the first field.
        await page.goto(`/${locale}/assess/context`);
        await formReady(page);
        await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-service-name");
      } finally {
        await context.close();
      }
    }
  });
});
