/** Ids and tokens are base64url; anything else is refused before it reaches the database. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const isWellFormedId = (id: string) => ID_PATTERN.test(id);

const ID_IN_LINK = new RegExp(`/assessments/(${ID_PATTERN.source.slice(1, -1)})(?:[/?#]|$)`);

/** An assessment id given as such, or inside a read or edit link (…/assessments/<id>[/edit][#token=…]). */
export function assessmentIdOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (isWellFormedId(trimmed)) return trimmed;
  return ID_IN_LINK.exec(trimmed)?.[1] ?? null;
}
