import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_VERSION } from "@/lib/domain/catalogue";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { formReady, stored, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** zod names its base type in its code (minified or not): a script holding the name carries zod. */
const ZOD_MARK = "\"$ZodType\"";

/** Every script the page loads until the network is idle, by URL. */
function recordScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on("response", (res) => {
    if (res.request().resourceType() === "script") scripts.set(res.url(), res.text().catch(() => ""));
  });
  return scripts;
}

/** The catalogue's module holds its version, and no other module does: a script holding it carries the catalogue. */
const CATALOGUE_MARK = JSON.stringify(CATALOGUE_VERSION);

async function withMark(scripts: Map<string, Promise<string>>, mark: string): Promise<string[]> {
  const found: string[] = [];
  for (const [url, body] of scripts) if ((await body).includes(mark)) found.push(url);
  return found;
}
const withZod = (scripts: Map<string, Promise<string>>) => withMark(scripts, ZOD_MARK);

describe("first load", () => {
  it("the start page's first load holds none of the catalogue's code; the form's does", async () => {
    // The scripts each page's HTML names: what the browser runs before the page answers clicks.
    const firstLoad = async (path: string) => {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      const urls = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => new URL(m[1] ?? "", baseUrl()).href);
      return new Map(urls.map((url) => [url, fetch(url).then((res) => res.text())] as const));
    };
    const start = await firstLoad("/fr");
    expect(start.size).toBeGreaterThan(0);
    expect(await withMark(start, CATALOGUE_MARK)).toEqual([]);
    expect(await withMark(await firstLoad("/fr/assess/context"), CATALOGUE_MARK)).not.toEqual([]);
  });

  it("the start page and the form load no schema code; the form loads it on the first answer and still checks", async () => {
    const { context, page, foreign } = await newContext(browser);
    const scripts = recordScripts(page);

    await page.goto(`${baseUrl()}/fr`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: t("fr")("Start.start") }).click();
    await formReady(page);
    await page.waitForLoadState("networkidle");
    expect(scripts.size).toBeGreaterThan(0);
    expect(await withZod(scripts)).toEqual([]);

    // A direct load of the form too (its own first load, not a client navigation).
    await page.goto(`${baseUrl()}/fr/assess/context`, { waitUntil: "networkidle" });
    await formReady(page);
    expect(await withZod(scripts)).toEqual([]);

    // The first answer brings the schema in, and "Next" with the service name blank is refused by it.
    const name = page.getByLabel(t("fr")("Form.fields.serviceName.label"), { exact: false });
    await name.fill("x");
    await name.fill("");
    await page.waitForLoadState("networkidle");
    await expect.poll(() => withZod(scripts)).not.toEqual([]);
    await page.getByRole("button", { name: t("fr")("Nav.next") }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(t("fr")("FormErrors.serviceNameRequired"));
    expect(page.url()).toContain("/fr/assess/context");
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("says when the answers cannot be checked (the schema does not load), keeps them, and checks them once it loads", async () => {
    const { context, page, foreign } = await newContext(browser);
    const fr = t("fr");
    let offline = true;
    await page.route("**/_next/static/chunks/**", async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      if (offline && body.includes(ZOD_MARK)) return route.abort("internetdisconnected");
      return route.fulfill({ response: res, body });
    });

    await page.goto(`${baseUrl()}/fr/assess/context`);
    await formReady(page);
    const name = page.getByLabel(fr("Form.fields.serviceName.label"), { exact: false });
    await name.fill("QuizÉclair");
    await page.getByRole("button", { name: fr("Nav.next") }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(fr("FormErrors.checkUnavailable"));
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(page.url()).toContain("/fr/assess/context");

    // Nothing is lost: the name is kept in this browser.
    expect((await stored(page))?.service.name).toBe("QuizÉclair");

    // Back online, without reloading: the same button checks the answers and goes on.
    offline = false;
    await page.getByRole("button", { name: fr("Nav.next") }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/assess/context"));
    expect(foreign).toEqual([]);
    await context.close();
  });
});
