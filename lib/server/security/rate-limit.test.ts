import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, configuredRateLimit, createRateLimiter } from "./rate-limit";
import { logRateLimited } from "./rate-limit-log";

const from = (xff?: string) => new Request("http://localhost/api/report", { headers: xff === undefined ? {} : { "x-forwarded-for": xff } });

describe("rate limits", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are generous by default, set by VIGIE_RATE_DOCUMENTS / VIGIE_RATE_CREATIONS, 0 turning them off", () => {
    expect(configuredRateLimit("documents", {})).toEqual({ points: 60, seconds: 60 });
    expect(configuredRateLimit("creations", {})).toEqual({ points: 300, seconds: 3600 });
    expect(configuredRateLimit("documents", { VIGIE_RATE_DOCUMENTS: "5" })).toEqual({ points: 5, seconds: 60 });
    expect(configuredRateLimit("creations", { VIGIE_RATE_CREATIONS: "0" }).points).toBe(0);
    expect(configuredRateLimit("creations", { VIGIE_RATE_CREATIONS: "many" }).points).toBe(300);
  });

  it("count per address: the right-most X-Forwarded-For entry, or the one VIGIE_TRUST_PROXY proxies saw", () => {
    expect(clientAddress(from("198.51.100.4"), {})).toBe("198.51.100.4");
    // A client's own header is to the left of what the proxy appends.
    expect(clientAddress(from("1.1.1.1, 198.51.100.4"), { VIGIE_TRUST_PROXY: "1" })).toBe("198.51.100.4");
    expect(clientAddress(from("1.1.1.1, 198.51.100.4, 10.0.0.2"), { VIGIE_TRUST_PROXY: "2" })).toBe("198.51.100.4");
    expect(clientAddress(from("198.51.100.4"), { VIGIE_TRUST_PROXY: "3" })).toBe("198.51.100.4");
    expect(clientAddress(from(), {})).toBe("unknown");
  });

  it("refuse the request after the limit with the seconds to wait, each address on its own (memory store)", async () => {
    const limiter = await createRateLimiter("creations", { points: 2, seconds: 60 });
    expect(await limiter.consume("a")).toEqual({ ok: true });
    expect(await limiter.consume("a")).toEqual({ ok: true });
    const refused = await limiter.consume("a");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(await limiter.consume("b")).toEqual({ ok: true });
    const off = await createRateLimiter("creations", { points: 0, seconds: 60 });
    for (let i = 0; i < 10; i++) expect(await off.consume("a")).toEqual({ ok: true });
  });

  it("log a refusal as one JSON line without the address", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const line = logRateLimited("documents", 12, new Date("2026-12-04T10:00:00Z"));
    expect(warn).toHaveBeenCalledWith(line);
    expect(JSON.parse(line)).toEqual({ level: "warn", event: "rate_limited", bucket: "documents", retryAfterSeconds: 12, time: "2026-12-04T10:00:00.000Z" });
  });
});
