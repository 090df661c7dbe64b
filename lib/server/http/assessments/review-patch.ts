import { unknownFieldIssues, type TFieldIssue } from "@/lib/domain/schema";
import { isCalendarDay } from "@/lib/domain/dates";
import { isObject } from "@/lib/domain/schema/migrations/migrations";

export type TReviewPatch = { ok: true; reviewDate: string | null } | { ok: false; fields: TFieldIssue[] };

/** Reads `{reviewDate: "YYYY-MM-DD" | null}`; null goes back to the default (one year after the evaluation). */
export function readReviewPatch(json: unknown): TReviewPatch {
  if (!isObject(json)) return { ok: false, fields: [{ field: "(root)", code: "invalid_type" }] };
  const fields = unknownFieldIssues(json, ["reviewDate"]);
  const value = json.reviewDate;
  if (value === undefined) fields.push({ field: "reviewDate", code: "invalid_type" });
  else if (value !== null && (typeof value !== "string" || !isCalendarDay(value))) {
    fields.push({ field: "reviewDate", code: "invalid_date", ...(typeof value === "string" ? { received: value.slice(0, 40) } : {}) });
  }
  return fields.length > 0 ? { ok: false, fields } : { ok: true, reviewDate: (value as string | null) ?? null };
}
