/** Who is answering: the wording of the form, the result and the report follow it (no zod here: the start page loads it). */
export const MODES = ["head", "it", "parents"] as const;
export type TMode = (typeof MODES)[number];
