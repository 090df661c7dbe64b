import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COLOUR, TONE, VERDICT } from "./tokens";
import { tokenProperties, tokensCss } from "./tokens-css";

const TOKENS_CSS = path.join(import.meta.dirname, "..", "..", "..", "app", "tokens.css");

describe("app/tokens.css", () => {
  it("is what `npm run tokens` writes from lib/domain/design/tokens.ts (run it after changing a token)", () => {
    expect(readFileSync(TOKENS_CSS, "utf8")).toBe(tokensCss());
  });

  it("names each token once, in kebab case, with the PDF's value", () => {
    const properties = new Map(tokenProperties());
    expect(properties.size).toBe(tokenProperties().length);
    for (const name of properties.keys()) expect(name).toMatch(/^--[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(properties.get("--line-strong")).toBe(COLOUR.lineStrong);
    expect(properties.get("--fail-ink")).toBe(TONE.fail.ink);
    expect(properties.get("--verdict-not-recommended")).toBe(VERDICT.not_recommended.background);
    expect(properties.get("--severity-block-bg")).toMatch(/^#/);
  });
});
