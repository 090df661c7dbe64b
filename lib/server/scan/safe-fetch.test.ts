import net, { type AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts } from "./address-policy";
import { fetchPage, SCAN_LIMITS, type TFetchContext } from "./safe-fetch";
import { html, never, redirect, selfSignedCertificate, serveSite, type TCertificate, type TFixtureSite } from "./testing/fixture-sites";
import type { TResolved } from "./url-check";

// Every server here listens on 127.0.0.1, and every name resolves from a table to 127.0.0.1 or to
// refused addresses: nothing is sent outside the loopback range.

let site: TFixtureSite;
let other: TFixtureSite;
let secure: TFixtureSite;
let certificate: TCertificate;

const LIMITS = { ...SCAN_LIMITS, requestMs: 400, maxBytes: 64 * 1024 };

// 10 MB of "a" in 10 kB of gzip, made once.
const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x61));

beforeAll(async () => {
  other = await serveSite({ "*": html("<p>other</p>") });
  certificate = selfSignedCertificate();
  secure = await serveSite({ "/": html("<p>secure</p>", { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }) }, certificate);
  site = await serveSite({
    "/": html("<p>home</p>", { "Set-Cookie": ["sid=1; HttpOnly", "pref=a; Max-Age=60"] }),
    "/r1": redirect("/r2", 301),
    "/r2": redirect((s) => `${s.origin}/r3`, 307),
    "/r3": redirect("/"),
    "/loop": redirect("/loop"),
    "/to-other-port": redirect(() => `${other.origin}/`),
    "/to-localhost": redirect(() => `http://localhost:${other.port}/`),
    "/to-ipv6-loopback": redirect(() => `http://[::1]:${other.port}/`),
    "/to-decimal": redirect(() => `http://2130706433:${other.port}/`),
    "/to-file": redirect("file:///etc/passwd"),
    "/to-credentials": redirect(() => `http://user@${site.hostPort}/`),
    "/to-rebinding": redirect("http://rebind.example/"),
    "/to-secure": redirect(() => `${secure.origin}/`),
    "/big": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<p>${"a".repeat(200 * 1024)}</p>`);
    },
    "/gzip": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip" });
      res.end(gzipSync(Buffer.from("<p>compressé</p>")));
    },
    "/bomb": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      res.end(bomb);
    },
    "/latin1": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=iso-8859-1" });
      res.end(Buffer.from("<p>données</p>", "latin1"));
    },
    "/pdf": (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.4");
    },
    "/missing": html("<p>gone</p>", {}, 404),
    "/host": (req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" }).end(`<p>${req.headers.host}</p>`);
    },
    "/silent": never(),
    "/stalled": never(true),
  });
});

afterAll(async () => {
  await Promise.all([site.close(), other.close(), secure.close()]);
});

const resolve = async (host: string): Promise<TResolved[]> => {
  if (host === "rebind.example") return [{ address: "127.0.0.1", family: 4 }];
  if (host === "dual.example")
    return [
      { address: "::1", family: 6 },
      { address: "127.0.0.1", family: 4 },
    ];
  if (host === "127.0.0.1") return [{ address: "127.0.0.1", family: 4 }];
  if (host === "::1") return [{ address: "::1", family: 6 }];
  throw new Error("ENOTFOUND");
};

const ctx = (extra: Partial<TFetchContext> = {}): TFetchContext => ({
  limits: LIMITS,
  allowHosts: allowedHosts(`${site.hostPort},${secure.hostPort}`),
  signal: new AbortController().signal,
  resolve,
  ...extra,
});

describe("fetchPage on loopback fixtures", () => {
  it("fetches a page with its headers and cookies", async () => {
    const r = await fetchPage(`${site.origin}/`, ctx());
    expect(r).toMatchObject({ ok: true, status: 200, body: "<p>home</p>", truncated: false });
    if (!r.ok) return;
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]).toMatchObject({ setCookies: ["sid=1; HttpOnly", "pref=a; Max-Age=60"], address: "127.0.0.1", tls: null });
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("follows a redirect chain, each hop recorded", async () => {
    const r = await fetchPage(`${site.origin}/r1`, ctx());
    expect(r.ok && r.finalUrl).toBe(`${site.origin}/`);
    expect(r.hops.map((h) => [new URL(h.url).pathname, h.status])).toEqual([
      ["/r1", 301],
      ["/r2", 307],
      ["/r3", 302],
      ["/", 200],
    ]);
  });

  it("stops after the redirect limit", async () => {
    const before = site.hits.filter((h) => h === "/loop").length;
    const r = await fetchPage(`${site.origin}/loop`, ctx());
    expect(r).toMatchObject({ ok: false, problem: "too_many_redirects" });
    expect(site.hits.filter((h) => h === "/loop").length - before).toBe(LIMITS.maxRedirects + 1);
  });

  it.each([
    ["/to-other-port", "refused_address"],
    ["/to-localhost", "refused_address"],
    ["/to-ipv6-loopback", "refused_address"],
    ["/to-decimal", "refused_address"],
    ["/to-file", "scheme_not_allowed"],
    ["/to-credentials", "credentials_in_url"],
    ["/to-rebinding", "refused_address"],
  ])("refuses the redirect of %s before requesting it (%s)", async (path, refusal) => {
    const otherHits = other.hits.length;
    const r = await fetchPage(`${site.origin}${path}`, ctx());
    expect(r).toMatchObject({ ok: false, problem: "refused_address", refusal });
    expect(r.hops).toHaveLength(1);
    expect(other.hits.length).toBe(otherHits);
  });

  it("keeps what was read of a page over the size cap, and says so", async () => {
    const r = await fetchPage(`${site.origin}/big`, ctx());
    expect(r).toMatchObject({ ok: true, truncated: true });
    expect(r.ok && r.body.length).toBe(LIMITS.maxBytes);
  });

  it("decompresses, and caps what decompression gives", async () => {
    expect(await fetchPage(`${site.origin}/gzip`, ctx())).toMatchObject({ ok: true, body: "<p>compressé</p>" });
    const bomb = await fetchPage(`${site.origin}/bomb`, ctx());
    expect(bomb).toMatchObject({ ok: true, truncated: true });
    expect(bomb.ok && bomb.body.length).toBe(LIMITS.maxBytes);
  });

  it("reads the charset the page gives", async () => {
    expect(await fetchPage(`${site.origin}/latin1`, ctx())).toMatchObject({ ok: true, body: "<p>données</p>" });
  });

  it("does not read a body that is not HTML, nor an error page's", async () => {
    expect(await fetchPage(`${site.origin}/pdf`, ctx())).toMatchObject({ ok: true, status: 200, contentType: "application/pdf", body: "" });
    expect(await fetchPage(`${site.origin}/missing`, ctx())).toMatchObject({ ok: true, status: 404, body: "" });
  });

  it("gives up on a page that never answers, or stops halfway, within the request time", async () => {
    for (const path of ["/silent", "/stalled"]) {
      const started = Date.now();
      expect(await fetchPage(`${site.origin}${path}`, ctx())).toMatchObject({ ok: false, problem: "timeout" });
      expect(Date.now() - started).toBeLessThan(LIMITS.requestMs + 2000);
    }
  });

  it("stops when the whole scan's time is up", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await fetchPage(`${site.origin}/silent`, ctx({ signal: controller.signal, limits: { ...LIMITS, requestMs: 5000 } }))).toMatchObject({ ok: false, problem: "scan_timeout" });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("reads the TLS version and certificate of an https page (self-signed: not trusted unless its CA is given)", async () => {
    const r = await fetchPage(`${site.origin}/to-secure`, ctx());
    expect(r).toMatchObject({ ok: true, body: "<p>secure</p>", finalUrl: `${secure.origin}/` });
    const tls = r.hops.at(-1)?.tls;
    expect(tls).toMatchObject({ version: expect.stringMatching(/^TLSv1\.[23]$/), authorized: false, error: expect.stringMatching(/SELF_SIGNED|DEPTH_ZERO/), issuer: "Vigie Test CA" });
    expect(new Date(tls?.validTo ?? 0).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const trusted = await fetchPage(`${secure.origin}/`, ctx({ ca: certificate.cert }));
    expect(trusted.hops[0]?.tls).toMatchObject({ authorized: true, error: null });
    expect(trusted.ok && trusted.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("connects to the checked address (IPv4 first), sending the URL's own host name", async () => {
    // The system resolver knows no "dual.example": the page is reached only through the pinned address.
    const r = await fetchPage(`http://dual.example:${site.port}/host`, ctx({ allowHosts: allowedHosts(`dual.example:${site.port}`) }));
    expect(r).toMatchObject({ ok: true, body: `<p>dual.example:${site.port}</p>` });
    expect(r.hops[0]).toMatchObject({ address: "127.0.0.1", addresses: [{ address: "::1", family: 6 }, { address: "127.0.0.1", family: 4 }] });
  });

  it("keeps the system's error code of a failed request: a refused connection apart from a timeout", async () => {
    const free = net.createServer();
    await new Promise<void>((r) => free.listen(0, "127.0.0.1", r));
    const closed = (free.address() as AddressInfo).port;
    await new Promise<void>((r) => free.close(() => r()));
    const refused = await fetchPage(`https://127.0.0.1:${closed}/`, ctx({ allowHosts: allowedHosts(`127.0.0.1:${closed}`) }));
    expect(refused).toMatchObject({ ok: false, problem: "network", errorCode: "ECONNREFUSED" });
    expect(await fetchPage(`${site.origin}/silent`, ctx())).toMatchObject({ ok: false, problem: "timeout", errorCode: "ETIMEDOUT" });
  });

  it("sends nothing to a loopback port that is not in the allow list", async () => {
    const hits = other.hits.length;
    expect(await fetchPage(`${other.origin}/`, ctx())).toMatchObject({ ok: false, problem: "refused_address", refusal: "refused_address" });
    expect(other.hits.length).toBe(hits);
  });
});
