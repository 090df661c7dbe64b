import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page) {
  await page.waitForFunction(() => document.title.trim() !== "");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

describe.each(LOCALES)("the vendor answers online (%s)", (locale) => {
  it("the school creates a link, the vendor answers two questions with a source, the school accepts one", { timeout: 180_000 }, async () => {
    const tr = t(locale);
    const doc = example("free-consumer-quiz");
    const school = { ...doc, answers: { ...doc.answers, "COM-01": "unknown", "COM-02": "unknown" } };
    const res = await fetch(`${baseUrl()}/api/assessments?lang=${locale}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(school) });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; editToken: string };

    // The school: its edit link, then "create a link for the vendor".
    const owner = await newContext(browser);
    const vendor = await newContext(browser);
    try {
      await owner.page.goto(`/${locale}/assessments/${created.id}`);
      // This browser holds the edit token, as if it had created the assessment.
      await owner.page.evaluate(([i, tok]) => localStorage.setItem("vigie:edit-tokens:v1", JSON.stringify({ [i!]: tok })), [created.id, created.editToken]);
      await owner.page.reload();
      const panel = owner.page.locator("section", { has: owner.page.locator("#vendor-online-heading") });
      await panel.getByRole("button", { name: tr("VendorOnline.create") }).click();
      const linkField = panel.locator("input[data-link=vendor]");
      await linkField.waitFor();
      const vendorUrl = await linkField.inputValue();
      expect(vendorUrl).toMatch(new RegExp(`/${locale}/vendor#token=[A-Za-z0-9_-]{43}$`));
      // The letter downloaded now gives the link (Markdown escapes its punctuation: read it as shown).
      const [download] = await Promise.all([owner.page.waitForEvent("download"), panel.getByRole("button", { name: tr("VendorOnline.letterMd") }).click()]);
      const letter = readFileSync((await download.path()) ?? "", "utf8").replace(/\\(.)/g, "$1");
      expect(letter).toContain(tr("VendorOnline.letter", { url: vendorUrl }));

      // The vendor: its own browser, the link alone.
      const { page } = vendor;
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(vendorUrl);
      const vt = tr;
      await page.getByLabel(vt("VendorPage.respondent.name")).waitFor();
      expect(await violations(page), "vendor page: who answers").toEqual([]);
      // The header's language switch keeps the link's token.
      const other = locale === "fr" ? "en" : "fr";
      const switchHref = await page.getByRole("navigation", { name: vt("LanguageSwitch.label") }).getByRole("link").getAttribute("href");
      expect(switchHref).toBe(`/${other}/vendor#token=${vendorUrl.split("#token=")[1] ?? ""}`);
      await page.getByLabel(vt("VendorPage.respondent.name")).fill("Jeanne Martin");
      await page.getByLabel(vt("VendorPage.respondent.role")).fill("DPO");
      await page.getByLabel(vt("VendorPage.respondent.organisation")).fill("QuizÉclair SAS");
      await page.getByRole("button", { name: vt("VendorPage.next") }).click();
      // The first domain's screen: focus on its heading; answer COM-01 and COM-02, each with a source.
      await page.locator("fieldset[data-rule=COM-01]").waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("vendor-screen");
      for (const [rule, value, source] of [
        ["COM-01", "yes", "Accord de traitement des données, article 4"],
        ["COM-02", "none", "https://quiz.example/cgu#publicite"],
      ] as const) {
        const q = page.locator(`fieldset[data-rule=${rule}]`);
        await q.locator(`input[value=${value}]`).check();
        await q.locator("summary").click();
        await q.getByLabel(vt("VendorPage.source"), { exact: false }).fill(source);
        await q.getByLabel(vt("VendorPage.quote"), { exact: false }).fill("Les données ne servent qu’au service.");
        await q.getByLabel(vt("VendorPage.date"), { exact: false }).fill("2026-11-30");
      }
      expect(await violations(page), "vendor page: a domain with sources open").toEqual([]);
      const send = page.getByRole("button", { name: vt("VendorPage.send") });
      for (let i = 0; i < 20 && !(await send.isVisible()); i++) await page.getByRole("button", { name: vt("VendorPage.next") }).click();
      await send.click();
      await page.getByRole("heading", { name: vt("VendorPage.sentHeading") }).waitFor();
      expect(await violations(page), "vendor page: sent").toEqual([]);
      // The token never travels in an address, and the vendor's browser holds no cookie.
      const token = vendorUrl.split("#token=")[1] ?? "";
      expect(requests.filter((u) => u.includes(token))).toEqual([]);
      expect(await vendor.context.cookies()).toEqual([]);
      // The vendor page shows nothing of the school's side.
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).not.toContain(tr(`Verdict.${"not_recommended"}.label`));

      // The school sees the answers beside its own, and accepts one.
      await owner.page.reload();
      const answeredHeading = owner.page.locator("#vendor-response-heading");
      await answeredHeading.waitFor();
      expect(await answeredHeading.textContent()).toContain(locale === "fr" ? "2 questions" : "2 questions");
      const com01 = owner.page.locator("li[data-rule=COM-01]");
      expect(await com01.textContent()).toContain("Accord de traitement des données, article 4");
      expect(await com01.textContent()).toContain(tr("Answers.unknown"));
      await com01.getByRole("button").click();
      await owner.page.locator("li[data-rule=COM-01]").waitFor({ state: "detached" });
      expect(await owner.page.locator("li[data-rule=COM-02]").count()).toBe(1);
      const after = (await (await fetch(`${baseUrl()}/api/assessments/${created.id}`)).json()) as {
        document: { answers: Record<string, string>; evidence: Record<string, { kind: string; by?: string }[]> };
        vendorResponse: { answers: Record<string, string> };
      };
      expect(after.document.answers["COM-01"]).toBe("yes");
      expect(after.document.evidence["COM-01"]?.map((e) => e.kind)).toEqual(["document", "vendor"]);
      expect(after.document.evidence["COM-01"]?.[1]?.by).toBe("Jeanne Martin");
      expect(after.vendorResponse.answers).toEqual({ "COM-02": "none" });
      expect(owner.foreign).toEqual([]);
      expect(vendor.foreign).toEqual([]);
    } finally {
      await owner.context.close();
      await vendor.context.close();
    }
  });
});
