import { EVIDENCE_BY_MAX, EVIDENCE_ITEMS_MAX, EVIDENCE_QUOTE_MAX, EVIDENCE_SOURCE_MAX, SERVICE_NAME_MAX, TEXT_MAX } from "@/lib/domain/schema/document-shape";
import { UNSAFE_TEXT } from "@/lib/domain/schema/safe-text";

/** The longest text of each field of a source. */
const EVIDENCE_MAX: Record<string, number> = { source: EVIDENCE_SOURCE_MAX, quote: EVIDENCE_QUOTE_MAX, by: EVIDENCE_BY_MAX };

/** A source's field from its path ("evidence.COM-01.0.quote" → "quote"), or "" for the list itself. */
const evidenceField = (path: string) => /^evidence\.[^.]+\.\d+\.(\w+)$/.exec(path)?.[1] ?? "";

/**
 * The message (key in FormErrors, and its values) for a schema error on a form path. The resolver
 * reports zod's issue code as the error type, and a refinement's message ("unsafe_text") as its message.
 */
export function fieldErrorMessage(path: string, type: string | undefined, message?: string): [string, Record<string, number>?] {
  if (type === "custom" && message === UNSAFE_TEXT) return ["unsafeText"];
  if (path.startsWith("evidence.")) {
    const field = evidenceField(path);
    if (field === "") return type === "too_big" ? ["tooManySources", { max: EVIDENCE_ITEMS_MAX }] : ["invalid"];
    if (type === "too_big") return ["tooLong", { max: EVIDENCE_MAX[field] ?? TEXT_MAX }];
    if (field === "source") return ["sourceRequired"];
    if (field === "date") return ["date"];
    return ["invalid"];
  }
  if (type === "too_big") return ["tooLong", { max: path === "service.name" ? SERVICE_NAME_MAX : TEXT_MAX }];
  if (path === "service.name") return ["serviceNameRequired"];
  if (path === "service.url") return ["url"];
  if (path === "school.uai") return ["uai"];
  if (path.startsWith("answers.")) return ["answer"];
  return ["invalid"];
}
