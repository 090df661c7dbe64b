import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { conditionKey, ruleKey, verdictKey, verdictSummaryKey } from "@/lib/domain/catalogue/message-keys";
import { evaluate } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { buildReportViewModel } from "@/lib/render/report/view-model";
import { ZAnswersDocumentSchema } from "@/lib/domain/schema";
import { EXAMPLE_FILES } from "@/lib/testing/examples";
import { launchBrowser, newContext } from "./support/browser";
import { example, seed, stored as storedExample, t } from "./support/journey";

const stored = async (page: Page) => (await storedExample(page)) as { actionPlan?: Record<string, { owner: string; due: string }> } | null;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

async function openResult(page: Page, doc: unknown, locale: string) {
  await seed(page, doc, `/${locale}/result`);
  await page.locator(".verdict__label").waitFor();
}

/** Whether the disclosure around a heading is open. */
const isOpen = (page: Page, headingId: string) => page.evaluate((id) => document.getElementById(id)?.closest("details")?.open ?? null, headingId);

/** The focused element: its tag, id, href and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? "", href: el?.getAttribute("href") ?? "", text: el?.textContent ?? "" };
  });

async function tabTo(page: Page, match: (a: Awaited<ReturnType<typeof focused>>) => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe.each(LOCALES)("the result page in %s", (locale) => {
  const tr = t(locale);

  it("speaks as a parents' association asking: the school's questions first, no action plan, no decision form", { timeout: 120_000 }, async () => {
    const doc = { ...example("free-consumer-quiz"), mode: "parents" };
    const expected = evaluate(doc.answers, CATALOGUE);
    const { context, page, foreign } = await newContext(browser);
    try {
      await openResult(page, doc, locale);
      // The verdict as Vigie's reading of public information, worded for its basis, never as the school's decision.
      expect(await page.textContent("#verdict-heading")).toBe(tr("ResultPage.verdictHeadingParents"));
      expect(await page.textContent(".verdict__label")).toBe(tr(verdictKey(expected.verdict, "label", expected.basis)));
      expect(await page.textContent(".verdict__summary")).toBe(tr(verdictSummaryKey(expected.verdict, expected.basis, "parents")));
      const body = (await page.textContent("main")) ?? "";
      for (const v of ["not_recommended", "conditions", "acceptable"] as const) {
        expect(body).not.toContain(tr(verdictKey(v, "summary", "answers")));
        expect(body).not.toContain(tr(verdictKey(v, "summary", "unknowns")));
      }

      // The questions for the school come before those for the vendor: in the jump links, the first actions and the page.
      const links = await page.locator("nav.on-this-page a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.slice(0, 2)).toEqual(["#school-heading", "#vendor-heading"]);
      const schoolFirst = await page.evaluate(() => {
        const [s, v] = [document.getElementById("school-heading"), document.getElementById("vendor-heading")];
        return s !== null && v !== null && (s.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(schoolFirst).toBe(true);
      expect(await page.textContent("#school-heading")).toBe(tr("ResultPage.parentsSchoolHeading", { count: expected.schoolActions.length }));
      const kinds = await page.locator(".first-actions li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-kind")));
      expect(kinds.length).toBeGreaterThanOrEqual(3);
      expect(kinds[0]).toBe("schoolAction");
      expect(kinds.lastIndexOf("schoolAction")).toBeLessThan(kinds.indexOf("vendorQuestion") === -1 ? Infinity : kinds.indexOf("vendorQuestion"));

      // Owners, due dates and the decision are the school's.
      expect(await page.locator("[id^='plan-owner-'], [id^='plan-due-']").count()).toBe(0);
      expect(await page.locator("[id^='decision-outcome']").count()).toBe(0);
      expect(await page.getByRole("button", { name: tr("Decision.form.save") }).count()).toBe(0);
      expect(await page.textContent("section:has(#decision-heading)")).toContain(tr("ResultPage.decisionParents"));

      expect(await violations(page)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says a prohibited practice first and why nothing makes it usable, and a DPIA on the CNIL's list as mandatory", { timeout: 120_000 }, async () => {
    const base = example("gar-resource");
    // Emotion inference and face recognition of pupils, everything else as the GAR resource.
    const doc = { ...base, mode: "head", answers: { ...base.answers, "AI-01": "yes", "AI-03": "yes", "MIN-09": "yes" } };
    const expected = evaluate(doc.answers, CATALOGUE);
    expect(expected.prohibited).toEqual(["AI-03"]);
    expect(expected.dpia.listed).toEqual(["biometrics-vulnerable"]);
    const { context, page, foreign } = await newContext(browser);
    try {
      await openResult(page, doc, locale);
      expect(await page.textContent(".verdict__summary")).toBe(tr(verdictSummaryKey(expected.verdict, expected.basis, "head", true)));
      expect(await page.locator(".first-actions li").first().textContent()).toContain(tr(conditionKey({ kind: "remediation", ruleId: "AI-03", answer: "yes" })));
      const body = (await page.textContent("main")) ?? "";
      expect(body).not.toContain(tr("Verdict.not_recommended.summary"));
      expect((await page.locator(".key-figures dd").allTextContents()).at(-1)).toBe(tr("ResultPage.dpiaStatus.listed"));
      expect(await page.textContent(".dpia__verdict")).toBe(tr("Dpia.listed"));
      expect(body).toContain(tr("Dpia.listTypes.biometrics-vulnerable"));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("reads in a few screens for a head teacher: each finding once, the report's counts", { timeout: 180_000 }, async () => {
    const { context, page, foreign } = await newContext(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      const heights: Record<string, number> = {};
      for (const name of EXAMPLE_FILES) {
        const doc = { ...example(name), mode: "head" };
        const evaluation = evaluate(doc.answers, CATALOGUE);
        await openResult(page, doc, locale);
        heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(heights[name], name).toBeLessThan(3200);
        expect(await page.locator("details[open]").count(), name).toBe(0);

        // Each finding and each vendor question once in the page's text (the action plan's form aside, which lists every action to give it an owner,
        // and the folded list of what the answers rest on, which lists every answer given).
        const text = await page.evaluate(() => {
          const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
          main.querySelector("section:has(> #plan-heading)")?.remove();
          main.querySelector("section[aria-labelledby='sources-heading']")?.remove();
          return main.textContent ?? "";
        });
        const ids = new Set([...evaluation.findings.map((f) => f.ruleId), ...evaluation.vendorQuestions, ...evaluation.schoolActions]);
        for (const id of ids) expect(text.split(id).length - 1, `${name}: ${id}`).toBe(1);

        // The key figures are the report's.
        const vm = buildReportViewModel(ZAnswersDocumentSchema.parse(doc), locale);
        const page4 = await page.locator(".key-figures dd").allTextContents();
        expect(page4.slice(0, 4), name).toEqual(vm.summary.keyFigures.slice(0, 4).map((f) => f.value));
        expect(await page.locator("a[href='#findings-heading']").textContent()).toBe(
          tr("ResultPage.confirmedHeading", { count: Number(vm.summary.keyFigures[0]?.value) }),
        );
      }
      // The school enters owners and due dates in the folded action plan; they are kept with the answers.
      await page.locator("summary", { has: page.locator("#documents-plan-heading") }).click();
      const owner = page.locator("[id^='plan-owner-']").first();
      const actionId = ((await owner.getAttribute("id")) ?? "").replace("plan-owner-", "");
      await owner.fill("Mme Martin");
      expect((await stored(page))?.actionPlan?.[actionId]?.owner).toBe("Mme Martin");

      expect(await violations(page)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("works from the keyboard: a jump link opens its section, Enter and Space open a disclosure", { timeout: 120_000 }, async () => {
    const { context, page } = await newContext(browser);
    try {
      const doc = { ...example("education-suite-contract"), mode: "head" };
      const firstRisk = evaluate(doc.answers, CATALOGUE).findings.find((f) => !f.unknown)!.ruleId;
      await openResult(page, doc, locale);
      await page.locator("h1").focus();
      await tabTo(page, (a) => a.tag === "A" && a.href === "#findings-heading", "the jump link to the risks");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.getElementById("findings-heading")?.closest("details")?.open === true);
      expect(await isOpen(page, "findings-heading")).toBe(true);

      // The domains' disclosure, with Enter; the DPIA's, with Space.
      await tabTo(page, (a) => a.tag === "SUMMARY" && a.text === tr("Result.domainsHeading"), "the domains' disclosure");
      await page.keyboard.press("Enter");
      expect(await isOpen(page, "domains-heading")).toBe(true);
      await tabTo(page, (a) => a.tag === "SUMMARY" && a.text === tr("Dpia.title"), "the DPIA's disclosure");
      await page.keyboard.press("Space");
      expect(await isOpen(page, "dpia-heading")).toBe(true);
      await page.keyboard.press("Space");
      expect(await isOpen(page, "dpia-heading")).toBe(false);

      // An address with a section's fragment opens it.
      await page.goto(`/${locale}/result#decision-heading`);
      await page.waitForFunction(() => document.getElementById("decision-heading")?.closest("details")?.open === true);

      // The edit links name the question, not its code.
      const name = (await page.locator(".finding__edit").first().textContent()) ?? "";
      expect(name).toContain(tr(ruleKey(firstRisk, "question")));
      expect(name).not.toContain(firstRisk);
    } finally {
      await context.close();
    }
  });
});
