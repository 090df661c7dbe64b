import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, SCORING } from "@/lib/domain/catalogue";
import { domainKey, domainLabel, followUpKey, ruleKey, verdictKey } from "@/lib/domain/catalogue/message-keys";
import { evaluate } from "@/lib/domain/engine";
import { DPIA_MESSAGE } from "@/lib/domain/catalogue/message-keys";
import { launchBrowser, newContext } from "./support/browser";
import { askedByStep, contextIds, example, formReady, t, textFields } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a full journey in English", () => {
  it("reaches the verdict that the engine computes from the answers given", async () => {
    const base = example("education-suite-contract");
    // Two questions left unanswered: they count as unknown, for the engine and for the page.
    const skipped = ["RIG-04", "SEC-07"];
    const answers = Object.fromEntries(Object.entries(base.answers).filter(([id]) => !skipped.includes(id)));
    const expected = evaluate(answers, CATALOGUE);
    const en = t("en");
    expect(expected.verdict).toBe("conditions");

    const { context, page, foreign } = await newContext(browser);
    try {
      await page.goto("/en");
      await page.getByRole("link", { name: en("Start.start") }).click();
      await page.waitForURL("**/en/assess/context");
      await formReady(page);
      for (const [id, value] of textFields(base)) await page.fill(`#${id}`, value);
      for (const id of contextIds) await page.check(`#q-${id}-${answers[id]}`);
      await page.getByRole("button", { name: en("Nav.next") }).click();

      const steps = askedByStep(answers);
      for (const { step, ids } of steps) {
        await page.waitForURL(`**/en/assess/${step}`);
        await formReady(page);
        for (const id of ids) if (answers[id] !== undefined) await page.check(`#q-${id}-${answers[id]}`);
        await page.getByRole("button", { name: en(step === steps.at(-1)?.step ? "Nav.toReview" : "Nav.next") }).click();
      }

      await page.waitForURL("**/en/assess/review");
      await formReady(page);
      // The review lists exactly the two unanswered questions, linked to their fieldsets.
      const links = await page.locator(".review__list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toEqual(["/en/assess/sec#q-SEC-07", "/en/assess/rig#q-RIG-04"]);
      await page.getByRole("button", { name: en("Review.seeResult") }).click();

      await page.waitForURL("**/en/result");
      await page.locator(".verdict__label").waitFor();
      expect(await page.textContent(".verdict__label")).toBe(en(verdictKey(expected.verdict, "label", expected.basis)));
      expect(await page.textContent(".verdict__label")).toBe("Acceptable with conditions");
      // Each domain's status and points, as the engine has them.
      const rows = await page.locator("table.domains tbody tr").evaluateAll((trs) =>
        // A cell's column name (shown on a phone only) is left out.
        trs.map((tr) =>
          [...tr.querySelectorAll("th, td")].slice(0, 3).map((c) => {
            const copy = c.cloneNode(true) as Element;
            copy.querySelectorAll(".domains__label").forEach((l) => l.remove());
            return copy.textContent?.trim() ?? "";
          }),
        ),
      );
      expect(rows.map((r) => r.slice(0, 2))).toEqual(
        expected.domains.map((d) => [en(domainKey(d.id, "title")), domainLabel(en, d)]),
      );
      // The points, then how many questions do not apply (if any).
      const na = (n: number) => (n > 0 ? en("Result.notApplicableCount", { count: n }) : "");
      expect(rows.map((r) => r[2])).toEqual(expected.domains.map((d) => `${en("Result.points", { points: d.points, max: d.max })}${na(d.notApplicable.length)}`));
      // The confirmed risks in the engine's order; the unknowns once each, split between vendor and school.
      const findings = await page.locator(".finding .question__id").allTextContents();
      expect(findings).toEqual(expected.findings.filter((f) => !f.unknown).map((f) => f.ruleId));
      // An unknown answer says what settles it (the vendor's question, the school's check), not a risky answer's remedy.
      const unknowns = expected.findings.filter((f) => f.unknown);
      expect(unknowns.map((f) => f.ruleId).sort()).toEqual([...skipped].sort());
      for (const f of unknowns) {
        const item = await page.locator(`#unknown-${f.ruleId}`).textContent();
        expect(item).toContain(en(followUpKey(f)));
        expect(item).not.toContain(en(ruleKey(f.ruleId, "remediation")));
      }
      const list = (id: string) => page.locator(`section:has(#${id}) .unknowns .question__id`).allTextContents();
      expect(await list("vendor-heading")).toEqual(expected.vendorQuestions);
      expect(await list("school-heading")).toEqual(expected.schoolActions);
      const { criteria, unknown, status } = expected.dpia;
      expect(await page.textContent(".dpia__verdict")).toBe(
        en(`Dpia.${DPIA_MESSAGE[status]}`, { count: criteria.length, unknown: unknown.length, threshold: SCORING.dpiaThreshold }),
      );
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
