import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { secureCookies, servedOverHttps } from "./transport";

const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers: new Headers(headers) });

describe("served over HTTPS", () => {
  it("when the public URL is https, whatever the request says", () => {
    expect(servedOverHttps(request("http://localhost:3000/fr"), "https://vigie.example")).toBe(true);
    expect(servedOverHttps(request("http://localhost:3000/fr"), "HTTPS://vigie.example/")).toBe(true);
  });

  it("else when the request came over TLS, or a proxy says so", () => {
    expect(servedOverHttps(request("http://localhost/fr"), undefined)).toBe(false);
    expect(servedOverHttps(request("http://localhost/fr"), "http://vigie.lan")).toBe(false);
    expect(servedOverHttps(request("https://vigie.example/fr"), undefined)).toBe(true);
    expect(servedOverHttps(request("http://localhost/fr", { "x-forwarded-proto": "https" }), "http://vigie.lan")).toBe(true);
    expect(servedOverHttps(request("http://localhost/fr", { "x-forwarded-proto": "HTTPS, http" }), undefined)).toBe(true);
  });
});

describe("secure cookies", () => {
  it("marks every cookie Secure and keeps its other attributes", () => {
    const res = NextResponse.next();
    res.cookies.set("NEXT_LOCALE", "en", { path: "/", sameSite: "lax" });
    secureCookies(res);
    const header = res.headers.get("set-cookie") ?? "";
    expect(header).toMatch(/NEXT_LOCALE=en/);
    expect(header).toMatch(/Secure/i);
    expect(header).toMatch(/SameSite=lax/i);
    expect(header).toMatch(/Path=\//);
  });
});
