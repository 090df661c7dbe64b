import { afterEach, describe, expect, it, vi } from "vitest";
import { assessmentLinks, publicOrigin } from "./links";

/** A request as Next.js hands it to a route: its URL on the server's own address, and the client's Host header. */
const req = (host?: string) => new Request("http://localhost:3000/api/assessments", { method: "POST", headers: host === undefined ? {} : { host } });

describe("the origin of the links Vigie hands out", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is VIGIE_PUBLIC_URL when set, whatever the request says", () => {
    vi.stubEnv("VIGIE_PUBLIC_URL", "https://vigie.example.fr");
    expect(publicOrigin(req("evil.example"))).toBe("https://vigie.example.fr");
    expect(assessmentLinks(req("evil.example"), "AAAAAAAAAAAAAAAAAAAAAA", "t").readUrl).toBe("https://vigie.example.fr/fr/assessments/AAAAAAAAAAAAAAAAAAAAAA");
  });

  it("is the request's own origin for a host the operator allows (localhost by default)", () => {
    vi.stubEnv("VIGIE_PUBLIC_URL", "");
    vi.stubEnv("VIGIE_ALLOWED_HOSTS", "");
    expect(publicOrigin(req("127.0.0.1:3000"))).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(req("LOCALHOST:8080"))).toBe("http://localhost:8080");
    expect(publicOrigin(req("[::1]:3000"))).toBe("http://[::1]:3000");
    vi.stubEnv("VIGIE_ALLOWED_HOSTS", "vigie.lan, 192.168.1.20");
    expect(publicOrigin(req("vigie.lan:3000"))).toBe("http://vigie.lan:3000");
    expect(publicOrigin(req("192.168.1.20"))).toBe("http://192.168.1.20");
  });

  it("is the server's own address for any other host, or a malformed one", () => {
    vi.stubEnv("VIGIE_PUBLIC_URL", "");
    vi.stubEnv("VIGIE_ALLOWED_HOSTS", "vigie.lan");
    for (const host of ["evil.example", "vigie.lan.evil.example", "vigie.lan@evil.example", "vigie.lan/x", "localhost", ""]) {
      expect(publicOrigin(req(host)), host).toBe("http://localhost:3000");
    }
    expect(publicOrigin(req())).toBe("http://localhost:3000");
  });
});
