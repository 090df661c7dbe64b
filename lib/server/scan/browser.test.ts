import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts } from "./address-policy";
import { collectScan } from "./collect";
import { SCAN_LIMITS } from "./safe-fetch";
import { html, serveSite, type TFixtureSite } from "./testing/fixture-sites";
import type { TResolved } from "./url-check";

// Headless Chromium on a fixture on 127.0.0.1. Chromium reaches no network itself (every request is
// intercepted); other sites' requests are refused and recorded (thirdParty: "abort"), and the
// resolver answers 127.0.0.1 only.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let vendor: TFixtureSite;
let unlisted: TFixtureSite;
const asked: string[] = [];
const resolve = async (host: string): Promise<TResolved[]> => {
  asked.push(host);
  if (host === "127.0.0.1") return [{ address: "127.0.0.1", family: 4 }];
  throw new Error("ENOTFOUND");
};

beforeAll(async () => {
  unlisted = await serveSite({ "*": html("<p>internal</p>") });
  const script = `document.cookie = "js_cookie=1; max-age=3600; path=/";
var i = new Image(); i.src = "https://runtime-ads.example/collect?x=1"; document.body.appendChild(i);
fetch("http://127.0.0.1:${unlisted.port}/steal").catch(function () {});
fetch("/api/ping").then(function (r) { return r.text(); }).then(function (t) { document.title = t; });
try { new WebSocket("ws://127.0.0.1:${unlisted.port}/ws"); } catch (e) {}`;
  vendor = await serveSite({
    "/": html(`<html><body><img src="https://static-tracker.example/pixel.gif"><script src="/app.js"></script></body></html>`, { "Set-Cookie": "sid=1; HttpOnly; SameSite=Lax" }),
    "/app.js": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
    },
    "/api/ping": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain", "Set-Cookie": "api_cookie=2; Max-Age=60" }).end("pong");
    },
  });
});

afterAll(async () => {
  await Promise.all([vendor.close(), unlisted.close()]);
});

describe.skipIf(!existsSync(CHROMIUM))("browser mode (headless Chromium, every request intercepted)", () => {
  it("records what scripts load at run time and the cookies set, refusing other sites and refused addresses", async () => {
    asked.length = 0;
    const started = Date.now();
    const c = await collectScan(new URL(`${vendor.origin}/`), {
      limits: { ...SCAN_LIMITS, scanMs: 45_000 },
      allowHosts: allowedHosts(vendor.hostPort),
      resolve,
      browser: { chromium: CHROMIUM, thirdParty: "abort" },
    });
    const elapsed = Date.now() - started;
    expect(c.mode).toBe("browser");
    expect(c.requests).toEqual(
      expect.arrayContaining([
        { url: "https://static-tracker.example/pixel.gif", pageUrl: `${vendor.origin}/`, seenBy: "html", sent: false },
        { url: "https://static-tracker.example/pixel.gif", pageUrl: `${vendor.origin}/`, seenBy: "runtime", sent: false },
        { url: "https://runtime-ads.example/collect", pageUrl: `${vendor.origin}/`, seenBy: "runtime", sent: false },
      ]),
    );
    expect(c.problems).toEqual([{ code: "refused_address", url: `http://127.0.0.1:${unlisted.port}/steal` }]);
    expect(unlisted.hits).toEqual([]);
    expect(vendor.hits).toEqual(expect.arrayContaining(["/app.js", "/api/ping"]));
    expect(c.cookies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "sid", httpOnly: true, thirdParty: false }),
        expect.objectContaining({ name: "js_cookie", domain: "127.0.0.1", thirdParty: false }),
        expect.objectContaining({ name: "api_cookie", thirdParty: false }),
      ]),
    );
    expect(c.cookies.find((k) => k.name === "js_cookie")?.maxAgeSeconds).toBeGreaterThan(3500);
    expect(new Set(asked)).toEqual(new Set(["127.0.0.1"]));
    expect(elapsed).toBeLessThan(45_000);
  }, 90_000);

  it("keeps to the scan's time even when Chromium is slower", async () => {
    const started = Date.now();
    const c = await collectScan(new URL(`${vendor.origin}/`), {
      limits: { ...SCAN_LIMITS, scanMs: 800 },
      allowHosts: allowedHosts(vendor.hostPort),
      resolve,
      browser: { chromium: CHROMIUM, thirdParty: "abort" },
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(c.pages.map((p) => p.role)).toEqual(["home"]);
    expect(c.problems).toContainEqual({ code: "scan_timeout", url: `${vendor.origin}/` });
  }, 30_000);

  it("stays static when the Chromium binary cannot be started", async () => {
    const c = await collectScan(new URL(`${vendor.origin}/`), {
      limits: { ...SCAN_LIMITS, scanMs: 5_000 },
      allowHosts: allowedHosts(vendor.hostPort),
      resolve,
      browser: { chromium: "/nonexistent/chromium", thirdParty: "abort" },
    });
    expect(c.mode).toBe("static");
    expect(c.pages.map((p) => p.role)).toEqual(["home"]);
  }, 30_000);
});
