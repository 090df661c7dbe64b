import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";

describe("proxy matcher", () => {
  // Next reads proxy.ts's `config` statically, so the locales are written out in its matcher (read
  // here as text: importing the proxy needs Next's runtime). Keep them in step with LOCALES.
  it("runs on every path under every locale, dots included", () => {
    const source = readFileSync(new URL("./proxy.ts", import.meta.url), "utf8");
    const underLocale = /"\/\(([a-z|]+)\)\/:path\*"/.exec(source)?.[1];
    expect(underLocale?.split("|").sort()).toEqual([...LOCALES].sort());
  });
});
