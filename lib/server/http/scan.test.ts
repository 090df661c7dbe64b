import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts } from "@/lib/server/scan/address-policy";
import { SCAN_LIMITS } from "@/lib/server/scan/safe-fetch";
import type { TScanSettings } from "@/lib/server/scan/scan";
import { html, never, serveSite, type TFixtureSite } from "@/lib/server/scan/testing/fixture-sites";
import { PEER_HEADER } from "@/lib/server/security/connection";
import { handleScan } from "./scan";

// A fixture on 127.0.0.1 whose home page never answers holds a scan open while others are tried.

let site: TFixtureSite;

beforeAll(async () => {
  site = await serveSite({ "/hang": never(), "/": html("<p>ok</p>") });
});

afterAll(() => site.close());

const settings = (extra: Partial<TScanSettings> = {}): TScanSettings => ({
  enabled: true,
  allowHosts: allowedHosts(site.hostPort),
  maxConcurrent: 2,
  chromium: null,
  browserThirdParty: "abort",
  limits: { ...SCAN_LIMITS, requestMs: 600, scanMs: 2000 },
  ...extra,
});

const scan = (path: string, client: string, s: TScanSettings) =>
  handleScan(new Request("http://localhost/api/scan", { method: "POST", body: JSON.stringify({ url: `${site.origin}${path}` }), headers: { [PEER_HEADER]: client } }), s);

describe("handleScan bounds", () => {
  it("runs one scan at a time per client: a second one while the first runs is a 503 scan_busy", async () => {
    const s = settings();
    const first = scan("/hang", "203.0.113.1", s);
    await new Promise((r) => setTimeout(r, 100));
    const second = await scan("/", "203.0.113.1", s);
    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("2");
    expect((await second.json()).error).toBe("scan_busy");
    // Another client goes on meanwhile.
    expect((await scan("/", "203.0.113.2", s)).status).toBe(200);
    const done = await first;
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ partial: true });
    // Once the first has ended, the client can scan again.
    expect((await scan("/", "203.0.113.1", s)).status).toBe(200);
  });

  it("runs no more than maxConcurrent scans in the process", async () => {
    const s = settings({ maxConcurrent: 1 });
    const first = scan("/hang", "203.0.113.3", s);
    await new Promise((r) => setTimeout(r, 100));
    expect((await scan("/", "203.0.113.4", s)).status).toBe(503);
    expect((await first).status).toBe(200);
  });

  it("answers a page that never answers with a partial result within the request time", async () => {
    const started = Date.now();
    const res = await scan("/hang", "203.0.113.5", settings());
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await res.json()).toMatchObject({ partial: true, finalUrl: `${site.origin}/hang` });
  });
});
