import https from "node:https";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts } from "./address-policy";
import { collectScan, transportOf, type TCollectOptions } from "./collect";
import { SCAN_LIMITS, type THop } from "./safe-fetch";
import { matchTrackers } from "./trackers";
import { html, never, redirect, selfSignedCertificate, serveSite, type TCertificate, type TFixtureSite } from "./testing/fixture-sites";
import type { TResolved } from "./url-check";

// Fixture vendor sites on 127.0.0.1; the resolver answers 127.0.0.1 for that address only, and
// records every name it is asked: the third parties' names never are.

const HOME = `<!doctype html><html lang="fr"><head><title>Classe Facile</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XYZ"></script>
<script>window.dataLayer=[];(function(){var s=document.createElement('script');s.src='https://static.hotjar.com/c/hotjar-1.js';})()</script>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><link rel="stylesheet" href="/app.css">
</head><body><img src="https://www.facebook.com/tr?id=1&ev=PageView" alt=""><img src="/logo.svg" alt="Classe Facile">
<a href="/connexion">Se connecter</a>
<footer><a href="/politique-de-confidentialite">Politique de confidentialité</a> · <a href="/en/privacy">Privacy policy</a>
<a href="https://www.partner.example/privacy">Partner's privacy</a></footer></body></html>`;

const POLICY_FR = `<html lang="fr"><body><h1>Politique de confidentialité</h1><p>Notre délégué à la protection des données : dpo@classe-facile.fr.</p>
<p>Les données sont conservées un an après la fin du contrat.</p></body></html>`;
const POLICY_EN = `<html lang="en"><body><h1>Privacy policy</h1><p>Contact our Data Protection Officer at dpo@classe-facile.fr.</p></body></html>`;
const LOGIN = `<html><body><form><input name="login"></form><script src="https://cdn.matomo.cloud/classe.matomo.cloud/matomo.js"></script></body></html>`;

// A home page that loads no advertising: social profiles named in JSON-LD, a connection hint, reCAPTCHA.
const NO_ADS = `<html><head><link rel="preconnect" href="https://www.facebook.com">
<script type="application/ld+json">{"@type":"Organization","sameAs":["https://www.facebook.com/classefacile","https://twitter.com/classefacile"]}</script>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head><body><p>Classe Facile</p></body></html>`;

let vendor: TFixtureSite;
let secure: TFixtureSite;
let hanging: TFixtureSite;
let refusedTarget: TFixtureSite;
let certificate: TCertificate;
const asked: string[] = [];

const resolve = async (host: string): Promise<TResolved[]> => {
  asked.push(host);
  if (host === "127.0.0.1") return [{ address: "127.0.0.1", family: 4 }];
  throw new Error("ENOTFOUND");
};

beforeAll(async () => {
  certificate = selfSignedCertificate(20);
  refusedTarget = await serveSite({ "*": html("<p>internal</p>") });
  secure = await serveSite(
    {
      "/": html(HOME.replace('href="/connexion"', 'href="/nowhere"'), { "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload", "Set-Cookie": "sid=abc; Secure; HttpOnly; SameSite=Lax" }),
      "/politique-de-confidentialite": html(POLICY_FR),
      "/en/privacy": html(POLICY_EN),
    },
    certificate,
  );
  vendor = await serveSite({
    "/": html(HOME, { "Set-Cookie": ["session=s1; Path=/; HttpOnly; SameSite=Lax", "_ga=GA1.1.1; Max-Age=33696000"] }),
    "/connexion": html(LOGIN),
    "/politique-de-confidentialite": html(POLICY_FR),
    "/en/privacy": html(POLICY_EN),
    "/start": redirect("/step"),
    "/step": redirect("/", 301),
    "/to-secure": redirect(() => `${secure.origin}/`, 301),
    "/to-internal": redirect(() => `${refusedTarget.origin}/admin`),
    "/to-loopback-name": redirect(() => `http://localhost:${refusedTarget.port}/`),
    "/no-ads": html(NO_ADS),
    "/sso;jsessionid=ABC123?token=typed-secret": redirect("/login-sso?SAMLRequest=c2VjcmV0&RelayState=token-42#frag"),
    "/login-sso?SAMLRequest=c2VjcmV0&RelayState=token-42": html(
      `<script src="https://cdn.example-analytics.net/a.js?uid=token-42"></script><a href="/privacy-missing?session=token-42">Privacy</a>`,
      { "Set-Cookie": "sso=1" },
    ),
  });
  hanging = await serveSite({ "/": never(), "/half": never(true), "/slow-policy": html(`<a href="/privacy">Privacy</a>`), "/privacy": never() });
});

afterAll(async () => {
  await Promise.all([vendor.close(), secure.close(), hanging.close(), refusedTarget.close()]);
});

const options = (extra: Partial<TCollectOptions> = {}): TCollectOptions => ({
  limits: { ...SCAN_LIMITS, requestMs: 500, scanMs: 3000 },
  allowHosts: allowedHosts([vendor, secure, hanging].map((s) => s.hostPort).join(",")),
  resolve,
  ...extra,
});

describe("collectScan on fixture vendor sites", () => {
  it("collects the home page, login page, policies in fr and en, cookies and third parties, fetching no third party", async () => {
    asked.length = 0;
    const hits = vendor.hits.length;
    const started = Date.now();
    const c = await collectScan(new URL(`${vendor.origin}/`), options());
    const elapsed = Date.now() - started;
    expect(c).toMatchObject({ url: `${vendor.origin}/`, finalUrl: `${vendor.origin}/`, mode: "static", problems: [] });
    expect(c.pages.map((p) => [p.role, new URL(p.finalUrl).pathname])).toEqual([
      ["home", "/"],
      ["login", "/connexion"],
      ["policy", "/politique-de-confidentialite"],
      ["policy", "/en/privacy"],
    ]);
    expect(c.pages.find((p) => p.finalUrl.endsWith("/en/privacy"))?.body).toContain("Data Protection Officer");
    expect(c.requests).toEqual(
      expect.arrayContaining([
        { url: "https://www.googletagmanager.com/gtag/js", pageUrl: `${vendor.origin}/`, seenBy: "html", sent: false },
        { url: "https://static.hotjar.com/c/hotjar-1.js", pageUrl: `${vendor.origin}/`, seenBy: "html", sent: false },
        { url: "https://www.facebook.com/tr", pageUrl: `${vendor.origin}/`, seenBy: "html", sent: false },
        { url: "https://fonts.googleapis.com/css2", pageUrl: `${vendor.origin}/`, seenBy: "html", sent: false },
        { url: "https://cdn.matomo.cloud/classe.matomo.cloud/matomo.js", pageUrl: `${vendor.origin}/connexion`, seenBy: "html", sent: false },
      ]),
    );
    expect(c.requests.every((r) => !r.sent && !r.url.includes("127.0.0.1"))).toBe(true);
    expect(c.cookies).toEqual([
      { name: "session", domain: "127.0.0.1", path: "/", maxAgeSeconds: null, secure: false, httpOnly: true, sameSite: "Lax", pageUrl: `${vendor.origin}/`, thirdParty: false },
      expect.objectContaining({ name: "_ga", maxAgeSeconds: 33696000 }),
    ]);
    // A URL with its own port names one scheme: HTTPS was not tried, so plain HTTP is not a finding.
    expect(c.transport).toEqual({ httpsReachable: false, tlsVersion: null, certificate: null, httpRedirectsToHttps: false, httpOnly: false, hsts: null });
    expect(c.addresses).toEqual([{ address: "127.0.0.1", family: 4, country: null, operator: null }]);
    // Only the fixture's own address was ever resolved; the fixture got the four pages, not the partner's link.
    expect(new Set(asked)).toEqual(new Set(["127.0.0.1"]));
    expect(vendor.hits.slice(hits).sort()).toEqual(["/", "/connexion", "/en/privacy", "/politique-de-confidentialite"]);
    expect(elapsed).toBeLessThan(4000);
  });

  it("counts only what the page loads: no advertising from JSON-LD profiles, hints or reCAPTCHA's domain", async () => {
    const c = await collectScan(new URL(`${vendor.origin}/no-ads`), options());
    expect(c.requests.map((r) => r.url)).toEqual(["https://www.google.com/recaptcha/api.js"]);
    const matches = await matchTrackers(c.requests.map((r) => r.url));
    expect(matches.map((m) => [m.pattern, m.category])).toEqual([["google_recaptcha", "utilities"]]);
  });

  it("keeps no query, fragment or ;parameters in the URLs it returns", async () => {
    const c = await collectScan(new URL(`${vendor.origin}/sso;jsessionid=ABC123?token=typed-secret`), options());
    const kept = JSON.stringify({ url: c.url, finalUrl: c.finalUrl, pages: c.pages.map((p) => [p.url, p.finalUrl]), requests: c.requests, cookies: c.cookies, problems: c.problems });
    expect(kept).not.toMatch(/typed-secret|jsessionid|SAMLRequest|token-42|frag|\?/);
    expect(c).toMatchObject({ url: `${vendor.origin}/sso`, finalUrl: `${vendor.origin}/login-sso` });
    expect(c.pages.map((p) => [p.url, p.finalUrl])).toEqual([
      [`${vendor.origin}/sso`, `${vendor.origin}/login-sso`],
      [`${vendor.origin}/privacy-missing`, `${vendor.origin}/privacy-missing`],
    ]);
    expect(c.requests).toEqual([{ url: "https://cdn.example-analytics.net/a.js", pageUrl: `${vendor.origin}/login-sso`, seenBy: "html", sent: false }]);
    expect(c.cookies).toEqual([expect.objectContaining({ name: "sso", pageUrl: `${vendor.origin}/login-sso` })]);
    expect(c.problems).toEqual([{ code: "http_error", url: `${vendor.origin}/privacy-missing` }]);
  });

  it("follows a redirect chain to the home page", async () => {
    const c = await collectScan(new URL(`${vendor.origin}/start`), options());
    expect(c.finalUrl).toBe(`${vendor.origin}/`);
    expect(c.pages[0]).toMatchObject({ role: "home", url: `${vendor.origin}/start`, status: 200 });
  });

  it("reads HTTPS: redirect from HTTP, TLS version, certificate, HSTS", async () => {
    const c = await collectScan(new URL(`${vendor.origin}/to-secure`), options({ ca: certificate.cert }));
    expect(c.finalUrl).toBe(`${secure.origin}/`);
    expect(c.transport).toMatchObject({
      httpsReachable: true,
      tlsVersion: expect.stringMatching(/^TLSv1\.[23]$/),
      certificate: { valid: true, issuer: "Vigie Test CA", error: null, daysLeft: expect.any(Number) },
      httpRedirectsToHttps: true,
      httpOnly: false,
      hsts: { maxAgeSeconds: 63072000, includeSubDomains: true },
    });
    expect(c.transport.certificate?.daysLeft).toBeGreaterThanOrEqual(19);
    expect(c.transport.certificate?.daysLeft).toBeLessThanOrEqual(20);
    expect(c.cookies).toEqual([expect.objectContaining({ name: "sid", secure: true, httpOnly: true, domain: "127.0.0.1" })]);
    expect(c.pages.filter((p) => p.role === "policy")).toHaveLength(2);
  });

  it("says a self-signed certificate is not valid when nothing vouches for it", async () => {
    const c = await collectScan(new URL(`${secure.origin}/`), options());
    expect(c.transport.certificate).toMatchObject({ valid: false, error: expect.stringMatching(/SELF_SIGNED|DEPTH_ZERO/) });
    expect(c.transport.httpRedirectsToHttps).toBeNull();
  });

  it.each(["/to-internal", "/to-loopback-name"])("records a redirect to a refused address (%s) and sends it nothing", async (path) => {
    const hits = refusedTarget.hits.length;
    const c = await collectScan(new URL(`${vendor.origin}${path}`), options());
    expect(c.problems).toEqual([{ code: "refused_address", url: expect.stringContaining(String(refusedTarget.port)) }]);
    expect(c.pages).toEqual([]);
    expect(refusedTarget.hits.length).toBe(hits);
  });

  it("gives a partial result, in time, for a home page that never answers", async () => {
    for (const path of ["/", "/half"]) {
      const started = Date.now();
      const c = await collectScan(new URL(`${hanging.origin}${path}`), options());
      expect(Date.now() - started).toBeLessThan(3000);
      expect(c.problems).toEqual([{ code: "timeout", url: `${hanging.origin}${path}` }]);
      expect(c.pages).toEqual([]);
      expect(c.addresses).toEqual([expect.objectContaining({ address: "127.0.0.1" })]);
    }
  });

  it("stops the whole scan at its time limit, keeping what it read", async () => {
    const started = Date.now();
    const c = await collectScan(new URL(`${hanging.origin}/slow-policy`), options({ limits: { ...SCAN_LIMITS, requestMs: 5000, scanMs: 300 } }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(c.pages.map((p) => p.role)).toEqual(["home"]);
    expect(c.problems).toEqual([{ code: "scan_timeout", url: `${hanging.origin}/privacy` }]);
  });

  it("fetches no more pages than the limit", async () => {
    const hits = vendor.hits.length;
    const c = await collectScan(new URL(`${vendor.origin}/`), options({ limits: { ...SCAN_LIMITS, maxPages: 2 } }));
    expect(c.pages).toHaveLength(2);
    expect(vendor.hits.length - hits).toBe(2);
  });
});

describe("plain HTTP alone: only when the https:// connection is refused", () => {
  // Two loopback ports stand for one host's http and https (schemePorts).
  let plain: TFixtureSite;
  let toHttps: TFixtureSite;
  let closedPort: number;
  let silent: net.Server;
  let reset: net.Server;
  let oldTls: https.Server;
  const portOf = (s: net.Server) => (s.address() as AddressInfo).port;
  const listen = async (s: net.Server) => {
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    return s;
  };

  beforeAll(async () => {
    plain = await serveSite({ "/": html("<p>plain</p>") });
    const free = await listen(net.createServer());
    closedPort = portOf(free);
    await new Promise<void>((r) => free.close(() => r()));
    toHttps = await serveSite({ "/": redirect(`https://127.0.0.1:${closedPort}/`, 301) });
    silent = await listen(net.createServer(() => {}));
    reset = await listen(net.createServer((socket) => socket.resetAndDestroy()));
    oldTls = https.createServer({ key: certificate.key, cert: certificate.cert, minVersion: "TLSv1", maxVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" }, (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" }).end("<p>old</p>");
    });
    await listen(oldTls);
  });

  afterAll(async () => {
    for (const s of [silent, reset, oldTls]) s.close();
    await Promise.all([plain.close(), toHttps.close()]);
  });

  const scan = (site: TFixtureSite, httpsPort: number) =>
    collectScan(new URL(`${site.origin}/`), {
      ...options(),
      allowHosts: allowedHosts([site.hostPort, `127.0.0.1:${httpsPort}`].join(",")),
      schemePorts: { http: site.port, https: httpsPort },
    });

  it("says plain HTTP alone when the https port refuses the connection", async () => {
    const c = await scan(plain, closedPort);
    expect(c.transport).toMatchObject({ httpsReachable: false, httpOnly: true });
    expect(c.problems).toEqual([{ code: "network", url: `https://127.0.0.1:${closedPort}/` }]);
  });

  it("says nothing of HTTPS when its port times out or resets the connection", async () => {
    const timedOut = await scan(plain, portOf(silent));
    expect(timedOut.problems).toEqual([{ code: "timeout", url: `https://127.0.0.1:${portOf(silent)}/` }]);
    expect(timedOut.transport.httpOnly).toBe(false);
    const wasReset = await scan(plain, portOf(reset));
    expect(wasReset.problems).toEqual([{ code: "network", url: `https://127.0.0.1:${portOf(reset)}/` }]);
    expect(wasReset.transport.httpOnly).toBe(false);
  });

  it("does not call an http:// redirect to a refused https:// plain HTTP alone", async () => {
    const c = await scan(toHttps, closedPort);
    expect(c.problems).toContainEqual({ code: "network", url: `https://127.0.0.1:${closedPort}/` });
    expect(c.transport.httpOnly).toBe(false);
  });

  it("records a TLS 1.0 server with its version, not as a failure", async () => {
    const c = await collectScan(new URL(`https://127.0.0.1:${portOf(oldTls)}/`), { ...options(), allowHosts: allowedHosts(`127.0.0.1:${portOf(oldTls)}`) });
    expect(c.problems).toEqual([]);
    expect(c.transport).toMatchObject({ httpsReachable: true, tlsVersion: "TLSv1", httpOnly: false });
  });
});

describe("transportOf", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  const httpHop: THop = { url: "http://vendor.example/", status: 200, headers: {}, setCookies: [], tls: null, address: "192.0.2.1", addresses: [] };
  it("reads plain HTTP alone as such only when an https:// request was refused", () => {
    expect(transportOf([httpHop], false, now, true).httpOnly).toBe(true);
    expect(transportOf([httpHop], false, now, false).httpOnly).toBe(false);
    expect(transportOf([{ ...httpHop, status: 301 }], false, now, true).httpOnly).toBe(false);
  });
});
