import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * proxy.ts's matcher, read as text (Next reads the config statically, and importing the proxy needs
 * Next's runtime). Its one pattern is a regular expression over the path.
 */
function matcher(): RegExp {
  const source = readFileSync(new URL("./proxy.ts", import.meta.url), "utf8");
  const literal = /matcher: ("(?:[^"\\]|\\.)*")/.exec(source)?.[1];
  if (literal === undefined) throw new Error("no matcher string in proxy.ts");
  return new RegExp(`^${JSON.parse(literal) as string}$`);
}

/** Files served from the site's root: public/, and the app's root metadata files (icon.svg…). */
const rootFiles = () => [
  ...(existsSync("public") ? readdirSync("public") : []),
  ...readdirSync("app").filter((f) => /\.(svg|ico|png|jpg|txt|xml|webmanifest)$/.test(f)),
];

describe("proxy matcher", () => {
  it("runs on pages and on any other path, dots included, under a locale or not", () => {
    for (const path of ["/", "/fr", "/en/assess/context", "/en/report.pdf", "/rapport.pdf", "/de/x.y/z"]) {
      expect(matcher().test(path), path).toBe(true);
    }
  });

  it("leaves out the API, Next's assets and every file served from the root", () => {
    const files = rootFiles();
    expect(files).toContain("icon.svg");
    for (const path of ["/api/report", "/_next/static/chunks/a.js", ...files.map((f) => `/${f}`)]) {
      expect(matcher().test(path), path).toBe(false);
    }
  });
});
