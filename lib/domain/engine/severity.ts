import { SEVERITIES, type TSeverity } from "../catalogue";

const rank = (s: TSeverity) => SEVERITIES.indexOf(s);

export const compareSeverity = (a: TSeverity, b: TSeverity) => rank(a) - rank(b);

export const maxSeverity = (list: readonly TSeverity[]): TSeverity | null =>
  list.reduce<TSeverity | null>((worst, s) => (worst === null || rank(s) > rank(worst) ? s : worst), null);

/** One level up, never above `cap`; a severity already above the cap (BLOCK) stays as it is. */
export function raise(s: TSeverity, cap: TSeverity): TSeverity {
  if (rank(s) >= rank(cap)) return s;
  return SEVERITIES[rank(s) + 1] ?? s;
}

/** One level down, never below the lowest. */
export const lower = (s: TSeverity): TSeverity => SEVERITIES[Math.max(0, rank(s) - 1)] ?? s;
