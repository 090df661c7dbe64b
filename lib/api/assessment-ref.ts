import { isWellFormedId } from "../links/tokens";

/** An assessment id given as such, or inside a read or edit link (…/assessments/<id>[/edit][#token=…]). */
export function assessmentIdOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (isWellFormedId(trimmed)) return trimmed;
  const m = /\/assessments\/([A-Za-z0-9_-]{16,64})(?:[/?#]|$)/.exec(trimmed);
  return m?.[1] ?? null;
}
