import { afterEach, describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "./connection";
import { clientAddress, configuredRateLimit, createRateLimiter, rateLimitKey } from "./rate-limit";
import { logRateLimited } from "./rate-limit-log";

/** A request as the server hands it on: the connection's address in PEER_HEADER, and what the client or proxies sent. */
const from = (xff?: string, peer: string | null = "192.0.2.50") =>
  new Request("http://localhost/api/report", {
    headers: { ...(xff === undefined ? {} : { "x-forwarded-for": xff }), ...(peer === null ? {} : { [PEER_HEADER]: peer }) },
  });

describe("rate limits", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are generous by default, set by VIGIE_RATE_DOCUMENTS / VIGIE_RATE_CREATIONS, 0 turning them off", () => {
    expect(configuredRateLimit("documents", {})).toEqual({ points: 60, seconds: 60 });
    expect(configuredRateLimit("creations", {})).toEqual({ points: 300, seconds: 3600 });
    expect(configuredRateLimit("documents", { VIGIE_RATE_DOCUMENTS: "5" })).toEqual({ points: 5, seconds: 60 });
    expect(configuredRateLimit("creations", { VIGIE_RATE_CREATIONS: "0" }).points).toBe(0);
    expect(configuredRateLimit("creations", { VIGIE_RATE_CREATIONS: "many" }).points).toBe(300);
  });

  it("count per connection address with no trusted proxy, whatever X-Forwarded-For the client writes", () => {
    expect(clientAddress(from("198.51.100.4"), {})).toBe("192.0.2.50");
    expect(clientAddress(from("198.51.100.5, 10.0.0.1"), { VIGIE_TRUST_PROXY: "0" })).toBe("192.0.2.50");
    expect(clientAddress(from(), {})).toBe("192.0.2.50");
    // Not behind the server's screen (no connection address): one shared key, never the header's.
    expect(clientAddress(from("198.51.100.4", null), {})).toBe("unknown");
  });

  it("behind VIGIE_TRUST_PROXY proxies, count by the X-Forwarded-For entry that many places from the right", () => {
    // A client's own header is to the left of what the proxy appends.
    expect(clientAddress(from("1.1.1.1, 198.51.100.4"), { VIGIE_TRUST_PROXY: "1" })).toBe("198.51.100.4");
    expect(clientAddress(from("1.1.1.1, 198.51.100.4, 10.0.0.2"), { VIGIE_TRUST_PROXY: "2" })).toBe("198.51.100.4");
    // Fewer entries than proxies: the request did not come through them; the connection's address.
    expect(clientAddress(from("198.51.100.4"), { VIGIE_TRUST_PROXY: "3" })).toBe("192.0.2.50");
  });

  it("store a keyed hash of the address, never the address", () => {
    const env = { VIGIE_RATE_LIMIT_SECRET: "a-secret-of-the-operator-32-chars!" };
    const key = rateLimitKey("203.0.113.7", env);
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(key).not.toContain("203");
    expect(rateLimitKey("203.0.113.7", env)).toBe(key);
    expect(rateLimitKey("203.0.113.8", env)).not.toBe(key);
    expect(rateLimitKey("203.0.113.7", { VIGIE_RATE_LIMIT_SECRET: "another secret" })).not.toBe(key);
    // Several instances on one PostgreSQL database share the key through DATABASE_URL; PGlite's is the process's own.
    const db = { DATABASE_URL: "postgres://vigie:pw@db:5432/vigie" };
    expect(rateLimitKey("203.0.113.7", db)).toBe(rateLimitKey("203.0.113.7", { ...db }));
    expect(rateLimitKey("203.0.113.7", db)).not.toBe(rateLimitKey("203.0.113.7", { DATABASE_URL: "postgres://vigie:other@db:5432/vigie" }));
    expect(rateLimitKey("203.0.113.7", {})).toBe(rateLimitKey("203.0.113.7", {}));
    expect(rateLimitKey("203.0.113.7", {})).not.toBe(rateLimitKey("203.0.113.7", db));
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
