import type { TDomainTone, TSeverity } from "../../catalogue";
import type { TVerdict } from "../../engine";

/** Colours: every text/background pair below has a contrast ratio of at least 4.5:1 (WCAG AA). */
export const COLOURS = {
  ink: "#1a2433",
  muted: "#4a5568",
  line: "#d5dbe3",
  soft: "#f3f5f8",
  brand: "#1f3a5f",
  brandSoft: "#e8eef6",
  white: "#ffffff",
} as const;

interface TTone {
  background: string;
  text: string;
}

export const VERDICT_TONES: Record<TVerdict, TTone> = {
  acceptable: { background: "#1e6b3a", text: COLOURS.white },
  conditions: { background: "#8a4b00", text: COLOURS.white },
  not_recommended: { background: "#a61b1b", text: COLOURS.white },
};

export const STATUS_TONES: Record<TDomainTone, TTone> = {
  pass: { background: "#e3f2e8", text: "#1a5e33" },
  warn: { background: "#fdf1dc", text: "#6e3d00" },
  fail: { background: "#fbe4e4", text: "#962020" },
  check: { background: "#e4eef8", text: "#1c4f80" },
  na: { background: "#eceff3", text: "#4a5568" },
};

export const SEVERITY_TONES: Record<TSeverity, TTone> = {
  BLOCK: { background: "#7f1d1d", text: COLOURS.white },
  HIGH: { background: "#fbe4e4", text: "#962020" },
  MEDIUM: { background: "#fdf1dc", text: "#6e3d00" },
  LOW: { background: "#e6eef8", text: "#1d4e89" },
};

export const UNKNOWN_TONE: TTone = { background: "#eceff3", text: COLOURS.muted };
