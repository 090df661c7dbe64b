import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { IntlErrorCode } from "next-intl";
import { inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

/** next-intl's errors in the browser: above all a message a client component asks for and was not sent. */
const INTL_ERROR = new RegExp(`\\b(${Object.values(IntlErrorCode).join("|")})\\b`);
const intlErrors: string[] = [];

/** The next-intl errors logged in any page since the last call (e2e/support/intl-guard.ts). */
export const takeIntlErrors = () => intlErrors.splice(0);

/**
 * React's hydration errors in production (#418 the server's HTML does not match, #423 the root is
 * rendered again in the browser, #425 a text differs): the page works, but it was rendered twice
 * and its ids and focus moved under the user.
 */
const HYDRATION_ERROR = /Minified React error #(418|423|425)\b|Hydration failed/;
const hydrationErrors: string[] = [];

/** The hydration errors raised in any page since the last call (e2e/support/intl-guard.ts). */
export const takeHydrationErrors = () => hydrationErrors.splice(0);

/**
 * A fresh context (empty storage) on the suite's server (or `base`) whose requests to any other
 * host are recorded, and whose next-intl errors fail the test.
 */
export async function newContext(browser: Browser, base = baseUrl()): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await browser.newContext({ baseURL: base, acceptDownloads: true });
  const foreign: string[] = [];
  const own = new URL(base).host;
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.host !== own) foreign.push(req.url());
  });
  context.on("console", (m) => {
    if (m.type() === "error" && INTL_ERROR.test(m.text())) intlErrors.push(`${m.location().url}: ${m.text()}`);
  });
  context.on("page", returnWhenHydrated);
  const page = await context.newPage();
  returnWhenHydrated(page);
  return { context, page, foreign };
}

const waiting = new WeakSet<Page>();

/**
 * Makes the page's `goto` and `reload` return once React has hydrated the document, when it is one
 * of the app's pages (`<html data-hydrated>`, components/shell/hydration-mark.tsx): until then a
 * click on a button reaches no handler, and a form's submit button submits it natively, so a test
 * that clicks at once would fail on a busy machine only.
 */
function returnWhenHydrated(page: Page) {
  if (waiting.has(page)) return;
  waiting.add(page);
  page.on("pageerror", (e) => {
    if (HYDRATION_ERROR.test(e.message)) hydrationErrors.push(`${page.url()}: ${e.message}`);
  });
  for (const name of ["goto", "reload"] as const) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page["goto"]>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const res = await navigate(...args);
        if (res?.headers()["content-type"]?.startsWith("text/html")) await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 30_000 });
        return res;
      },
    });
  }
}
