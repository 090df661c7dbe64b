import { SERVICE_NAME_MAX, TEXT_MAX } from "@/lib/schema/document-shape";

/**
 * The message (key in FormErrors, and its values) for a schema error on a form path. The resolver
 * reports zod's issue code as the error type.
 */
export function fieldErrorMessage(path: string, type: string | undefined): [string, Record<string, number>?] {
  if (type === "too_big") return ["tooLong", { max: path === "service.name" ? SERVICE_NAME_MAX : TEXT_MAX }];
  if (path === "service.name") return ["serviceNameRequired"];
  if (path === "service.url") return ["url"];
  if (path === "school.uai") return ["uai"];
  if (path.startsWith("answers.")) return ["answer"];
  return ["invalid"];
}
