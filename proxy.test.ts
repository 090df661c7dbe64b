import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

/**
 * proxy.ts's matcher, compiled by Next's own build code. It is read as text: Next reads the config
 * statically, and importing the proxy needs Next's runtime.
 */
function matcher(): { test: (path: string) => boolean } {
  const source = readFileSync(new URL("./proxy.ts", import.meta.url), "utf8");
  const literal = /matcher: (\[(?:"(?:[^"\\]|\\.)*",?\s*)+\])/.exec(source)?.[1];
  if (literal === undefined) throw new Error("no matcher array in proxy.ts");
  const { getMiddlewareMatchers } = require("next/dist/build/analysis/get-page-static-info") as {
    getMiddlewareMatchers: (matcher: string[], config: object) => { regexp: string }[];
  };
  const compiled = getMiddlewareMatchers(JSON.parse(literal) as string[], {}).map((m) => new RegExp(m.regexp));
  return { test: (path) => compiled.some((r) => r.test(path)) };
}

/** Files served from the site's root: public/, and the app's root metadata files, static or made by code. */
const METADATA = /^(icon|apple-icon|opengraph-image|twitter-image|robots|sitemap|manifest|favicon)\b/;
const rootFiles = () => [
  ...(existsSync("public") ? readdirSync("public") : []),
  ...readdirSync("app")
    .filter((f) => METADATA.test(f))
    .map((f) => f.replace(/\.(tsx?|jsx?)$/, "")),
];

describe("proxy matcher", () => {
  it("runs on pages and on any other path, dots included, under a locale or not", () => {
    for (const path of ["/", "/fr", "/en/assess/context", "/en/report.pdf", "/rapport.pdf", "/de/x.y/z", "/api", "/apiary", "/icon.svg.bak"]) {
      expect(matcher().test(path), path).toBe(true);
    }
  });

  it("takes an API path only when it holds a percent sign (to answer a malformed escape)", () => {
    for (const path of ["/api/assessments/%ff", "/api/assessments/%E9t%e9/rounds", "/api/x%"]) expect(matcher().test(path), path).toBe(true);
    for (const path of ["/api/assessments/AAAAAAAAAAAAAAAAAAAAAA", "/api/report", "/api/registers/x/entries/y"]) expect(matcher().test(path), path).toBe(false);
  });

  it("leaves out the API, Next's assets and every file served from the root", () => {
    const files = rootFiles();
    expect(files).toContain("icon.svg");
    for (const path of ["/api/report", "/_next/static/chunks/a.js", ...files.map((f) => `/${f}`)]) {
      expect(matcher().test(path), path).toBe(false);
    }
  });
});
