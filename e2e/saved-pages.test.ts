import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, SCORING } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, formReady, pdfText, seed, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type TCreated = { id: string; editToken: string; readUrl: string; version: number };

/** Saves an answers document through the API (the browser journeys are in saved-assessments.test.ts). */
async function create(doc: unknown): Promise<TCreated> {
  const res = await fetch(`${baseUrl()}/api/assessments`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
  return (await res.json()) as TCreated;
}

async function violations(page: Page) {
  // After a soft refresh, Next.js streams the page's metadata: let the title arrive first.
  await page.waitForFunction(() => document.title.trim() !== "");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

/** Creates a register holding these assessments, through the API. */
async function createRegister(name: string, ids: string[]): Promise<{ id: string; editToken: string }> {
  const res = await fetch(`${baseUrl()}/api/registers`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name }) });
  expect(res.status).toBe(201);
  const r = (await res.json()) as { id: string; editToken: string };
  for (const assessmentId of ids) {
    const added = await fetch(`${baseUrl()}/api/registers/${r.id}/entries`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${r.editToken}` },
      body: JSON.stringify({ assessmentId }),
    });
    expect(added.status).toBe(201);
  }
  return r;
}

/** The text of the element that has the focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

/** Puts an edit token where the app keeps it, as if this browser had created the assessment. */
const holdToken = (page: Page, id: string, token: string) =>
  page.evaluate(([i, tok]) => localStorage.setItem("vigie:edit-tokens:v1", JSON.stringify({ [i!]: tok })), [id, token]);

describe("a parents' association's reading", () => {
  it("says so on its read link, and a DPIA left undetermined by unknown criteria is 'to be determined'", async () => {
    const quiz = example("free-consumer-quiz");
    const doc = { ...quiz, mode: "parents", answers: { ...quiz.answers, "COM-05": "unknown", "MIN-03": "unknown", "RIG-06": "unknown" } };
    const { dpia } = evaluate(doc.answers, CATALOGUE);
    expect(dpia.status).toBe("undetermined");
    const a = await create(doc);
    const b = await create(quiz);
    const { context, page, foreign } = await newContext(browser);
    try {
      for (const locale of LOCALES) {
        await page.goto(`/${locale}/assessments/${a.id}`);
        const main = (await page.locator("main").textContent()) ?? "";
        expect(main).toContain(t(locale)("Report.cover.parents.disclaimer"));
        expect(main).toContain(t(locale)("Modes.parents.label"));
        expect(await page.locator(".dpia__verdict").textContent()).toContain(t(locale)("Dpia.undetermined", { count: dpia.criteria.length, unknown: dpia.unknown.length, threshold: SCORING.dpiaThreshold }));
        await page.goto(`/${locale}/compare?ids=${a.id},${b.id}`);
        const dpiaRow = page.locator("table").first().locator("tr", { has: page.locator("th", { hasText: t(locale)("Compare.dpia") }) });
        expect(await dpiaRow.locator("td").allTextContents()).toEqual([t(locale)("Report.dpia.undetermined"), t(locale)("Report.dpia.required")]);
      }
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("comparison", () => {
  it("puts two assessments side by side, domain by domain and rule by rule, in French and English", async () => {
    const quiz = example("free-consumer-quiz");
    const suite = example("education-suite-contract");
    const a = await create(quiz);
    const b = await create(suite);
    const { context, page, foreign } = await newContext(browser);
    try {
      // From the read page of one, with the read link of the other.
      await page.goto(`/fr/assessments/${a.id}`);
      await page.locator("summary", { has: page.locator("#compare-heading") }).click();
      await page.fill("#compare-with", b.readUrl);
      await page.getByRole("button", { name: t("fr")("SavedAssessment.compareButton") }).click();
      await page.waitForURL("**/fr/compare?**");
      const headers = await page.locator("table").first().locator("thead th").allTextContents();
      expect(headers).toEqual([quiz.service.name, suite.service.name]);
      const verdicts = await page.locator("td[data-verdict]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-verdict")));
      const api = await Promise.all([a.id, b.id].map(async (id) => ((await (await fetch(`${baseUrl()}/api/assessments/${id}`)).json()) as { verdict: string }).verdict));
      expect(verdicts).toEqual(api);
      expect(api[0]).not.toBe(api[1]);
      // HOST-01: "us" against "eu", marked as differing, with the catalogue's labels.
      const host = page.locator("tr", { has: page.locator(".question__id", { hasText: /^HOST-01$/ }) });
      expect(await host.textContent()).toContain(t("fr")("Compare.differs"));
      const cells = await host.locator("td").allTextContents();
      expect(cells[0]).toContain(t("fr")("Rules.HOST-01.options.us"));
      expect(cells[1]).toContain(t("fr")("Rules.HOST-01.options.eu"));
      // Neither service uses AI: its domain does not apply, it is not "satisfactory, 0 of 0".
      const aiRow = page.locator("table").first().locator("tr", { has: page.locator("th", { hasText: t("fr")("Domains.AI.title") }) });
      expect((await aiRow.locator("td").allTextContents()).map((s) => s.startsWith(t("fr")("DomainStatus.not_applicable")))).toEqual([true, true]);
      expect(foreign).toEqual([]);

      // Only the differences, in English.
      await page.goto(`/en/compare?ids=${a.id},${b.id}&only=diff`);
      expect(await page.textContent("h1")).toBe(t("en")("Compare.title"));
      expect(await page.textContent("#compare-HOST")).toContain(t("en")("Domains.HOST.title"));
      const rows = await page.locator("tbody tr:has(.question__id)").count();
      const differing = await page.locator(`tbody tr:has(.question__id):has-text("${t("en")("Compare.differs")}")`).count();
      expect(rows).toBeGreaterThan(0);
      expect(differing).toBe(rows);

      // One id only: the page says what is wrong.
      await page.goto(`/en/compare?ids=${a.id}`);
      expect(await page.textContent("[role=alert]")).toContain(t("en")("Compare.count", { min: 2, max: 4 }));
    } finally {
      await context.close();
    }
  });
});

describe("history, publication, catalogue, import and registers", () => {
  it("re-evaluates, shows what changed, publishes, copies from the catalogue, imports and keeps a register", { timeout: 150_000 }, async () => {
    const fr = t("fr");
    const quiz = example("free-consumer-quiz");
    const a = await create(quiz);
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/fr");
      await holdToken(page, a.id, a.editToken);
      await page.goto(`/fr/assessments/${a.id}`);
      // Re-evaluate: round 2 starts; then an answer changes through the API, and the history says so.
      await page.getByRole("button", { name: fr("SavedAssessment.owner.reevaluate") }).click();
      await page.getByRole("dialog").getByRole("button", { name: fr("Drafts.roundConfirm", { next: 2 }) }).click();
      await page.getByText(fr("SavedAssessment.owner.reevaluated", { round: 2 })).waitFor();
      const v = ((await (await fetch(`${baseUrl()}/api/assessments/${a.id}`)).json()) as { version: number }).version;
      const put = await fetch(`${baseUrl()}/api/assessments/${a.id}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${a.editToken}`, "If-Match": `"${v}"` },
        body: JSON.stringify({ ...quiz, answers: { ...quiz.answers, "HOST-01": "eu" } }),
      });
      expect(put.status).toBe(200);
      await page.reload();
      const history = await page.textContent("#history-2 + ul");
      expect(history).toContain("HOST-01");
      expect(history).toContain(fr("Rules.HOST-01.options.eu"));

      // Publish, without the school's name; the catalogue finds it by name.
      await page.getByRole("button", { name: fr("SavedAssessment.owner.publish") }).click();
      await page.getByText(fr("SavedAssessment.owner.published")).waitFor();
      await page.goto(`/fr/catalogue?q=${encodeURIComponent("quizeclair")}`);
      const item = page.locator("li", { has: page.getByRole("link", { name: quiz.service.name }) });
      await item.waitFor();
      expect(await item.textContent()).not.toContain(quiz.school?.name ?? "—");

      // "Start from this one": a copy opens in the form, with the origin noted on its page.
      await item.getByRole("button").click();
      await page.waitForURL("**/fr/assess/context");
      await formReady(page);
      expect(await page.inputValue("#field-service-name")).toBe(quiz.service.name);
      expect(await page.inputValue("#field-school-name")).toBe("");
      const copyId = await page.evaluate(() => (JSON.parse(localStorage.getItem("vigie:server-link:v1") ?? "{}") as { id?: string }).id);
      expect(copyId).toBeDefined();
      expect(copyId).not.toBe(a.id);
      await page.goto(`/fr/assessments/${copyId}`);
      await page.getByRole("heading", { name: fr("SavedAssessment.owner.heading") }).waitFor();
      expect(await page.textContent("main")).toMatch(/publiée dans le catalogue le/);

      // Import: a broken file lists each problem; a good one opens in the form.
      await page.goto("/fr/catalogue");
      await page.setInputFiles("#import-file", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "HOST-01": "mars", "XYZ-99": "yes" } })) });
      await page.getByRole("button", { name: fr("ImportFile.button") }).click();
      // The copy opened above is the draft in progress: the import asks before replacing it.
      await page.getByRole("dialog").getByRole("button", { name: fr("Drafts.replaceConfirm") }).click();
      const problems = page.locator(".error-summary");
      await problems.waitFor();
      const listed = await problems.locator("li").allTextContents();
      expect(listed.some((l) => l.includes("HOST-01"))).toBe(true);
      expect(listed.some((l) => l.includes("XYZ-99"))).toBe(true);
      // In the reader's words: the question and the answers offered, not the API's.
      expect(await problems.textContent()).toContain(fr("ImportFile.problems.invalid_answers"));
      expect(await problems.textContent()).not.toContain("fields");
      expect(listed.some((l) => l.includes(fr("Rules.HOST-01.question")) && l.includes(fr("Answers.unknown")))).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      await page.setInputFiles("#import-file", { name: "ok.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(example("gar-resource"))) });
      await page.getByRole("button", { name: fr("ImportFile.button") }).click();
      // A refused file replaced nothing: asked again.
      await page.getByRole("dialog").getByRole("button", { name: fr("Drafts.replaceConfirm") }).click();
      await page.waitForURL("**/fr/assess/context");
      await formReady(page);
      expect(await page.inputValue("#field-service-name")).toBe(example("gar-resource").service.name);

      // A register: created here, an assessment added by its read link, filtered, exported.
      await page.goto("/fr/registers/new");
      await page.fill("#register-name", "Collège Test");
      await page.getByRole("button", { name: fr("Register.create") }).click();
      const registerRead = await page.locator('input[data-link="read"]').inputValue();
      await page.getByRole("link", { name: fr("Register.open") }).click();
      await page.waitForURL(`**${new URL(registerRead).pathname}`);
      await page.fill("#register-add-link", a.readUrl);
      await page.getByRole("button", { name: fr("Register.addButton") }).click();
      await page.getByText(fr("Register.added")).waitFor();
      await page.locator("tbody tr", { hasText: quiz.service.name }).waitFor();
      await page.selectOption("#register-verdict", "acceptable");
      await page.getByRole("button", { name: fr("Register.apply") }).click();
      await page.getByText(fr("Register.emptyFiltered")).waitFor();
      const csvHref = await page.getByRole("link", { name: fr("Register.exportCsv") }).getAttribute("href");
      const csv = await fetch(`${baseUrl()}${csvHref!.replace("verdict=acceptable", "")}`);
      expect(csv.headers.get("content-type")).toContain("text/csv");
      expect(await csv.text()).toContain(quiz.service.name);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("owner actions on registers and saved assessments", () => {
  it("renames a register, downloads its PDF summary, removes an entry after confirming, by keyboard", async () => {
    const fr = t("fr");
    const quiz = example("free-consumer-quiz");
    const suite = example("education-suite-contract");
    const a = await create(quiz);
    const b = await create(suite);
    const r = await createRegister("Collège Test", [a.id, b.id]);
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/fr");
      await page.evaluate(([i, tok]) => localStorage.setItem("vigie:register-tokens:v1", JSON.stringify({ [i!]: tok })), [r.id, r.editToken]);
      await page.goto(`/fr/registers/${r.id}`);

      // Rename: the page's title follows.
      await page.fill("#register-rename", "Collège Jean-Moulin");
      await page.getByRole("button", { name: fr("Register.renameButton") }).click();
      await page.getByRole("heading", { level: 1, name: fr("Register.titleFor", { name: "Collège Jean-Moulin" }) }).waitFor();
      await page.getByText(fr("Register.renamed")).waitFor();

      // The PDF summary, with the page's filters and language.
      const summary = async () => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: fr("Register.exportPdf") }).click()]);
        expect(download.suggestedFilename()).toBe("vigie-college-jean-moulin-register-summary-fr.pdf");
        return pdfText(readFileSync(await download.path()));
      };
      const all = await summary();
      for (const s of ["Synthèse du registre", "Registre des services évalués : Collège Jean-Moulin", quiz.service.name, suite.service.name, "2 sur 2", "Aucun : tous les services du registre", "Page 1 sur 1"]) {
        expect(all, s).toContain(s);
      }
      await page.selectOption("#register-verdict", "not_recommended");
      await page.getByRole("button", { name: fr("Register.apply") }).click();
      await page.waitForURL("**verdict=not_recommended**");
      const filtered = await summary();
      expect(filtered).toContain("Avis : Déconseillé");
      expect(filtered).toContain("1 sur 2");
      expect(filtered).toContain(quiz.service.name);
      expect(filtered).not.toContain(suite.service.name);
      await page.goto(`/fr/registers/${r.id}`);

      // Remove an entry, by keyboard: the dialog asks first, Escape cancels and gives the focus back.
      const remove = page.getByRole("button", { name: fr("Register.remove", { service: quiz.service.name }), exact: true });
      await remove.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: fr("Register.removeTitle", { service: quiz.service.name }) });
      await dialog.waitFor();
      expect(await focused(page)).toBe(fr("Register.cancel"));
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect(await remove.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.locator("tbody tr").count()).toBe(2);
      await page.keyboard.press("Enter");
      await dialog.waitFor();
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe(fr("Register.removeConfirm"));
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: fr("Register.removed", { service: quiz.service.name }) }).waitFor();
      await page.locator("tbody tr", { hasText: quiz.service.name }).waitFor({ state: "detached" });
      expect(await page.locator("tbody tr").count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
      const api = (await (await fetch(`${baseUrl()}/api/registers/${r.id}`)).json()) as { name: string; entries: { serviceName: string }[] };
      expect(api.name).toBe("Collège Jean-Moulin");
      expect(api.entries.map((e) => e.serviceName)).toEqual([suite.service.name]);

      // Without the token, the page has none of these controls.
      await page.evaluate(() => localStorage.removeItem("vigie:register-tokens:v1"));
      await page.reload();
      await page.getByText(fr("Register.readOnly")).waitFor();
      expect(await page.locator("#register-rename").count()).toBe(0);
      expect(await page.getByRole("button", { name: fr("Register.removeShort") }).count()).toBe(0);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("deletes a saved assessment after confirming, forgets its token and says so on the start page", async () => {
    const en = t("en");
    const quiz = example("free-consumer-quiz");
    const a = await create(quiz);
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/en");
      await holdToken(page, a.id, a.editToken);
      await page.goto(`/en/assessments/${a.id}`);
      // Deleting is folded at the foot of the owner's panel.
      await page.locator("#owner-more").click();
      const button = page.getByRole("button", { name: en("SavedAssessment.owner.deleteButton") });
      await button.click();
      const dialog = page.getByRole("dialog", { name: en("SavedAssessment.owner.deleteTitle", { service: quiz.service.name }) });
      await dialog.getByRole("button", { name: en("SavedAssessment.owner.cancel") }).click();
      await dialog.waitFor({ state: "hidden" });
      expect((await fetch(`${baseUrl()}/api/assessments/${a.id}`)).status).toBe(200);
      await button.click();
      await dialog.getByRole("button", { name: en("SavedAssessment.owner.deleteConfirm") }).click();
      await page.waitForURL((url) => url.pathname === "/en");
      await page.getByRole("status").filter({ hasText: en("Start.deleted", { service: quiz.service.name }) }).waitFor();
      expect((await fetch(`${baseUrl()}/api/assessments/${a.id}`)).status).toBe(404);
      expect(await page.evaluate(() => localStorage.getItem("vigie:edit-tokens:v1"))).toBe("{}");
      // Said once: not again on the next visit.
      await page.reload();
      expect(await page.getByText(en("Start.deleted", { service: quiz.service.name })).count()).toBe(0);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each(LOCALES)("axe (WCAG 2.1 A and AA) on the saved-assessment pages in %s", (locale: TLocale) => {
  it("finds no violation", { timeout: 300_000 }, async () => {
    const quiz = example("free-consumer-quiz");
    const a = await create(quiz);
    const b = await create(example("education-suite-contract"));
    const { context, page, foreign } = await newContext(browser);
    try {
      // The result page with the save panel, before and after saving.
      await seed(page, quiz, `/${locale}/result`);
      await page.locator("#save-heading").waitFor();
      expect(await violations(page), "result with save panel").toEqual([]);
      await page.getByRole("button", { name: t(locale)("Save.button") }).click();
      await page.locator('input[data-link="edit"]').waitFor();
      expect(await violations(page), "result with links").toEqual([]);

      // The form with the autosave status.
      await page.goto(`/${locale}/assess/context`);
      await formReady(page);
      await page.locator("#autosave-status").waitFor();
      expect(await violations(page), "form with autosave").toEqual([]);

      // Read page, as owner (tools) and as reader; with a published entry.
      await holdToken(page, a.id, a.editToken);
      await page.goto(`/${locale}/assessments/${a.id}`);
      await page.locator("#owner-heading").waitFor();
      await page.getByRole("button", { name: t(locale)("SavedAssessment.owner.publish") }).click();
      await page.getByText(t(locale)("SavedAssessment.owner.published")).waitFor();
      expect(await violations(page), "read page (owner)").toEqual([]);
      await page.goto(`/${locale}/assessments/${b.id}`);
      await page.locator("#owner-heading").waitFor();
      expect(await violations(page), "read page (reader)").toEqual([]);

      await page.goto(`/${locale}/compare?ids=${a.id},${b.id}`);
      expect(await violations(page), "compare").toEqual([]);
      await page.goto(`/${locale}/compare?ids=${a.id}`);
      expect(await violations(page), "compare with an error").toEqual([]);

      await page.goto(`/${locale}/catalogue`);
      await page.locator("#import-heading").waitFor();
      expect(await violations(page), "catalogue").toEqual([]);
      await page.setInputFiles("#import-file", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
      await page.getByRole("button", { name: t(locale)("ImportFile.button") }).click();
      await page.getByRole("dialog").getByRole("button", { name: t(locale)("Drafts.replaceConfirm") }).click();
      await page.locator(".error-summary").waitFor();
      expect(await violations(page), "catalogue with import errors").toEqual([]);
      await page.locator("ul li h3 a").first().click();
      await page.locator("#start-from-heading").waitFor();
      expect(await violations(page), "public entry").toEqual([]);

      await page.goto(`/${locale}/registers/new`);
      await page.locator("#register-name").waitFor();
      expect(await violations(page), "new register").toEqual([]);
      await page.getByRole("button", { name: t(locale)("Register.create") }).click();
      await page.locator('input[data-link="edit"]').waitFor();
      expect(await violations(page), "register created").toEqual([]);
      await page.getByRole("link", { name: t(locale)("Register.open") }).click();
      await page.locator("#register-add-link").fill(a.readUrl);
      await page.getByRole("button", { name: t(locale)("Register.addButton") }).click();
      await page.locator("tbody tr").first().waitFor();
      expect(await violations(page), "register").toEqual([]);
      await page.getByRole("button", { name: t(locale)("Register.remove", { service: quiz.service.name }) }).click();
      await page.getByRole("dialog").waitFor();
      expect(await violations(page), "register: remove dialog").toEqual([]);
      await page.keyboard.press("Escape");

      // Deleting an assessment: the dialog, then the start page's notice.
      await holdToken(page, b.id, b.editToken);
      await page.goto(`/${locale}/assessments/${b.id}`);
      await page.locator("#owner-more").click();
      await page.getByRole("button", { name: t(locale)("SavedAssessment.owner.deleteButton") }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      expect(await violations(page), "delete dialog").toEqual([]);
      await dialog.getByRole("button", { name: t(locale)("SavedAssessment.owner.deleteConfirm") }).click();
      await page.waitForURL((url) => url.pathname === `/${locale}`);
      await page.getByText(t(locale)("Start.deleted", { service: example("education-suite-contract").service.name })).waitFor();
      expect(await violations(page), "start page after a deletion").toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
