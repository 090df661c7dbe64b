import { SERVICE_NAME_MAX, TEXT_MAX } from "@/lib/domain/schema/document-shape";
import { UNSAFE_TEXT } from "@/lib/domain/schema/safe-text";

/**
 * The message (key in FormErrors, and its values) for a schema error on a form path. The resolver
 * reports zod's issue code as the error type, and a refinement's message ("unsafe_text") as its message.
 */
export function fieldErrorMessage(path: string, type: string | undefined, message?: string): [string, Record<string, number>?] {
  if (type === "custom" && message === UNSAFE_TEXT) return ["unsafeText"];
  if (type === "too_big") return ["tooLong", { max: path === "service.name" ? SERVICE_NAME_MAX : TEXT_MAX }];
  if (path === "service.name") return ["serviceNameRequired"];
  if (path === "service.url") return ["url"];
  if (path === "school.uai") return ["uai"];
  if (path.startsWith("answers.")) return ["answer"];
  return ["invalid"];
}
