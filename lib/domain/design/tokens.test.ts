import { describe, expect, it } from "vitest";
import { COLOUR, SEVERITY, TEXT_PAIRS, TONE, VERDICT } from "./tokens";

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("design tokens", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    // #777 on white is the classic near miss of AA.
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(contrast("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it.each(TEXT_PAIRS.map((p) => [p.name, p.text, p.background] as const))("%s (%s on %s) reaches 4.5:1", (_name, text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it("checks every tone, verdict and severity as text on its background", () => {
    const pairs = new Set(TEXT_PAIRS.map((p) => `${p.text} on ${p.background}`));
    const used = [
      ...Object.values(TONE).map((t) => `${t.ink} on ${t.bg}`),
      ...Object.values(VERDICT).map((v) => `${v.text} on ${v.background}`),
      ...Object.values(SEVERITY).map((s) => `${s.text} on ${s.background}`),
      `${COLOUR.ink} on ${COLOUR.surface}`,
      `${COLOUR.onStrong} on ${COLOUR.header}`,
    ];
    expect(used.filter((pair) => !pairs.has(pair))).toEqual([]);
  });

  it("gives a verdict the tone of the same meaning", () => {
    expect(VERDICT.not_recommended.background).toBe(COLOUR.danger);
    expect(VERDICT.acceptable.tone).toBe("pass");
    expect(SEVERITY.HIGH.text).toBe(TONE.fail.ink);
  });
});
