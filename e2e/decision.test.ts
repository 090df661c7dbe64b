import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { decisionConditions } from "@/lib/domain/decision-conditions";
import { evaluate } from "@/lib/domain/engine";
import { DECISION_CONDITIONS_MAX, DECISION_TEXT_MAX } from "@/lib/domain/schema/document-shape";
import type { TLocale } from "@/lib/i18n/locales";
import { example, seed, stored, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const en = t("en");

/** The text of the PDF's first page (its cover), white space made single spaces. */
function coverText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), "vigie-e2e-")), "report.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("the head of school's decision", () => {
  it("is recorded after the result, saved with the assessment, and found on its page, in the register and on the report's cover", { timeout: 150_000 }, async () => {
    // The school's register (its creation also opens the database, which a cold start makes slow).
    const reg = (await (await fetch(`${baseUrl()}/api/registers`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })).json()) as {
      id: string;
      editToken: string;
    };
    const { context, page, foreign } = await newContext(browser);
    try {
      await seed(page, { ...example("education-suite-contract"), mode: "head" }, "/en/result");
      // The form is folded under its heading: open it.
      await page.locator("summary", { has: page.locator("#decision-heading") }).click();

      // Nothing filled in: each error beside its field, and the focus on the first one.
      await page.getByRole("button", { name: en("Decision.form.save") }).click();
      await page.getByRole("alert").filter({ hasText: en("Decision.form.errorsTitle") }).waitFor();
      expect(await page.textContent("#decision-outcome-error")).toBe(en("Decision.form.errors.outcome"));
      expect(await page.textContent("#decision-date-error")).toBe(en("Decision.form.errors.date"));
      expect(await page.textContent("#decision-byName-error")).toBe(en("Decision.form.errors.byName"));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("decision-outcome-authorise");
      const axe = await new AxeBuilder({ page }).include(".decision").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      // With conditions: the conditions field appears and needs one.
      await page.check("#decision-outcome-conditions");
      await page.fill("#decision-date", "2026-11-20");
      await page.fill("#decision-byName", "Mme Claire Durand");
      await page.fill("#decision-byRole", "Proviseure");
      await page.getByRole("button", { name: en("Decision.form.save") }).click();
      expect(await page.locator("#decision-conditions-error").textContent()).toBe(en("Decision.form.errors.conditions"));
      await page.fill("#decision-conditions", "Pseudonymous pupil accounts only\nContract amendment signed by 1 January");
      await page.getByLabel(en("Decision.form.dpdConsulted"), { exact: true }).check();
      await page.fill("#decision-dpdDate", "2026-11-12");
      await page.fill("#decision-dpdOpinion", "Favourable, subject to the amendment.");
      await page.fill("#decision-boardDate", "2026-11-27");
      await page.fill("#decision-reviewDate", "2027-11-20");
      await page.getByRole("button", { name: en("Decision.form.save") }).click();
      await page.getByText(en("Decision.form.saved")).waitFor();
      expect((await stored(page)) as unknown).toMatchObject({
        decision: {
          outcome: "conditions",
          date: "2026-11-20",
          by: { name: "Mme Claire Durand", role: "Proviseure" },
          conditions: ["Pseudonymous pupil accounts only", "Contract amendment signed by 1 January"],
          dpd: { consulted: true, date: "2026-11-12", opinion: "Favourable, subject to the amendment." },
          boardDate: "2026-11-27",
          reviewDate: "2027-11-20",
        },
      });

      // Saved with the assessment.
      await page.getByRole("button", { name: en("Save.button") }).click();
      const readUrl = await page.locator('input[data-link="read"]').inputValue();
      const id = readUrl.split("/").pop() ?? "";
      const saved = (await (await fetch(`${baseUrl()}/api/assessments/${id}`)).json()) as { document: { decision?: { outcome: string } } };
      expect(saved.document.decision?.outcome).toBe("conditions");

      // Its page.
      await page.goto(`/en/assessments/${id}`);
      const section = page.locator("section", { has: page.locator("#decision-heading") });
      const recorded = en("Decision.form.recorded", { outcome: en("Decision.outcomes.conditions"), date: "20 November 2026" });
      await section.getByText(recorded).waitFor();
      expect(await section.textContent()).toContain("Pseudonymous pupil accounts only");

      // The register: the decision column, and the filter.
      const added = await fetch(`${baseUrl()}/api/registers/${reg.id}/entries`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${reg.editToken}` },
        body: JSON.stringify({ assessmentId: id }),
      });
      expect(added.status).toBe(201);
      await page.goto(`/en/registers/${reg.id}`);
      const cell = en("Decision.register.cell", { outcome: en("Decision.outcomes.conditions"), date: "20 November 2026" });
      expect(await page.locator("td[data-decision]").first().textContent()).toBe(cell);
      await page.selectOption("#register-decision", "refuse");
      await page.getByRole("button", { name: en("Register.apply") }).click();
      await page.getByText(en("Register.emptyFiltered")).waitFor();
      await page.selectOption("#register-decision", "conditions");
      await page.getByRole("button", { name: en("Register.apply") }).click();
      await page.waitForURL(/decision=conditions/);
      expect(await page.locator("td[data-decision]").first().textContent()).toBe(cell);

      // The report's cover.
      await page.goto(`/en/assessments/${id}`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: en("Result.download.button") }).click()]);
      const cover = coverText(readFileSync(await download.path()));
      for (const s of [en("Decision.report.heading"), en("Decision.outcomes.conditions"), "On 20 November 2026, by Mme Claire Durand, Proviseure.", "Pseudonymous pupil accounts only"]) {
        expect(cover, s).toContain(s);
      }

      // Changed on the result page of a browser that holds the edit link: sent to the saved assessment at once.
      await page.goto("/en/result");
      await page.locator("summary", { has: page.locator("#decision-heading") }).click();
      await page.check("#decision-outcome-refuse");
      await page.getByRole("button", { name: en("Decision.form.save") }).click();
      // A refusal states its reasons.
      expect(await page.locator("#decision-reason-error").textContent()).toBe(en("Decision.form.errors.reason"));
      await page.fill("#decision-reason", "No processor contract.");
      await page.getByRole("button", { name: en("Decision.form.save") }).click();
      await page.getByText(en("Decision.form.serverSaved", { version: 2 })).waitFor();
      const changed = (await (await fetch(`${baseUrl()}/api/assessments/${id}`)).json()) as { version: number; document: { decision?: object } };
      expect(changed.version).toBe(2);
      expect(changed.document.decision).toMatchObject({ outcome: "refuse", date: "2026-11-20", reason: "No processor contract." });
      expect(changed.document.decision).not.toHaveProperty("conditions");
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(["fr", "en"] as const)("in %s, copies the engine's remedies with the vendor's questions as one condition, states the limits, and names the one passed", { timeout: 90_000 }, async (locale: TLocale) => {
    const tr = t(locale);
    const doc = { ...example("free-consumer-quiz"), mode: "head" };
    const engine = evaluate(doc.answers, CATALOGUE).conditions;
    const copied = decisionConditions(engine).keys.map((k) => tr(k));
    const vendorQuestions = engine.filter((c) => c.kind === "vendorQuestion").length;
    expect(vendorQuestions).toBeGreaterThan(1);
    const { context, page, foreign } = await newContext(browser);
    try {
      await seed(page, doc, `/${locale}/result`);
      await page.locator("summary", { has: page.locator("#decision-heading") }).click();
      await page.check("#decision-outcome-conditions");
      // The limits, before anything is typed.
      expect(await page.textContent("#decision-conditions-hint")).toBe(tr("Decision.form.conditionsHelp", { max: DECISION_CONDITIONS_MAX, length: DECISION_TEXT_MAX }));

      // The copy: the remedies and one condition for the vendor's answers, no vendor question.
      await page.getByRole("button", { name: tr("Decision.form.useConditions") }).click();
      const lines = (await page.inputValue("#decision-conditions")).split("\n");
      expect(lines).toEqual(copied);
      expect(lines.length).toBeLessThanOrEqual(DECISION_CONDITIONS_MAX);
      expect(lines.filter((l) => l === tr("Conditions.vendorAnswers"))).toHaveLength(1);
      for (const c of engine) if (c.kind === "vendorQuestion") expect(lines).not.toContain(tr(`Rules.${c.ruleId}.vendorQuestion`));
      await page.fill("#decision-date", "2026-11-20");
      await page.fill("#decision-byName", "Mme Claire Durand");
      await page.getByRole("button", { name: tr("Decision.form.save") }).click();
      await page.getByText(tr("Decision.form.saved")).waitFor();
      expect(((await stored(page)) as { decision?: { conditions?: string[] } } | null)?.decision?.conditions).toEqual(copied);

      // One condition too many: the error gives the count and the limit.
      const tooMany = Array.from({ length: DECISION_CONDITIONS_MAX + 1 }, (_, i) => `Condition ${i + 1}`);
      await page.fill("#decision-conditions", tooMany.join("\n"));
      await page.getByRole("button", { name: tr("Decision.form.save") }).click();
      await page.getByRole("alert").filter({ hasText: tr("Decision.form.errorsTitle") }).waitFor();
      expect(await page.textContent("#decision-conditions-error")).toBe(tr("Decision.form.errors.conditionsTooMany", { count: DECISION_CONDITIONS_MAX + 1, max: DECISION_CONDITIONS_MAX }));

      // The second condition too long: the error names it, with its length and the limit.
      await page.fill("#decision-conditions", ["Short", "x".repeat(DECISION_TEXT_MAX + 1), "Short again"].join("\n"));
      await page.getByRole("button", { name: tr("Decision.form.save") }).click();
      await expect
        .poll(() => page.textContent("#decision-conditions-error"))
        .toBe(tr("Decision.form.errors.conditionTooLong", { line: 2, length: DECISION_TEXT_MAX + 1, max: DECISION_TEXT_MAX }));
      // The recorded decision is still the copied one.
      expect(((await stored(page)) as { decision?: { conditions?: string[] } } | null)?.decision?.conditions).toEqual(copied);
      const axe = await new AxeBuilder({ page }).include(".decision").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("cannot be recorded by a parents' association: the page says why in a sentence, with no form", async () => {
    const { context, page } = await newContext(browser);
    try {
      await seed(page, { ...example("free-consumer-quiz"), mode: "parents" }, "/en/result");
      await page.getByRole("heading", { name: en("Decision.form.parentsHeading") }).waitFor();
      await page.getByText(en("ResultPage.decisionParents")).waitFor();
      expect(await page.getByRole("button", { name: en("Decision.form.save") }).count()).toBe(0);
      expect(await page.locator("section:has(#decision-heading) form").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
