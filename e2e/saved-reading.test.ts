import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate, type TEvaluation } from "@/lib/domain/engine";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { EXAMPLE_FILES } from "@/lib/testing/examples";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, seed, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The saved page's height limit at 1280×800, every disclosure closed. */
const MAX_HEIGHT = 4800;

async function create(doc: unknown): Promise<{ id: string; editToken: string }> {
  const res = await fetch(`${baseUrl()}/api/assessments`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; editToken: string };
}

async function publish(id: string, editToken: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/assessments/${id}/publication`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${editToken}` },
    body: JSON.stringify({ showSchool: false }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { publicId: string }).publicId;
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

const holdToken = (page: Page, id: string, token: string) =>
  page.evaluate(([i, tok]) => localStorage.setItem("vigie:edit-tokens:v1", JSON.stringify({ [i!]: tok })), [id, token]);

/** What a reader sees of the risks and the questions: the result page's figures, unknowns apart and without a severity. */
async function expectOneReading(page: Page, locale: TLocale, evaluation: TEvaluation, what: string) {
  const tr = t(locale);
  const confirmed = evaluation.findings.filter((f) => !f.unknown);
  const unknown = evaluation.findings.filter((f) => f.unknown).map((f) => f.ruleId);

  const labels = await page.locator(".key-figures dt").allTextContents();
  const values = await page.locator(".key-figures dd").allTextContents();
  expect(labels[0], what).toBe(tr("ResultPage.figures.confirmed"));
  expect(values[0], what).toBe(String(confirmed.length));
  expect(values[1], what).toBe(String(unknown.length));
  expect(await page.textContent("#findings-heading"), what).toBe(tr("ResultPage.confirmedHeading", { count: confirmed.length }));

  // The risks listed are the confirmed ones, in the engine's order; no unknown among them.
  const risks = await page.locator("section[aria-labelledby='findings-heading'] .finding__title .question__id").allTextContents();
  expect(risks, what).toEqual(confirmed.map((f) => f.ruleId));
  // The unknowns are questions, for the vendor or the school, without a severity.
  const questions = await page.locator("section[aria-labelledby='vendor-heading'] .unknowns li, section[aria-labelledby='school-heading'] .unknowns li").evaluateAll((lis) =>
    lis.map((li) => ({ id: li.querySelector(".question__id")?.textContent ?? "", badges: li.querySelectorAll(".badge").length })),
  );
  expect(questions.map((q) => q.id).sort(), what).toEqual([...evaluation.vendorQuestions, ...evaluation.schoolActions].sort());
  expect(questions.filter((q) => q.badges > 0), what).toEqual([]);
  // No "Blocking" badge unless a blocking answer is confirmed.
  const blocking = await page.locator("main .badge--BLOCK").count();
  if (!confirmed.some((f) => f.severity === "BLOCK")) expect(blocking, what).toBe(0);
}

/**
 * The worked examples, and a service acceptable with conditions whose blocking question (COM-01)
 * is unanswered: an unknown that weighs "high" and asks for the vendor's answer before any data is sent.
 */
function documents(): [string, ReturnType<typeof example>][] {
  const suite = example("education-suite-contract");
  const blockingUnknown = { ...suite, answers: { ...suite.answers, "COM-01": "unknown" } };
  const e = evaluate(blockingUnknown.answers, CATALOGUE);
  expect(e.verdict).toBe("conditions");
  expect(e.conditions.some((c) => c.kind === "blockUnknown")).toBe(true);
  expect(e.findings.find((f) => f.ruleId === "COM-01")?.unknown).toBe(true);
  return [...EXAMPLE_FILES.map((name): [string, ReturnType<typeof example>] => [name, example(name)]), ["education-suite-contract, COM-01 unknown", blockingUnknown]];
}

describe.each(LOCALES)("the saved page and the catalogue entry in %s", (locale) => {
  it(`read as the result page does, the saved page in ≤ ${MAX_HEIGHT} px at 1280×800 with details closed`, { timeout: 240_000 }, async () => {
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/${locale}`);
      const heights: Record<string, number> = {};
      let published: { publicId: string; evaluation: TEvaluation } | null = null;
      const saved: { id: string; evaluation: TEvaluation }[] = [];
      for (const [name, doc] of documents()) {
        const evaluation = evaluate(doc.answers, CATALOGUE);
        const a = await create(doc);
        saved.push({ id: a.id, evaluation });
        // As its owner: the owner's tools make the tallest page.
        await holdToken(page, a.id, a.editToken);
        await page.goto(`/${locale}/assessments/${a.id}`);
        await page.locator("#owner-heading").waitFor();
        await page.getByRole("button", { name: t(locale)("SavedAssessment.owner.publish") }).waitFor();
        await expectOneReading(page, locale, evaluation, `${name} (saved)`);
        expect(await page.locator("details[open]").count(), name).toBe(0);
        heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
        // The last, with its blocking unknown, is the one published.
        if (name.includes("COM-01")) published = { publicId: await publish(a.id, a.editToken), evaluation };
      }
      console.log(`saved page heights at 1280×800 (${locale}):`, JSON.stringify(heights));
      for (const [name, height] of Object.entries(heights)) expect(height, name).toBeLessThanOrEqual(MAX_HEIGHT);

      await page.goto(`/${locale}/catalogue/${published!.publicId}`);
      await page.locator("#start-from-heading").waitFor();
      await expectOneReading(page, locale, published!.evaluation, "catalogue entry");

      // The comparison gives the same figure for each.
      const compared = saved.slice(-4);
      await page.goto(`/${locale}/compare?ids=${compared.map((s) => s.id).join(",")}`);
      const row = page.locator("table").first().locator("tr", { has: page.locator("th", { hasText: t(locale)("ResultPage.figures.confirmed") }) });
      expect(await row.locator("td").allTextContents()).toEqual(compared.map((s) => String(s.evaluation.findings.filter((f) => !f.unknown).length)));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Each cell of the domains table and its badge, in page coordinates. */
const tableBoxes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    };
    const table = document.querySelector("table.domains")!;
    const wrap = table.closest(".table-wrap");
    return {
      viewport: document.documentElement.clientWidth,
      pageWidth: document.documentElement.scrollWidth,
      wrap: wrap === null ? null : { scroll: wrap.scrollWidth, client: wrap.clientWidth },
      rows: [...table.querySelectorAll("tbody tr")].map((tr) => ({
        cells: [...tr.children].map((c) => ({ box: box(c), text: c.textContent ?? "", visible: getComputedStyle(c).visibility !== "hidden" && getComputedStyle(c).display !== "none" })),
        badges: [...tr.querySelectorAll(".status")].map((b) => ({ box: box(b), cell: box(b.closest("td, th")!) })),
      })),
    };
  });

describe.each(LOCALES)("the domains table on a 375 px phone in %s", (locale) => {
  it("shows every column of every row inside the screen, badges unclipped, no sideways scrolling", { timeout: 120_000 }, async () => {
    const doc = { ...example("education-suite-contract"), mode: "head" };
    const a = await create(doc);
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.setViewportSize({ width: 375, height: 667 });
      for (const [path, columns] of [
        [`/${locale}/result`, 4],
        [`/${locale}/assessments/${a.id}`, 3],
      ] as const) {
        if (path.endsWith("/result")) await seed(page, doc, path);
        else await page.goto(path);
        await page.locator(".verdict__label").waitFor();
        await page.locator("summary", { has: page.locator("#domains-heading") }).click();
        await page.locator("table.domains tbody tr").first().waitFor();
        const { viewport, pageWidth, wrap, rows } = await tableBoxes(page);
        expect(viewport, path).toBe(375);
        expect(pageWidth, path).toBeLessThanOrEqual(viewport);
        if (wrap !== null) expect(wrap.scroll, `${path}: the table needs no sideways scrolling`).toBeLessThanOrEqual(wrap.client);
        expect(rows.length, path).toBe(CATALOGUE.domains.length);
        for (const row of rows) {
          expect(row.cells.length, path).toBe(columns);
          for (const c of row.cells) {
            expect(c.visible, `${path}: ${c.text}`).toBe(true);
            expect(c.box.width, `${path}: ${c.text}`).toBeGreaterThan(0);
            expect(c.box.left, `${path}: ${c.text}`).toBeGreaterThanOrEqual(0);
            expect(c.box.right, `${path}: ${c.text}`).toBeLessThanOrEqual(viewport);
          }
          expect(row.badges.length, path).toBe(1);
          for (const b of row.badges) {
            expect(b.box.left, path).toBeGreaterThanOrEqual(b.cell.left);
            expect(b.box.right, path).toBeLessThanOrEqual(b.cell.right + 0.5);
            expect(b.box.right, path).toBeLessThanOrEqual(viewport);
          }
        }
        expect(await violations(page), path).toEqual([]);
      }
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
