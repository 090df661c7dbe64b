import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's CSP nonce, which Next must put on every script of the page. */
const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

describe("page not found", () => {
  it("sends an unknown locale to the default one, whose 404 page is server-rendered in French", async () => {
    const first = await fetch(`${baseUrl()}/de/assess/1`, { redirect: "manual" });
    expect(first.status).toBe(307);
    expect(first.headers.get("location")).toBe("/fr/de/assess/1");

    for (const path of ["/de", "/de/assess/1"]) {
      const res = await fetch(`${baseUrl()}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('<html lang="fr">');
      expect(html, path).toContain(`<h1>${t("fr")("NotFound.title")}</h1>`);
      expect(html, path).toContain(`<title>${t("fr")("NotFound.title")} · ${t("fr")("Metadata.title")}</title>`);
      expect(html, path).not.toContain("This page could not be found");
    }
  });

  it.each([
    ["/fr/nonexistent", "fr"],
    ["/en/nonexistent/deeper", "en"],
    ["/en/report.pdf", "en"],
    ["/fr/rapport.v2/suite", "fr"],
  ] as const)("answers %s with a 404 page in its own language, with the page CSP and its nonce", async (path, locale) => {
    const res = await fetch(`${baseUrl()}${path}`);
    expect(res.status).toBe(404);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await res.text();
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(`<h1>${t(locale)("NotFound.title")}</h1>`);
    expect(html).toContain(`<p>${t(locale)("NotFound.text")}</p>`);
    // Every script carries this response's nonce: none is blocked by the CSP.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonceOf(res)}"`);
  });

  // The proxy picks the locale of an unprefixed path from Accept-Language (French without it). A
  // root path with a dot would otherwise be taken for a locale ("rapport.pdf") and get an empty error
  // page: the proxy sends it under the browser's locale like any other path.
  it.each(LOCALES.flatMap((locale) => ["/de", "/rapport.pdf"].map((path) => [path, locale] as const)))(
    "answers %s for a browser in %s with its styled 404 page, without axe violation nor CSP report, linking home",
    async (path, locale) => {
      const { context, page, foreign } = await newContext(browser);
      await context.setExtraHTTPHeaders({ "Accept-Language": locale });
      const refused: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && /Content Security Policy|Refused/.test(m.text())) refused.push(m.text());
      });
      try {
        const res = await page.goto(path);
        expect(res?.status()).toBe(404);
        expect(page.url()).toBe(`${baseUrl()}/${locale}${path}`);
        expect(await page.locator("h1").textContent()).toBe(t(locale)("NotFound.title"));
        await page.waitForLoadState("networkidle");
        expect(refused).toEqual([]);
        // globals.css sets the system font stack; unstyled, Chromium would use its serif default.
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("system-ui");
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => v.id)).toEqual([]);
        await page.getByRole("link", { name: t(locale)("NotFound.home") }).click();
        await page.waitForURL(`**/${locale}`);
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
