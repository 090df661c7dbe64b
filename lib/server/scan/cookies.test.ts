import { describe, expect, it } from "vitest";
import { cookiesOf } from "./cookies";

const now = new Date("2026-12-01T12:00:00Z");

describe("cookiesOf", () => {
  it("reads each attribute, lifetime in seconds, without the value", () => {
    const cookies = cookiesOf(
      [
        "sid=secret; Path=/app; HttpOnly; Secure; SameSite=Strict",
        "_ga=GA1.2.3; Domain=.Example.fr; Max-Age=63072000; SameSite=Lax",
        "pref=x; Expires=Wed, 02 Dec 2026 12:00:00 GMT; Max-Age=60",
        "old=x; Expires=Wed, 02 Dec 2026 12:00:00 GMT",
        "gone=x; Max-Age=-1",
      ],
      "https://www.example.fr/login",
      "https://www.example.fr/",
      now,
    );
    expect(cookies).toEqual([
      { name: "sid", domain: "www.example.fr", path: "/app", maxAgeSeconds: null, secure: true, httpOnly: true, sameSite: "Strict", pageUrl: "https://www.example.fr/", thirdParty: false },
      { name: "_ga", domain: "example.fr", path: "/", maxAgeSeconds: 63072000, secure: false, httpOnly: false, sameSite: "Lax", pageUrl: "https://www.example.fr/", thirdParty: false },
      expect.objectContaining({ name: "pref", maxAgeSeconds: 60 }),
      expect.objectContaining({ name: "old", maxAgeSeconds: 86400 }),
      expect.objectContaining({ name: "gone", maxAgeSeconds: 0 }),
    ]);
    expect(JSON.stringify(cookies)).not.toContain("secret");
  });
});
