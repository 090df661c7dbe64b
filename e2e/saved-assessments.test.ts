import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDIT_TOKENS_KEY } from "@/lib/browser/local";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, formReady, seed, stored, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fr = t("fr");

type TApiView = { version: number; round: number; document: { service: { name: string; vendor?: string }; assessor?: { role?: string }; answers: Record<string, string> } };

async function apiGet(id: string): Promise<TApiView> {
  const res = await fetch(`${baseUrl()}/api/assessments/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as TApiView;
}

/** Waits until the autosave status line says it saved (after the debounce and the PUT). */
const savedStatus = (page: Page) => page.locator('#autosave-status[data-save-state="saved"]').waitFor({ timeout: 15_000 });

/** Saves an answers document from the result page; returns the links the page shows. */
async function saveFromResult(page: Page, doc: unknown, locale: "fr" | "en" = "fr") {
  await seed(page, doc, `/${locale}/result`);
  await page.locator(".verdict__label").waitFor();
  await page.getByRole("button", { name: t(locale)("Save.button") }).click();
  const read = page.locator('input[data-link="read"]');
  await read.waitFor();
  const readUrl = await read.inputValue();
  const editUrl = await page.locator('input[data-link="edit"]').inputValue();
  const id = /\/assessments\/([A-Za-z0-9_-]{16,64})$/.exec(readUrl)?.[1];
  expect(id, readUrl).toBeDefined();
  return { id: id as string, readUrl, editUrl };
}

describe("saved assessments: links, autosave and conflicts", () => {
  it("saves from the result page, gives the links, and never overwrites a second editor silently", { timeout: 150_000 }, async () => {
    const doc = example("free-consumer-quiz");
    const a = await newContext(browser);
    const b = await newContext(browser);
    try {
      // 1. Save from the result page: a read link, a secret edit link, the warning, the token kept here.
      const { id, readUrl, editUrl } = await saveFromResult(a.page, doc);
      expect(readUrl).toBe(`${baseUrl()}/fr/assessments/${id}`);
      expect(editUrl).toMatch(new RegExp(`^${baseUrl()}/fr/assessments/${id}/edit#token=[A-Za-z0-9_-]{43}$`));
      expect(await a.page.textContent("#save")).toContain(fr("Save.warningTitle"));
      const tokens = await a.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, string>, EDIT_TOKENS_KEY);
      expect(tokens[id]).toBe(editUrl.split("#token=")[1]);
      const saved = await apiGet(id);
      expect(saved.version).toBe(1);
      expect(saved.document.answers).toEqual(doc.answers);

      // The read link shows the verdict, read-only (no edit links), with the owner's tools in this browser.
      await a.page.goto(readUrl);
      expect(await a.page.textContent("h1")).toContain(doc.service.name);
      await a.page.locator(".verdict__label").waitFor();
      expect(await a.page.locator(`a[href*="/assess/"]`).count()).toBe(0);
      await a.page.getByRole("heading", { name: fr("SavedAssessment.owner.heading") }).waitFor();

      // 2. The first browser goes back to the form: it is linked to the saved assessment.
      await a.page.goto("/fr/assess/context");
      await formReady(a.page);
      await a.page.locator("#autosave-status").waitFor();

      // 3. A second browser opens the edit link: the answers are loaded into the same form; it edits.
      await b.page.goto(editUrl);
      await b.page.waitForURL("**/fr/assess/context");
      await formReady(b.page);
      expect(b.page.url()).not.toContain("token=");
      expect(await b.page.inputValue("#field-service-name")).toBe(doc.service.name);
      await b.page.fill("#field-service-vendor", "Éditeur modifié par B");
      await savedStatus(b.page);
      const afterB = await apiGet(id);
      expect(afterB.version).toBe(2);
      expect(afterB.document.service.vendor).toBe("Éditeur modifié par B");

      // 4. The first browser, still on version 1, edits: its autosave is refused, and the dialog shows both versions.
      await a.page.fill("#field-assessor-role", "Référente numérique");
      const dialog = a.page.getByRole("dialog", { name: fr("Save.conflict.title") });
      await dialog.waitFor({ timeout: 15_000 });
      const rows = await dialog.locator("tbody tr").allTextContents();
      expect(rows.some((r) => r.includes(fr("Form.fields.serviceVendor.label")) && r.includes("QuizÉclair Inc.") && r.includes("Éditeur modifié par B"))).toBe(true);
      expect(rows.some((r) => r.includes(fr("Form.fields.assessorRole.label")) && r.includes("Référente numérique"))).toBe(true);
      const axe = await new AxeBuilder({ page: a.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => v.id), "conflict dialog").toEqual([]);
      // Nothing was written over B's version while the dialog waits.
      expect((await apiGet(id)).version).toBe(2);

      // 5. "Keep mine": sent again over version 2; nothing of A's is lost, on the server nor here.
      await dialog.getByRole("button", { name: fr("Save.conflict.keepMine") }).click();
      await savedStatus(a.page);
      const afterA = await apiGet(id);
      expect(afterA.version).toBe(3);
      expect(afterA.document.assessor?.role).toBe("Référente numérique");
      expect(afterA.document.service.vendor).toBe(doc.service.vendor);
      expect(afterA.document.answers).toEqual(doc.answers);
      expect((await stored(a.page))?.assessor?.role).toBe("Référente numérique");

      // 6. B is now stale in turn: it chooses to load the saved version, which replaces its form.
      await b.page.check("#q-CTX-03-school");
      const dialogB = b.page.getByRole("dialog", { name: fr("Save.conflict.title") });
      await dialogB.waitFor({ timeout: 15_000 });
      await dialogB.getByRole("button", { name: fr("Save.conflict.loadTheirs") }).click();
      await dialogB.waitFor({ state: "hidden" });
      expect(await b.page.inputValue("#field-assessor-role")).toBe("Référente numérique");
      expect(await b.page.inputValue("#field-service-vendor")).toBe(doc.service.vendor);
      expect(await b.page.isChecked(`#q-CTX-03-${doc.answers["CTX-03"]}`)).toBe(true);
      // Loading changed nothing on the server, and B's next change saves normally.
      expect((await apiGet(id)).version).toBe(3);
      await b.page.fill("#field-school-name", "Collège B");
      await expect.poll(async () => (await apiGet(id)).version, { timeout: 15_000 }).toBe(4);
      await savedStatus(b.page);

      expect(a.foreign).toEqual([]);
      expect(b.foreign).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  it("offline: says the answers are kept in this browser, and saves them when the server answers again", async () => {
    const doc = example("education-suite-contract");
    const { context, page, foreign } = await newContext(browser);
    try {
      const { id } = await saveFromResult(page, doc);
      await page.goto("/fr/assess/context");
      await formReady(page);
      await page.locator("#autosave-status").waitFor();
      await context.setOffline(true);
      await page.fill("#field-assessor-name", "M. Hors-Ligne");
      await page.locator('#autosave-status[data-save-state="offline"]').waitFor({ timeout: 15_000 });
      expect(await page.textContent("#autosave-status")).toBe(fr("Save.autosave.offline"));
      expect((await stored(page))?.assessor?.name).toBe("M. Hors-Ligne");
      expect((await apiGet(id)).version).toBe(1);
      await context.setOffline(false);
      await savedStatus(page);
      const back = await apiGet(id);
      expect(back.version).toBe(2);
      expect((back.document as { assessor?: { name?: string } }).assessor?.name).toBe("M. Hors-Ligne");
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
