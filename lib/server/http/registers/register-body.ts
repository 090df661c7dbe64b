import { isObject } from "@/lib/domain/schema/migrations/migrations";
import { isSafeLine, TEXT_MAX, UNSAFE_TEXT, unknownFieldIssues, type TFieldIssue } from "@/lib/domain/schema";

/** Reads `{name?: string | null}` (the school's name for its register; blank means none). */
export function readRegisterName(json: unknown): { ok: true; name: string | null } | { ok: false; fields: TFieldIssue[] } {
  if (!isObject(json)) return { ok: false, fields: [{ field: "(root)", code: "invalid_type" }] };
  const fields = unknownFieldIssues(json, ["name"]);
  const name = json.name;
  if (name !== undefined && name !== null && typeof name !== "string") fields.push({ field: "name", code: "invalid_type" });
  else if (typeof name === "string" && name.trim().length > TEXT_MAX) fields.push({ field: "name", code: "too_big" });
  else if (typeof name === "string" && !isSafeLine(name)) fields.push({ field: "name", code: UNSAFE_TEXT });
  if (fields.length > 0) return { ok: false, fields };
  return { ok: true, name: typeof name === "string" && name.trim() !== "" ? name.trim() : null };
}
