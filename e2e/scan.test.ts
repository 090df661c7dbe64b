import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldDomId } from "@/lib/domain/assessment/steps";
import { analyseScan } from "@/lib/domain/scan/analyse";
import type { TScanCollected, TScanResult } from "@/lib/domain/scan/scan-shape";
import { LOCALES } from "@/lib/i18n/locales";
import { launchBrowser, newContext } from "./support/browser";
import { startServer } from "./support/global-setup";
import { example, formReady, seed, stored, t } from "./support/journey";

// The scan route's answer is served by the browser itself (page.route): nothing leaves the test,
// and the journey does not depend on the network side. The result is analyseScan's own, on a
// hand-made collection of a vendor site (its third-party URLs are strings, never fetched).

const HOME = "https://quizeclair.example/";
const POLICY = "https://quizeclair.example/confidentialite";
const LOGIN = "https://quizeclair.example/connexion";

const collected: TScanCollected = {
  url: HOME,
  finalUrl: HOME,
  mode: "static",
  scannedAt: "2026-12-07T10:00:00.000Z",
  pages: [
    { role: "home", url: HOME, finalUrl: HOME, status: 200, contentType: "text/html", headers: {}, body: "<h1>QuizÉclair</h1>" },
    { role: "login", url: LOGIN, finalUrl: LOGIN, status: 200, contentType: "text/html", headers: {}, body: "<form>Connexion</form>" },
    {
      role: "policy",
      url: POLICY,
      finalUrl: POLICY,
      status: 200,
      contentType: "text/html",
      headers: {},
      body: "<h1>Confidentialité</h1><p>Les données sont conservées pendant la durée du compte, puis 3 mois.</p>",
    },
  ],
  requests: [
    { url: "https://www.google-analytics.com/analytics.js", pageUrl: LOGIN, seenBy: "html", sent: false },
    { url: "https://securepubads.g.doubleclick.net/tag/js/gpt.js", pageUrl: HOME, seenBy: "html", sent: false },
  ],
  cookies: [{ name: "_ga", domain: ".quizeclair.example", path: "/", maxAgeSeconds: 63_072_000, secure: false, httpOnly: false, sameSite: null, pageUrl: HOME, thirdParty: false }],
  transport: { httpsReachable: true, tlsVersion: "TLSv1.3", certificate: { valid: true, issuer: "Test CA", validTo: "2027-03-01T00:00:00Z", daysLeft: 84, error: null }, httpRedirectsToHttps: true, httpOnly: false, hsts: null },
  addresses: [{ address: "203.0.113.7", family: 4, country: "US", operator: "Example CDN" }],
  problems: [],
};
const RESULT: TScanResult = analyseScan(collected, [
  { requestUrl: "https://www.google-analytics.com/analytics.js", pattern: "google_analytics", name: "Google Analytics", organisation: "Google", category: "site_analytics" },
  { requestUrl: "https://securepubads.g.doubleclick.net/tag/js/gpt.js", pattern: "doubleclick", name: "Google Marketing Platform", organisation: "Google", category: "advertising" },
]);

/** Serves POST /api/scan in the browser; gives the bodies posted. */
async function stubScan(page: Page): Promise<string[]> {
  const posted: string[] = [];
  await page.route((url) => url.pathname === "/api/scan", async (route) => {
    posted.push(route.request().postData() ?? "");
    await new Promise((r) => setTimeout(r, 300));
    return route.fulfill({ json: RESULT });
  });
  return posted;
}

type TDraftSeen = { answers: Record<string, string>; evidence?: Record<string, { kind: string; source: string; quote: string; date: string }[]> };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)("the public scan on the service step in %s", (locale) => {
  const tr = t(locale);

  it("scans from the keyboard, shows what was seen, and answers only what the user accepts, with its source", { timeout: 120_000 }, async () => {
    const base = example("free-consumer-quiz");
    const answers = { ...base.answers };
    delete answers["COM-05"];
    delete answers["COM-02"];
    const doc = { ...base, answers, mode: "head" };
    const { context, page, foreign } = await newContext(browser);
    try {
      const posted = await stubScan(page);
      await seed(page, doc, `/${locale}/assess/context`);
      await formReady(page);
      const button = page.getByRole("button", { name: tr("Scan.button") });
      await button.focus();
      await page.keyboard.press("Enter");
      await page.locator("#scan-results-title").waitFor();
      expect(posted.map((b) => JSON.parse(b) as unknown)).toEqual([{ url: "https://quizeclair.example" }]);
      expect(await page.getByRole("status").filter({ hasText: tr("Scan.done", { observations: RESULT.observations.length, suggestions: RESULT.suggestions.length }) }).count()).toBe(1);
      // The results have the focus, and say what they rest on.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("scan-results-title");
      const results = (await page.textContent("section[aria-labelledby='scan-results-title']")) ?? "";
      for (const topic of ["trackers", "cookies", "transport", "location", "policy", "scan"]) expect(results).toContain(tr(`Scan.topics.${topic}`));
      expect(results).toContain("Les données sont conservées pendant la durée du compte, puis 3 mois.");
      expect(results).toContain("_ga");
      expect(results).toContain("203.0.113.7");
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      // Nothing is answered before a click.
      const before = (await stored(page)) as unknown as TDraftSeen;
      expect(before.answers["COM-05"]).toBeUndefined();
      expect(before.evidence).toBeUndefined();

      // COM-05: the answer and its source.
      await page.getByRole("button", { name: tr("Scan.accept", { answer: tr("Answers.yes"), id: "COM-05" }) }).focus();
      await page.keyboard.press("Enter");
      await page.getByText(tr("Scan.accepted", { id: "COM-05", answer: tr("Answers.yes") })).waitFor();
      // COM-02: a passage to read, added as a source without an answer.
      await page.getByRole("button", { name: tr("Scan.addSource", { id: "COM-02" }) }).click();
      await page.getByText(tr("Scan.sourceAdded", { id: "COM-02" })).waitFor();

      const after = (await stored(page)) as unknown as TDraftSeen;
      expect(after.answers["COM-05"]).toBe("yes");
      expect(after.answers["COM-02"]).toBeUndefined();
      expect(after.evidence?.["COM-05"]).toEqual([
        { kind: "scan", source: LOGIN, quote: "https://www.google-analytics.com/analytics.js", date: "2026-12-07", by: "" },
      ]);
      expect(after.evidence?.["COM-02"]?.[0]).toMatchObject({ kind: "scan", source: HOME, quote: "https://securepubads.g.doubleclick.net/tag/js/gpt.js" });

      // On its own step, COM-05 reads « yes » with one source.
      await page.goto(`/${locale}/assess/com`);
      await formReady(page);
      expect(await page.isChecked("input[name='answers.COM-05'][value='yes']")).toBe(true);
      expect(await page.textContent("#evidence-COM-05")).toBe(tr("Evidence.summary", { count: 1 }));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the public scan turned off", () => {
  it("is worded as the server is set up in the page it sends: off, the hint says so, the button is disabled and sends nothing", async () => {
    const server = await startServer(Number(process.env.E2E_PORT ?? 3217) + 3, { VIGIE_SCAN: "off" });
    try {
      for (const locale of LOCALES) {
        const html = (await (await fetch(`${server.baseUrl}/${locale}/assess/context`)).text()).replaceAll("&#x27;", "'");
        expect(html.match(/<p id="scan-hint"[^>]*>([^<]*)<\/p>/)?.[1]).toBe(t(locale)("Scan.off"));
        expect(html.match(/<button[^>]*aria-describedby="scan-hint"[^>]*>/)?.[0]).toMatch(/\sdisabled=""/);
      }

      const tr = t("en");
      const { context, page, foreign } = await newContext(browser, server.baseUrl);
      try {
        const scans: string[] = [];
        page.on("request", (req) => {
          if (new URL(req.url()).pathname === "/api/scan") scans.push(req.method());
        });
        await seed(page, { ...example("free-consumer-quiz"), mode: "head" }, "/en/assess/context");
        await formReady(page);
        const button = page.getByRole("button", { name: tr("Scan.button") });
        expect(await button.isDisabled()).toBe(true);
        expect(await page.textContent("#scan-hint")).toBe(tr("Scan.off"));
        await page.locator(`#${fieldDomId("service.url")}`).waitFor();
        await button.click({ force: true });
        expect(scans).toEqual([]);
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    } finally {
      await server.stop();
    }
  });
});
