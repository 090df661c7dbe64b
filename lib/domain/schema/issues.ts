import type { z } from "zod";

/** One bad field, named by its dotted path (e.g. "answers.COM-01"), with a stable code. */
export interface TFieldIssue {
  field: string;
  code: string;
  /** The value that was given, when there was one and it is short. */
  received?: string;
  /** The values that would be accepted, for enumerations. */
  allowed?: string[];
}

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join(".") || "(root)";

const KEY_NAME_MAX = 60;

/** A key as an error names it: a long one cut (whole characters), a blank one quoted (`""`). */
export function keyName(key: string): string {
  const chars = [...key];
  const cut = chars.length > KEY_NAME_MAX ? `${chars.slice(0, KEY_NAME_MAX).join("")}…` : key;
  return key.trim() === "" ? JSON.stringify(cut) : cut;
}

/** One `unknown_field` issue for each key of `json` that is not `allowed`. */
export const unknownFieldIssues = (json: object, allowed: readonly string[]): TFieldIssue[] =>
  Object.keys(json)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: keyName(key), code: "unknown_field" }));

/** Flattens zod issues into one entry per bad field (unknown keys each get their own entry). */
export function toFieldIssues(error: z.ZodError, input?: unknown): TFieldIssue[] {
  return error.issues.flatMap((zodIssue): TFieldIssue[] => {
    if (zodIssue.code === "unrecognized_keys") {
      return zodIssue.keys.map((key) => ({ field: fieldOf([...zodIssue.path, keyName(key)]), code: "unknown_field" }));
    }
    // A refinement names its own code (e.g. "unsafe_text") in its params.
    const code = zodIssue.code === "custom" && typeof zodIssue.params?.code === "string" ? zodIssue.params.code : zodIssue.code;
    const base: TFieldIssue = { field: fieldOf(zodIssue.path), code };
    if (zodIssue.code === "invalid_value") {
      base.allowed = zodIssue.values.map(String);
      const received = valueAt(input, zodIssue.path);
      if (typeof received === "string" && received.length <= 100) base.received = received;
    }
    return [base];
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
