import { afterEach, describe, expect, it, vi } from "vitest";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { createTranslator } from "next-intl";
import { requestScan, retryMinutes, scanTarget } from "./scan-client";

// fetch is replaced: nothing is sent anywhere.
const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));

afterEach(() => vi.unstubAllGlobals());

describe("the scan's client", () => {
  it("posts the URL and reads each answer the route gives", async () => {
    const ok = answer(200, { url: "https://a.example/", observations: [], suggestions: [] });
    vi.stubGlobal("fetch", ok);
    expect(await requestScan("https://a.example", "fr")).toMatchObject({ kind: "ok", result: { url: "https://a.example/" } });
    expect(ok).toHaveBeenCalledWith("/api/scan?lang=fr", expect.objectContaining({ method: "POST", body: JSON.stringify({ url: "https://a.example" }) }));
    const cases: [number, string][] = [
      [400, "refused"],
      [503, "busy"],
      [429, "rate_limited"],
      [404, "off"],
      [502, "offline"],
      [500, "error"],
    ];
    for (const [status, kind] of cases) {
      vi.stubGlobal("fetch", answer(status, { error: "x" }));
      expect((await requestScan("https://a.example", "fr")).kind, String(status)).toBe(kind);
    }
    vi.stubGlobal("fetch", answer(400, { error: "invalid_request", fields: [{ field: "url", code: "refused_address", message: "« url » : cette adresse mène à un réseau local." }] }));
    expect(await requestScan("http://10.0.0.1", "fr")).toEqual({ kind: "refused", message: "« url » : cette adresse mène à un réseau local." });
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("failed to fetch"))));
    expect(await requestScan("https://a.example", "fr")).toEqual({ kind: "offline" });
  });

  it("tells the hourly limit from a busy server, with when to try again from Retry-After", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 429, headers: { "Retry-After": "1800" } })));
    expect(await requestScan("https://a.example", "fr")).toEqual({ kind: "rate_limited", minutes: 30 });
    vi.stubGlobal("fetch", answer(429, {}));
    expect(await requestScan("https://a.example", "fr")).toEqual({ kind: "rate_limited", minutes: null });
    expect(retryMinutes("5")).toBe(1);
    expect(retryMinutes(new Date(Date.UTC(2026, 11, 7, 18, 0)).toUTCString(), Date.UTC(2026, 11, 7, 17, 15))).toBe(45);
    expect(retryMinutes("soon")).toBeNull();
    const say = (messages: typeof fr | typeof en, locale: string, minutes: number) => createTranslator({ locale, messages })("Scan.errors.rate_limited", { minutes });
    expect(say(fr, "fr", 30)).toBe("Limite horaire d’examens atteinte : réessayez dans 30 minutes.");
    expect(say(en, "en", 1)).toBe("Hourly scan limit reached: try again in 1 minute.");
    expect(say(en, "en", 0)).toBe("Hourly scan limit reached: try again later.");
    for (const messages of [fr, en]) expect(messages.Scan.errors.rate_limited).not.toMatch(/une minute|a minute/u);
  });

  it("reads a bare host as https://", () => {
    expect(scanTarget("  www.ecole.example/outil ")).toBe("https://www.ecole.example/outil");
    expect(scanTarget("http://ecole.example")).toBe("http://ecole.example");
    expect(scanTarget("ecole.example:8080")).toBe("https://ecole.example:8080");
    // Anything else is sent as typed, for the server to refuse.
    expect(scanTarget("file:///etc/passwd")).toBe("file:///etc/passwd");
    expect(scanTarget("javascript:alert(1)")).toBe("javascript:alert(1)");
  });
});
