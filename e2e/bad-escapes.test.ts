import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/browser";
import { t } from "./support/journey";

/** Paths whose percent escapes do not decode (not hex, cut short, not UTF-8). */
const BAD = ["%ff", "%zz", "%", "%e9%", "%c3%28", "a%80b"];

describe("malformed percent escapes in a path", () => {
  it.each(BAD)("/api/…/%s: a 400 in JSON that names the path", async (bad) => {
    for (const path of [`/api/assessments/${bad}`, `/api/assessments/${bad}/rounds`, `/api/registers/${bad}`, `/api/catalogue/${bad}/copy`]) {
      for (const method of ["GET", "POST", "PUT", "DELETE"]) {
        const res = await fetch(`${baseUrl()}${path}`, { method, headers: { "accept-language": "en" } });
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.headers.get("content-type"), path).toContain("application/json");
        const body = await res.json();
        expect(body).toMatchObject({ error: "invalid_path", message: t("en")("ApiErrors.invalid_path"), fields: [{ field: "(path)", code: "invalid_format" }] });
      }
    }
  });

  it.each(BAD)("a page at …/%s: the styled 404 in its language", async (bad) => {
    for (const [path, locale] of [
      [`/fr/assessments/${bad}`, "fr"],
      [`/en/assessments/${bad}`, "en"],
      [`/en/registers/${bad}/x`, "en"],
      [`/${bad}`, "fr"],
    ] as const) {
      const res = await fetch(`${baseUrl()}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain(`<html lang="${locale}">`);
      expect(html, path).toContain(`<h1>${t(locale)("NotFound.title")}</h1>`);
      expect(res.headers.get("content-security-policy"), path).toContain("nonce-");
    }
  });

  it("a valid escape still reaches its route", async () => {
    const res = await fetch(`${baseUrl()}/api/assessments/%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41%41`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe("not_found");
  });
});
