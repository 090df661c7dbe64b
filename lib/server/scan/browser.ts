import "server-only";
import type { TScanCookie, TScanProblem, TScanRequest } from "@/lib/domain/scan/scan-shape";
import { sameSite, siteOf } from "./read-html";
import { fetchPage, type TFetchContext } from "./safe-fetch";

/**
 * Browser mode: the home page loaded in headless Chromium (playwright-core), to see what scripts load
 * at run time and the cookies they set. Chromium itself never reaches the network: every request
 * it makes is intercepted (context.route) and either refused (recorded, not sent) or fetched by the
 * scan's own safe fetch (the same address check, the checked address pinned, the same caps) and
 * handed back to it. As a second wall, its resolver answers nothing (`--host-resolver-rules`), its
 * proxy is an address where nothing listens (for IP literals and anything not intercepted),
 * WebSockets are closed, service workers blocked and WebRTC kept to the proxy.
 */

export interface TBrowserOptions {
  /** The Chromium binary (VIGIE_SCAN_CHROMIUM). */
  chromium: string;
  /** Other sites' requests: refused and recorded as not sent (the default, see scanSettings), or fetched. */
  thirdParty: "fetch" | "abort";
  /** Requests handed to Chromium at most. */
  maxRequests?: number;
}

export type TBrowserSeen = { started: boolean; requests: TScanRequest[]; cookies: TScanCookie[]; problems: { code: TScanProblem; url: string }[] };

export const emptySeen = (): TBrowserSeen => ({ started: false, requests: [], cookies: [], problems: [] });

/** Chromium refuses to start its sandbox as root: there, and only there, it runs without it. */
const SANDBOX_ARGS = typeof process.getuid === "function" && process.getuid() === 0 ? ["--no-sandbox"] : [];

const ARGS = [
  ...SANDBOX_ARGS,
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--disable-features=NetworkPrediction,OptimizationHints,MediaRouter",
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--proxy-server=socks5://127.0.0.1:9",
  "--proxy-bypass-list=<-loopback>",
  "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
];

/** Time left for Chromium to start, load the page and let its scripts run a little. */
const SETTLE_MS = 1_500;

/**
 * Loads `homeUrl` in headless Chromium within `deadline` (ms since the epoch), writing what it sees
 * into `seen` as it goes (a caller that stops waiting keeps what was seen); `seen.started` stays
 * false when Chromium could not be started (the scan stays static). The scan's signal closes
 * Chromium at once.
 */
export async function browserPass(homeUrl: string, ctx: TFetchContext, options: TBrowserOptions, deadline: number, seen: TBrowserSeen): Promise<void> {
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    return;
  }
  const left = () => Math.max(0, deadline - Date.now());
  if (left() === 0 || ctx.signal.aborted) return;
  let browser: import("playwright-core").Browser;
  try {
    browser = await playwright.chromium.launch({ executablePath: options.chromium, headless: true, args: ARGS, timeout: Math.max(1, left()) });
  } catch {
    return;
  }
  const close = () => void browser.close().catch(() => {});
  ctx.signal.addEventListener("abort", close, { once: true });
  if (ctx.signal.aborted) close();
  seen.started = true;
  const record = (url: string, pageUrl: string, sent: boolean) => {
    if (!seen.requests.some((r) => r.url === url)) seen.requests.push({ url, pageUrl, seenBy: "runtime", sent });
  };
  const problem = (code: TScanProblem, url: string) => {
    if (!seen.problems.some((p) => p.code === code && p.url === url)) seen.problems.push({ code, url });
  };
  let handed = 0;
  const max = options.maxRequests ?? 150;
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: "block", acceptDownloads: false, locale: "fr-FR" });
    await context.routeWebSocket(/.*/, (ws) => ws.close());
    await context.route("**/*", async (route) => {
      const request = route.request();
      const url = request.url();
      const frameUrl = (() => {
        try {
          return request.frame().url() || homeUrl;
        } catch {
          return homeUrl;
        }
      })();
      const pageUrl = /^https?:/.test(frameUrl) ? frameUrl : homeUrl;
      if (!/^https?:/i.test(url)) return route.abort("blockedbyclient").catch(() => {});
      const third = !sameSite(url, homeUrl);
      if (third && options.thirdParty === "abort") {
        record(url, pageUrl, false);
        return route.abort("blockedbyclient").catch(() => {});
      }
      if (handed >= max || left() === 0 || request.method() !== "GET") {
        if (third) record(url, pageUrl, false);
        return route.abort("blockedbyclient").catch(() => {});
      }
      handed++;
      const fetched = await fetchPage(url, ctx, { follow: false, anyContent: true, keepBytes: true });
      if (!fetched.ok) {
        if (third) record(url, pageUrl, false);
        if (fetched.problem === "refused_address") problem("refused_address", fetched.url);
        return route.abort(fetched.problem === "refused_address" ? "blockedbyclient" : "failed").catch(() => {});
      }
      if (third) record(url, pageUrl, true);
      const hop = fetched.hops.at(-1);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(fetched.headers)) {
        if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name)) headers[name] = value;
      }
      if (hop !== undefined && hop.setCookies.length > 0) headers["set-cookie"] = hop.setCookies.join("\n");
      return route.fulfill({ status: fetched.status, headers, body: fetched.bytes ?? Buffer.alloc(0) }).catch(() => {});
    });
    const page = await context.newPage();
    try {
      await page.goto(homeUrl, { waitUntil: "load", timeout: Math.max(1, left() - SETTLE_MS) });
      await page.waitForLoadState("networkidle", { timeout: Math.max(1, Math.min(SETTLE_MS, left())) }).catch(() => {});
    } catch {
      problem(left() === 0 ? "scan_timeout" : "timeout", homeUrl);
    }
    const now = Date.now() / 1000;
    seen.cookies = (await context.cookies()).map((c) => ({
      name: c.name,
      domain: c.domain.replace(/^\./, ""),
      path: c.path,
      maxAgeSeconds: c.expires < 0 ? null : Math.max(0, Math.round(c.expires - now)),
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      pageUrl: homeUrl,
      thirdParty: siteOf(`http://${c.domain.replace(/^\./, "")}/`) !== siteOf(homeUrl),
    }));
  } catch {
    // Chromium closed under it (the scan's time ran out): what was seen is kept.
  } finally {
    ctx.signal.removeEventListener("abort", close);
    await browser.close().catch(() => {});
  }
}
