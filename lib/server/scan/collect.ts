import "server-only";
import type { TScanCollected, TScanCookie, TScanPage, TScanPageRole, TScanProblem, TScanRequest, TScanTransport } from "@/lib/domain/scan/scan-shape";
import { browserPass, emptySeen, type TBrowserOptions } from "./browser";
import { cookiesOf } from "./cookies";
import { locate } from "./geo";
import { loginLink, policyLinks, readHtml, thirdPartyResources, type TPageRead } from "./read-html";
import { fetchPage, type TFetchContext, type TFetched, type TFetchFailed, type THop } from "./safe-fetch";
import { resolveTarget } from "./url-check";
import { bareUrl } from "@/lib/domain/scan/bare-url";

/**
 * The static scan: the home page (redirects followed, each checked), the login page when the home
 * page links one, the privacy policy pages it links (same site), and one request for the other scheme
 * (is HTTPS there, does HTTP redirect to it) when the URL names no port. Third-party resources are
 * read from the HTML and recorded, never fetched. With `browser`, the home page is then also loaded
 * in headless Chromium (browser.ts), whose requests and cookies are added. Every part that fails is
 * listed in `problems`; the scan always ends within its time. The URLs it returns keep no query,
 * fragment or `;parameters` (bareUrl).
 */

/** Policy pages fetched at most (a French and an English one, and one more). */
const POLICY_PAGES_MAX = 3;

export interface TCollectOptions extends Omit<TFetchContext, "signal"> {
  /** Stops the scan early (the client went away). */
  signal?: AbortSignal;
  now?: () => Date;
  /** Also load the home page in headless Chromium (browser mode). */
  browser?: TBrowserOptions;
  /**
   * Tests only: the ports taken as each scheme's own for the other-scheme request (80 and 443
   * otherwise), so that two loopback fixtures can stand for one host's http and https.
   */
  schemePorts?: { http: number; https: number };
}

/** The collected scan with every URL bare (bareUrl), merging what becomes the same. */
function bareCollected(c: TScanCollected): TScanCollected {
  const requests: TScanRequest[] = [];
  for (const r of c.requests) {
    const bare = { ...r, url: bareUrl(r.url), pageUrl: bareUrl(r.pageUrl) };
    const known = requests.find((k) => k.url === bare.url && k.pageUrl === bare.pageUrl && k.seenBy === bare.seenBy);
    if (known === undefined) requests.push(bare);
    else known.sent ||= bare.sent;
  }
  const problems: TScanCollected["problems"] = [];
  for (const p of c.problems) {
    const bare = { code: p.code, url: bareUrl(p.url) };
    if (!problems.some((k) => k.code === bare.code && k.url === bare.url)) problems.push(bare);
  }
  return {
    ...c,
    url: bareUrl(c.url),
    finalUrl: bareUrl(c.finalUrl),
    pages: c.pages.map((p) => ({ ...p, url: bareUrl(p.url), finalUrl: bareUrl(p.finalUrl) })),
    requests,
    cookies: c.cookies.map((k) => ({ ...k, pageUrl: bareUrl(k.pageUrl) })),
    problems,
  };
}

const isHtml = (contentType: string) => /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType) || contentType.trim() === "";
const answered = (h: THop) => h.status > 0;

function hstsOf(header: string | undefined): TScanTransport["hsts"] {
  if (header === undefined) return null;
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(header)?.[1];
  if (maxAge === undefined) return null;
  return { maxAgeSeconds: Number(maxAge), includeSubDomains: /(?:^|;)\s*includesubdomains\s*(?:;|$)/i.test(header) };
}

/** Whether a chain of answers that starts on http:// goes to https:// (null: it did not start there or nothing answered). */
function redirectsToHttps(hops: readonly THop[]): boolean | null {
  const first = hops[0];
  if (first === undefined || !first.url.startsWith("http:")) return null;
  return hops.slice(1).some((h) => h.url.startsWith("https:"));
}

/**
 * What the answers say of the transport. `httpsRefused`: a connection to the same host's https://
 * was refused (ECONNREFUSED); with an http:// page that answered 2xx (not a redirect), plain HTTP
 * alone is a finding. When HTTPS was not tried (a URL with its own port), did not answer in time,
 * was reset or failed its handshake, nothing is said of it.
 */
export function transportOf(hops: readonly THop[], typedHttpRedirect: boolean | null, now: Date, httpsRefused: boolean): TScanTransport {
  const secure = hops.find((h) => h.url.startsWith("https:") && answered(h));
  const tls = secure?.tls ?? null;
  const daysLeft = tls?.validTo ? Math.floor((new Date(tls.validTo).getTime() - now.getTime()) / 86_400_000) : null;
  return {
    httpsReachable: secure !== undefined,
    tlsVersion: tls?.version ?? null,
    certificate:
      tls === null
        ? null
        : { valid: tls.authorized && (daysLeft === null || daysLeft >= 0), issuer: tls.issuer, validTo: tls.validTo, daysLeft, error: tls.error ?? (daysLeft !== null && daysLeft < 0 ? "CERT_HAS_EXPIRED" : null) },
    httpRedirectsToHttps: typedHttpRedirect,
    httpOnly: httpsRefused && secure === undefined && hops.some((h) => h.url.startsWith("http:") && h.status >= 200 && h.status < 300),
    hsts: secure === undefined ? null : hstsOf(secure.headers["strict-transport-security"]),
  };
}

export async function collectScan(url: URL, options: TCollectOptions): Promise<TScanCollected> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.limits.scanMs);
  const signal = options.signal === undefined ? controller.signal : AbortSignal.any([controller.signal, options.signal]);
  const ctx: TFetchContext = { ...options, signal };
  const pages: TScanPage[] = [];
  const requests: TScanRequest[] = [];
  const problems: { code: TScanProblem; url: string }[] = [];
  const problem = (code: TScanProblem, at: string) => {
    if (!problems.some((p) => p.code === code && p.url === at)) problems.push({ code, url: at });
  };
  let pagesLeft = options.limits.maxPages;

  /** Fetches a page within the page budget; records its problems. */
  const fetchCounted = async (target: string, follow = true): Promise<TFetched | TFetchFailed | null> => {
    if (pagesLeft <= 0) return null;
    pagesLeft--;
    const result = await fetchPage(target, ctx, { follow });
    if (!result.ok) problem(result.problem, result.url);
    return result;
  };

  /** Keeps a fetched page and reads its HTML; records why it could not be read. */
  const keep = (role: TScanPageRole, result: TFetched): TPageRead | null => {
    pages.push({ role, url: result.url, finalUrl: result.finalUrl, status: result.status, contentType: result.contentType, body: result.body, headers: result.headers });
    if (result.truncated) problem("too_large", result.finalUrl);
    if (result.status >= 400) problem("http_error", result.finalUrl);
    else if (!isHtml(result.contentType)) problem("not_html", result.finalUrl);
    if (result.status >= 400 || !isHtml(result.contentType)) return null;
    const read = readHtml(result.body, result.finalUrl);
    for (const resource of thirdPartyResources(read, result.finalUrl)) {
      if (!requests.some((r) => r.url === resource && r.pageUrl === result.finalUrl)) requests.push({ url: resource, pageUrl: result.finalUrl, seenBy: "html", sent: false });
    }
    return read;
  };

  try {
    const home = await fetchCounted(url.href);
    const homeRead = home?.ok ? keep("home", home) : null;
    const finalUrl = home?.ok ? home.finalUrl : url.href;
    const cookies: TScanCookie[] = (home?.hops ?? []).flatMap((h) => cookiesOf(h.setCookies, h.url, finalUrl, started));

    // The other scheme, on the default ports only (a URL with a port names one server and one scheme).
    const homeHops = home?.hops ?? [];
    const final = new URL(finalUrl);
    const ports = options.schemePorts ?? { http: 80, https: 443 };
    const onSchemePort = (u: URL) => {
      const scheme = u.protocol === "https:" ? "https" : "http";
      return (u.port === "" ? (scheme === "https" ? 443 : 80) : Number(u.port)) === ports[scheme];
    };
    const otherSchemeUrl = (scheme: "http" | "https") => {
      const u = new URL(`${scheme}://${final.host}/`);
      u.port = String(ports[scheme]);
      return u.href;
    };
    // Only a refused connection says HTTPS is not there: a DNS failure, a timeout, a reset or a
    // failed handshake says nothing of it.
    const refused = (r: TFetched | TFetchFailed | null) => r !== null && !r.ok && r.errorCode === "ECONNREFUSED";
    let httpsRefused = url.protocol === "https:" && refused(home);
    const otherScheme = async (): Promise<THop[]> => {
      if (!onSchemePort(final) || !onSchemePort(url)) return [];
      if (final.protocol === "https:" && url.protocol === "https:") return (await fetchCounted(otherSchemeUrl("http")))?.hops ?? [];
      if (final.protocol === "http:" && !homeHops.some((h) => h.url.startsWith("https:"))) {
        const probe = await fetchCounted(otherSchemeUrl("https"), false);
        if (refused(probe)) httpsRefused = true;
        return probe?.hops ?? [];
      }
      return [];
    };

    const login = homeRead === null ? null : loginLink(homeRead, finalUrl);
    const [probeHops, loginResult] = await Promise.all([otherScheme(), login === null ? Promise.resolve(null) : fetchCounted(login)]);
    const loginRead = loginResult?.ok ? keep("login", loginResult) : null;

    const policies = [...(homeRead === null ? [] : policyLinks(homeRead, finalUrl, POLICY_PAGES_MAX))];
    if (policies.length === 0 && loginRead !== null && loginResult?.ok) policies.push(...policyLinks(loginRead, loginResult.finalUrl, POLICY_PAGES_MAX));
    const policyResults = await Promise.all(policies.map((p) => fetchCounted(p)));
    for (const r of policyResults) if (r?.ok) keep("policy", r);

    const httpChain = redirectsToHttps(homeHops) ?? redirectsToHttps(probeHops);
    const transport = transportOf([...homeHops, ...probeHops], httpChain, started, httpsRefused);

    let mode: TScanCollected["mode"] = "static";
    if (options.browser !== undefined && homeRead !== null && !signal.aborted) {
      const seen = emptySeen();
      const deadline = started.getTime() + options.limits.scanMs;
      let wait: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        browserPass(finalUrl, ctx, options.browser, deadline, seen).then(() => true),
        new Promise<false>((resolve) => (wait = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())))),
      ]);
      clearTimeout(wait);
      if (!inTime) problem("scan_timeout", finalUrl);
      if (seen.started) {
        mode = "browser";
        for (const r of seen.requests) if (!requests.some((known) => known.url === r.url && known.seenBy === "runtime")) requests.push(r);
        for (const c of seen.cookies) if (!cookies.some((known) => known.name === c.name && known.domain === c.domain && known.path === c.path)) cookies.push(c);
        for (const p of seen.problems) problem(p.code, p.url);
      }
    }

    const lastHop = homeHops.at(-1);
    let resolved = lastHop?.addresses ?? [];
    if (resolved.length === 0 && !signal.aborted) {
      const target = await resolveTarget(final, { allowHosts: options.allowHosts, timeoutMs: options.limits.requestMs, ...(options.resolve ? { resolve: options.resolve } : {}) });
      if (target.ok) resolved = target.addresses;
    }
    return bareCollected({
      url: url.href,
      finalUrl,
      mode,
      scannedAt: started.toISOString(),
      pages,
      requests,
      cookies,
      transport,
      addresses: await locate(resolved),
      problems,
    });
  } finally {
    clearTimeout(timer);
  }
}
