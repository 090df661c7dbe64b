import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionDomId, STEPS } from "@/lib/domain/assessment/steps";
import { DOMAINS, RULES } from "@/lib/domain/catalogue";
import { LOCALES } from "@/lib/i18n/locales";
import { SCHOOL_QUESTIONS, startingPointOf } from "@/lib/domain/assessment/start-from";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, formReady, seed, stored, t, tabUntil } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type TCreated = { id: string; editToken: string; editUrl: string; readUrl: string };

async function create(doc: unknown): Promise<TCreated> {
  const res = await fetch(`${baseUrl()}/api/assessments`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
  return (await res.json()) as TCreated;
}

async function violations(page: Page) {
  await page.waitForFunction(() => document.title.trim() !== "");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

const holdToken = (page: Page, id: string, token: string) =>
  page.evaluate(([i, tok]) => localStorage.setItem("vigie:edit-tokens:v1", JSON.stringify({ [i!]: tok })), [id, token]);

const who = new Map<string, string>(RULES.map((r) => [r.id, r.who]));

describe("start from a published assessment", () => {
  it("keeps the vendor's answers, leaves the school's to give again, and says so before and after (fr, en)", async () => {
    const published = example("education-suite-contract") as unknown as TAnswersDocument;
    const a = await create(published);
    const pub = await fetch(`${baseUrl()}/api/assessments/${a.id}/publication`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${a.editToken}` },
      body: JSON.stringify({ showSchool: false }),
    });
    expect(pub.status).toBe(200);
    const { publicId } = (await pub.json()) as { publicId: string };
    const { kept } = startingPointOf(published);
    const counts = { kept: kept.length, reset: SCHOOL_QUESTIONS.length };
    const schoolAnswered = Object.keys(published.answers).filter((id) => who.get(id) !== "V");
    expect(schoolAnswered.length).toBeGreaterThan(0);

    for (const locale of LOCALES) {
      const { context, page, foreign } = await newContext(browser);
      try {
        await page.goto(`/${locale}/catalogue/${publicId}`);
        // Before: beside the button, and as its description.
        const before = t(locale)("Drafts.startFromBefore", counts);
        expect(await page.getByTestId("start-from-note").textContent()).toBe(before);
        const button = page.locator("main button", { hasText: published.service.name });
        const [describedBy, noteId] = await button.evaluate((b) => [b.getAttribute("aria-describedby"), document.querySelector("[data-testid=start-from-note]")?.id ?? null]);
        expect(describedBy).not.toBeNull();
        expect(describedBy).toBe(noteId);
        expect(await violations(page)).toEqual([]);

        await button.click();
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        // After: the form says it again, with the same counts.
        expect(await page.getByTestId("copy-notice").textContent()).toBe(t(locale)("Drafts.startFromAfter", { service: published.service.name, ...counts }));
        const draft = await stored(page);
        for (const id of kept) expect(draft?.answers[id]).toBe(published.answers[id as keyof typeof published.answers]);
        for (const id of schoolAnswered) expect(draft?.answers).not.toHaveProperty(id);
        expect(await page.inputValue("#field-school-name")).toBe("");
        expect(await violations(page)).toEqual([]);
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe("the form after opening an edit link", () => {
  it("says once where the answers are saved: on the server (fr, en)", async () => {
    for (const locale of LOCALES) {
      const a = await create(example("gar-resource"));
      const { context, page } = await newContext(browser);
      try {
        await page.goto(a.editUrl.replace(/^https?:\/\/[^/]+\/(fr|en)\//, `/${locale}/`));
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        const status = page.locator("#autosave-status");
        await status.waitFor();
        expect(await status.textContent()).toMatch(/server|serveur/);
        const main = (await page.locator("body").textContent()) ?? "";
        expect(main).not.toContain(t(locale)("Nav.saved"));
        expect(await page.locator(".step-nav__note").count()).toBe(0);
        // A draft kept in this browser only says so, once.
        await page.evaluate(() => localStorage.clear());
        await page.goto(`/${locale}/assess/context`);
        await formReady(page);
        await page.getByText(t(locale)("Nav.saved")).waitFor();
        expect(await page.getByText(t(locale)("Nav.saved")).count()).toBe(1);
        expect(await page.locator("#autosave-status").count()).toBe(0);
      } finally {
        await context.close();
      }
    }
  });
});

describe("a new round", () => {
  it("asks for confirmation; cancelling keeps the round (fr, en)", async () => {
    for (const locale of LOCALES) {
      const a = await create(example("free-consumer-quiz"));
      const { context, page } = await newContext(browser);
      try {
        await page.goto(`/${locale}`);
        await holdToken(page, a.id, a.editToken);
        await page.goto(`/${locale}/assessments/${a.id}`);
        const trigger = page.getByRole("button", { name: t(locale)("SavedAssessment.owner.reevaluate") });
        await trigger.click();
        const dialog = page.getByRole("dialog", { name: t(locale)("Drafts.roundTitle", { next: 2, service: example("free-consumer-quiz").service.name }) });
        await dialog.waitFor();
        expect(await dialog.textContent()).toContain(t(locale)("Drafts.roundText", { round: 1, next: 2 }));
        expect(await violations(page)).toEqual([]);
        await dialog.getByRole("button", { name: t(locale)("Drafts.roundCancel") }).click();
        await dialog.waitFor({ state: "hidden" });
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t(locale)("SavedAssessment.owner.reevaluate"));
        const after = (await (await fetch(`${baseUrl()}/api/assessments/${a.id}`)).json()) as { round: number };
        expect(after.round).toBe(1);

        await trigger.click();
        await dialog.getByRole("button", { name: t(locale)("Drafts.roundConfirm", { next: 2 }) }).click();
        await page.getByText(t(locale)("SavedAssessment.owner.reevaluated", { round: 2 })).waitFor();
        const done = (await (await fetch(`${baseUrl()}/api/assessments/${a.id}`)).json()) as { round: number };
        expect(done.round).toBe(2);
      } finally {
        await context.close();
      }
    }
  });
});

describe("import from the start page", () => {
  it("asks before replacing a draft in progress; keeping it imports nothing, replacing opens the file (fr, en)", async () => {
    const file = example("gar-resource");
    for (const locale of LOCALES) {
      const { context, page, foreign } = await newContext(browser);
      try {
        const draft = { ...example("free-consumer-quiz"), service: { name: "Brouillon en cours" } };
        await seed(page, draft, `/${locale}`);
        await page.getByRole("heading", { name: t(locale)("ImportFile.heading") }).waitFor();
        expect(await violations(page)).toEqual([]);
        const importIt = async () => {
          await page.setInputFiles("#import-file", { name: "answers.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
          await page.getByRole("button", { name: t(locale)("ImportFile.button") }).click();
        };
        let posted = 0;
        page.on("request", (r) => {
          if (r.method() === "POST" && r.url().includes("/api/assessments/import")) posted++;
        });
        await importIt();
        // The question names the draft; "keep" has the focus.
        const dialog = page.getByRole("dialog", { name: t(locale)("Drafts.replaceTitle", { service: "Brouillon en cours" }) });
        await dialog.waitFor();
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t(locale)("Drafts.replaceCancel"));
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press("Enter");
        await dialog.waitFor({ state: "hidden" });
        expect(posted).toBe(0);
        expect(new URL(page.url()).pathname).toBe(`/${locale}`);
        expect((await stored(page))?.service.name).toBe("Brouillon en cours");

        // Replacing it: the imported assessment opens in the form, with no second question.
        await importIt();
        await dialog.waitFor();
        await dialog.getByRole("button", { name: t(locale)("Drafts.replaceConfirm") }).click();
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        expect(await page.inputValue("#field-service-name")).toBe(file.service.name);
        expect(posted).toBe(1);

        // Without a draft in progress, the imported assessment opens at once.
        await page.evaluate(() => localStorage.clear());
        await page.goto(`/${locale}`);
        await importIt();
        await page.waitForURL(`**/${locale}/assess/context`);
        await formReady(page);
        expect(await page.inputValue("#field-service-name")).toBe(file.service.name);
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe("the step list", () => {
  const step = STEPS[2]!;
  const domain = DOMAINS[1]!;
  it("is folded on a phone, the question comes in the first screen, and the keyboard unfolds it (fr, en)", async () => {
    for (const locale of LOCALES) {
      const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 375, height: 667 } });
      const page = await context.newPage();
      try {
        await seed(page, example("free-consumer-quiz"), `/${locale}/assess/${step}`);
        await formReady(page);
        const details = page.locator("nav details");
        const summary = details.locator("summary");
        expect(await summary.textContent()).toBe(
          t(locale)("Drafts.stepOfTitle", { current: 3, total: STEPS.length, title: t(locale)(`Domains.${domain.id}.title`) }),
        );
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        const question = page.locator(`#${questionDomId(domain.rules[0]!.id)}`);
        const box = await question.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeLessThan(667);
        expect(await violations(page)).toEqual([]);
        // Every step's first question starts in the first screen.
        for (const other of STEPS.slice(0, -1)) {
          await page.goto(`/${locale}/assess/${other}`);
          await formReady(page);
          const top = await page.locator("form.step-form").locator(".field, .question").first().evaluate((el) => el.getBoundingClientRect().top);
          expect([other, top < 667]).toEqual([other, true]);
        }
        await page.goto(`/${locale}/assess/${step}`);
        await formReady(page);

        // The keyboard reaches the summary and unfolds the list; the current step is marked.
        await page.locator("body").focus();
        await tabUntil(page, (a) => a.tag === "SUMMARY", "the step list's summary");
        await page.keyboard.press("Enter");
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        const current = page.locator('nav [aria-current="step"]');
        expect(await current.isVisible()).toBe(true);
        expect(await current.textContent()).toBe(t(locale)(`Domains.${domain.id}.title`));
        expect(await violations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("is open beside the form on a wide screen, each number on its title's first line", async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await seed(page, example("free-consumer-quiz"), `/fr/assess/${step}`);
      await formReady(page);
      const details = page.locator("nav details");
      await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      // A narrow list makes the current title wrap: its number stays on the first line.
      await page.locator("nav.progress").evaluate((n) => ((n as HTMLElement).style.width = "6rem"));
      const lines = await page.locator('nav [aria-current="step"]').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()];
        const number = el.previousElementSibling!.getBoundingClientRect();
        const tops = [...new Set(rects.map((r) => Math.round(r.top)))];
        return { lines: tops.length, numberBottom: number.bottom, firstBottom: rects[0]!.bottom };
      });
      expect(lines.lines).toBeGreaterThan(1);
      expect(Math.abs(lines.numberBottom - lines.firstBottom)).toBeLessThan(4);
    } finally {
      await context.close();
    }
  });
});
