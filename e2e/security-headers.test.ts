import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/browser";
import { startServer } from "./support/global-setup";

describe("security headers", () => {
  it("pages carry a nonce-based CSP without unsafe-inline scripts", async () => {
    const res = await fetch(`${baseUrl()}/fr`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(html).toContain(`nonce="${nonce}"`);
  });

  it("API answers carry the headers too", async () => {
    const res = await fetch(`${baseUrl()}/api/evaluate`, { method: "POST", body: "{}" });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("sends HSTS only over HTTPS", async () => {
    const plain = await fetch(`${baseUrl()}/fr`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const tls = await fetch(`${baseUrl()}/fr`, { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("sends HSTS and Secure cookies whenever the public URL is https, even on a plain request", async () => {
    const server = await startServer(Number(process.env.E2E_PORT ?? 3217) + 1, { VIGIE_PUBLIC_URL: "https://vigie.example" });
    try {
      // No cookie yet and a browser in French asking for the English pages: the locale cookie is set.
      const res = await fetch(`${server.baseUrl}/en`, { headers: { "accept-language": "fr", "sec-fetch-dest": "document" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("strict-transport-security")).toContain("max-age=");
      const cookies = res.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
    } finally {
      await server.stop();
    }
    // The shared server (no public URL) sets the same cookie without Secure: the test above means something.
    const plain = await fetch(`${baseUrl()}/en`, { headers: { "accept-language": "fr", "sec-fetch-dest": "document" } });
    expect(plain.headers.getSetCookie().length).toBeGreaterThan(0);
    expect(plain.headers.getSetCookie().join("\n")).not.toMatch(/Secure/i);
  });
});
