import type { TDomainTone, TSeverity } from "@/lib/domain/catalogue";
import { COLOUR, SEVERITY, TONE, VERDICT } from "@/lib/domain/design/tokens";
import type { TVerdict } from "@/lib/domain/engine";

/** The PDF's colours, from the design tokens the screen shares (lib/domain/design/tokens.ts, where
 * every text/background pair is checked for a contrast ratio of at least 4.5:1). */
export const COLOURS = {
  ink: COLOUR.ink,
  muted: COLOUR.muted,
  line: COLOUR.rule,
  soft: COLOUR.soft,
  brand: COLOUR.brand,
  brandSoft: COLOUR.brandSoft,
  white: COLOUR.surface,
  /** Secondary text on the brand band. */
  brandMuted: COLOUR.headerMuted,
  /** Behind an urgent condition, and behind a blank to complete. */
  urgentBg: TONE.fail.bg,
  toCompleteBg: TONE.warn.bg,
} as const;

interface TTone {
  background: string;
  text: string;
}

export const VERDICT_TONES: Record<TVerdict, TTone> = {
  acceptable: { background: VERDICT.acceptable.background, text: VERDICT.acceptable.text },
  conditions: { background: VERDICT.conditions.background, text: VERDICT.conditions.text },
  not_recommended: { background: VERDICT.not_recommended.background, text: VERDICT.not_recommended.text },
};

const tinted = (tone: TDomainTone): TTone => ({ background: TONE[tone].bg, text: TONE[tone].ink });

export const STATUS_TONES: Record<TDomainTone, TTone> = {
  pass: tinted("pass"),
  warn: tinted("warn"),
  fail: tinted("fail"),
  check: tinted("check"),
  na: tinted("na"),
};

export const SEVERITY_TONES: Record<TSeverity, TTone> = SEVERITY;

export const UNKNOWN_TONE: TTone = tinted("na");
