import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ZScanResultSchema } from "@/lib/domain/scan/scan-shape";
import { html, never, redirect, serveSite, type TFixtureSite } from "@/lib/server/scan/testing/fixture-sites";
import { GET, POST } from "./route";

// Fixture sites on 127.0.0.1 only; every URL below is an address literal or refused before any lookup.

let vendor: TFixtureSite;
let unlisted: TFixtureSite;

beforeAll(async () => {
  unlisted = await serveSite({ "*": html("<p>internal</p>") });
  vendor = await serveSite({
    "/": html(`<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><a href="/privacy">Privacy</a>`, { "Set-Cookie": "sid=1; HttpOnly" }),
    "/privacy": html("<p>Contact our DPO.</p>"),
    "/to-unlisted": redirect(() => `${unlisted.origin}/`),
    "/hang": never(),
  });
});

afterAll(async () => {
  await Promise.all([vendor.close(), unlisted.close()]);
});

beforeEach(() => {
  vi.stubEnv("VIGIE_SCAN_ALLOW_HOSTS", "");
  vi.stubEnv("VIGIE_SCAN", "");
  // Static mode: these tests do not start Chromium.
  vi.stubEnv("VIGIE_SCAN_CHROMIUM", "");
  vi.stubEnv("VIGIE_RATE_SCANS", "0");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(new Request("http://localhost/api/scan", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } }));

describe("POST /api/scan", () => {
  it("scans an allowed fixture site and answers the result's shape", async () => {
    vi.stubEnv("VIGIE_SCAN_ALLOW_HOSTS", vendor.hostPort);
    const hits = vendor.hits.length;
    const started = Date.now();
    const res = await post({ url: `${vendor.origin}/` });
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(ZScanResultSchema.parse(body)).toMatchObject({ url: `${vendor.origin}/`, finalUrl: `${vendor.origin}/`, mode: "static", partial: false });
    expect(vendor.hits.slice(hits)).toEqual(["/", "/privacy"]);
    expect(elapsed).toBeLessThan(6000);
  });

  it("gives a partial result, not an error, when a redirect leads to a refused address", async () => {
    vi.stubEnv("VIGIE_SCAN_ALLOW_HOSTS", vendor.hostPort);
    const res = await post({ url: `${vendor.origin}/to-unlisted` });
    expect(res.status).toBe(200);
    expect((await res.json()).partial).toBe(true);
    expect(unlisted.hits).toEqual([]);
  });

  it.each([
    () => [`${unlisted.origin}/`, "refused_address"],
    () => [`http://localhost:${vendor.port}/`, "refused_address"],
    () => [`http://[::1]:${vendor.port}/`, "refused_address"],
    () => [`http://2130706433:${unlisted.port}/`, "refused_address"],
    () => [`http://0x7f000001:${unlisted.port}/`, "refused_address"],
    () => [`http://127.0.0.2:${vendor.port}/`, "refused_address"],
    () => [`http://[::ffff:127.0.0.1]:${unlisted.port}/`, "refused_address"],
    () => ["file:///etc/passwd", "scheme_not_allowed"],
    () => [`ftp://127.0.0.1:${vendor.port}/`, "scheme_not_allowed"],
    () => ["data:text/html,<p>x</p>", "scheme_not_allowed"],
    () => [`http://user@127.0.0.1:${vendor.port}/`, "credentials_in_url"],
    () => [`http://${vendor.hostPort}@127.0.0.2:${vendor.port}/`, "credentials_in_url"],
    () => ["http://exa mple.fr/", "invalid_url"],
  ])("refuses case %# with 400 naming url, before any request", async (make) => {
    vi.stubEnv("VIGIE_SCAN_ALLOW_HOSTS", vendor.hostPort);
    const [url, code] = make();
    const before = [vendor.hits.length, unlisted.hits.length];
    const res = await post({ url });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ error: "invalid_request", fields: [{ field: "url", code }] });
    expect(body.fields[0].message).toContain("url");
    expect([vendor.hits.length, unlisted.hits.length]).toEqual(before);
  });

  it("names url when it is missing or not a string, and refuses unknown fields", async () => {
    expect((await (await post({})).json()).fields).toEqual([expect.objectContaining({ field: "url" })]);
    expect((await (await post({ url: 42 })).json()).fields).toEqual([expect.objectContaining({ field: "url", code: "invalid_type" })]);
    expect((await (await post({ url: "https://example.fr", depth: 3 })).json()).fields).toEqual([expect.objectContaining({ field: "depth", code: "unknown_field" })]);
    expect((await post("{nope")).status).toBe(400);
  });

  it("says in French or English why a URL is refused", async () => {
    const fr = await (await post({ url: "file:///etc/passwd" })).json();
    expect(fr.fields[0].message).toBe("« url » : seules les adresses http:// et https:// peuvent être examinées.");
    const en = await (await post({ url: "file:///etc/passwd" }, { "Accept-Language": "en" })).json();
    expect(en.fields[0].message).toBe("“url”: only http:// and https:// addresses can be scanned.");
  });

  it("is rate-limited per client", async () => {
    vi.stubEnv("VIGIE_RATE_SCANS", "2");
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await post({ url: "file:///x" })).status);
    expect(codes).toEqual([400, 400, 429]);
  });
});

describe("VIGIE_SCAN=off", () => {
  it("answers 404 scan_disabled, sends nothing, and GET says the scan is off", async () => {
    vi.stubEnv("VIGIE_SCAN", "off");
    vi.stubEnv("VIGIE_SCAN_ALLOW_HOSTS", vendor.hostPort);
    const hits = vendor.hits.length;
    const res = await post({ url: `${vendor.origin}/` });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe("scan_disabled");
    expect(vendor.hits.length).toBe(hits);
    expect(await (await GET()).json()).toEqual({ enabled: false, browser: false });
  });

  it("GET says the scan is on by default, and whether browser mode is", async () => {
    expect(await (await GET()).json()).toEqual({ enabled: true, browser: false });
    vi.stubEnv("VIGIE_SCAN_CHROMIUM", "/usr/bin/chromium");
    expect(await (await GET()).json()).toEqual({ enabled: true, browser: true });
  });
});
