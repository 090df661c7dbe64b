/**
 * Vigie's design tokens: the one source of the colours (and the few sizes) that the screen and the
 * PDF share. The PDF theme (lib/render/kit/theme.ts) reads them; `npm run tokens` writes them into
 * app/tokens.css as CSS custom properties (`ink` → `--ink`, `pass.ink` → `--pass-ink`). Pure data:
 * no React, no CSS, no PDF. Every text/background pair in TEXT_PAIRS is checked for WCAG AA
 * (4.5:1) by tokens.test.ts.
 */
import type { TDomainTone, TSeverity } from "../catalogue";
import type { TVerdict } from "../engine";

/** Plain colours. */
export const COLOUR = {
  /** Body text. */
  ink: "#1b1b1f",
  /** Secondary text: labels, notes, page footers. */
  muted: "#474c55",
  /** Borders of fields and boxes. */
  line: "#c9ccd1",
  /** Borders that must be seen (fields, the edge of a finding). */
  lineStrong: "#6b7079",
  /** Thin separators: table rules, list separators. */
  rule: "#d5dbe3",
  /** Page and card background. */
  surface: "#ffffff",
  /** Tinted background of boxes and table headers. */
  soft: "#f3f5f8",
  /** Headings of the PDF, the edge of a notice. */
  brand: "#1f3a5f",
  brandSoft: "#e8eef6",
  /** Links and primary buttons. */
  accent: "#0a4fa3",
  accentDark: "#083b7a",
  accentSoft: "#e8f0fb",
  focus: "#0a4fa3",
  /** The focus ring on a dark background (the site header). */
  focusOnDark: "#ffbf47",
  /** Errors and destructive buttons: the red of "not recommended". */
  danger: "#a61b1b",
  /** The site header's background, and its secondary text. */
  header: "#0b2e59",
  headerMuted: "#dfe7f2",
  /** Text on a strong background (verdict, header, buttons, blocking badge). */
  onStrong: "#ffffff",
  /** Behind a modal dialog, and the shadows of floating boxes. */
  backdrop: "rgb(0 0 0 / 0.55)",
  shadowStrong: "rgb(0 0 0 / 0.35)",
  shadow: "rgb(0 0 0 / 0.15)",
} as const;

export interface TToneTokens {
  /** Text on `bg`. */
  ink: string;
  /** Background of a badge or box in this tone. */
  bg: string;
  /** The edge (left border) of a box in this tone: not text. */
  edge: string;
}

/** The tones of a domain's status, a finding and a badge: pass, warn, fail, check (to check), na. */
export const TONE: Record<TDomainTone, TToneTokens> = {
  pass: { ink: "#0d5b2a", bg: "#e3f3e8", edge: "#2e7d4f" },
  warn: { ink: "#6b4100", bg: "#fff1d6", edge: "#b06d00" },
  fail: { ink: "#9b1c1c", bg: "#fde7e7", edge: "#b3261e" },
  check: { ink: "#1c4f80", bg: "#e4eef8", edge: "#3d7ab8" },
  na: { ink: COLOUR.muted, bg: "#eceff3", edge: COLOUR.lineStrong },
};

export interface TSolidTokens {
  /** A strong background, with `text` on it. */
  background: string;
  text: string;
  /** The tone of the same meaning, for tinted boxes. */
  tone: TDomainTone;
}

/** A verdict: the PDF's cover band, the screen's verdict box edge. */
export const VERDICT: Record<TVerdict, TSolidTokens> = {
  acceptable: { background: "#1e6b3a", text: COLOUR.onStrong, tone: "pass" },
  conditions: { background: "#8a4b00", text: COLOUR.onStrong, tone: "warn" },
  not_recommended: { background: COLOUR.danger, text: COLOUR.onStrong, tone: "fail" },
};

/** A severity: BLOCK is solid, the others are tinted in the tone of the same meaning. */
export const SEVERITY: Record<TSeverity, { background: string; text: string }> = {
  BLOCK: { background: "#8b1111", text: COLOUR.onStrong },
  HIGH: { background: TONE.fail.bg, text: TONE.fail.ink },
  MEDIUM: { background: TONE.warn.bg, text: TONE.warn.ink },
  LOW: { background: TONE.check.bg, text: TONE.check.ink },
};

/** Corner radii, in CSS pixels on screen and points in the PDF. */
export const RADIUS = { small: 3, medium: 4, large: 6 } as const;

/** Screen type scale (rem), shared by the headings of every page. */
export const FONT_SIZE = { h1: 2, h2: 1.4, h3: 1.1, small: 0.9 } as const;

/** Screen spacing scale (rem). */
export const SPACE = { xs: 0.25, s: 0.5, m: 0.75, l: 1, xl: 1.5, xxl: 2 } as const;

/** Every pair of a text colour on a background that the screen or the PDF uses. */
export const TEXT_PAIRS: readonly { name: string; text: string; background: string }[] = [
  ...(["ink", "muted", "accent", "accentDark", "danger", "brand"] as const).flatMap((text) =>
    (["surface", "soft", "brandSoft", "accentSoft"] as const).map((bg) => ({ name: `${text} on ${bg}`, text: COLOUR[text], background: COLOUR[bg] })),
  ),
  { name: "onStrong on header", text: COLOUR.onStrong, background: COLOUR.header },
  { name: "headerMuted on header", text: COLOUR.headerMuted, background: COLOUR.header },
  { name: "onStrong on brand", text: COLOUR.onStrong, background: COLOUR.brand },
  { name: "headerMuted on brand", text: COLOUR.headerMuted, background: COLOUR.brand },
  { name: "focusOnDark on header", text: COLOUR.focusOnDark, background: COLOUR.header },
  { name: "onStrong on accent", text: COLOUR.onStrong, background: COLOUR.accent },
  { name: "onStrong on accentDark", text: COLOUR.onStrong, background: COLOUR.accentDark },
  { name: "onStrong on danger", text: COLOUR.onStrong, background: COLOUR.danger },
  ...Object.entries(TONE).flatMap(([tone, t]) => [
    { name: `${tone} ink on its bg`, text: t.ink, background: t.bg },
    { name: `${tone} ink on surface`, text: t.ink, background: COLOUR.surface },
    { name: `ink on ${tone} bg`, text: COLOUR.ink, background: t.bg },
    { name: `muted on ${tone} bg`, text: COLOUR.muted, background: t.bg },
    { name: `accent on ${tone} bg`, text: COLOUR.accent, background: t.bg },
  ]),
  ...Object.entries(VERDICT).map(([verdict, v]) => ({ name: `verdict ${verdict}`, text: v.text, background: v.background })),
  ...Object.entries(SEVERITY).map(([severity, s]) => ({ name: `severity ${severity}`, text: s.text, background: s.background })),
];
