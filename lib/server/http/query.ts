import "server-only";
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { toFieldIssues, type TFieldIssue } from "@/lib/domain/schema/issues";
import { apiError } from "./errors";

/** The query as an object of each parameter's first value (a parameter given twice keeps its first value). */
export function queryOf(req: Request): Record<string, string> {
  const params = new URL(req.url).searchParams;
  return Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.get(k) ?? ""]));
}

/** `lang`: fr or en, French when absent. */
export const ZLangQuerySchema = z.enum(LOCALES).default(DEFAULT_LOCALE);

/**
 * Parses the query with `schema`; a bad parameter gives the 400 `invalid_query` naming each field.
 * `path` adds the route's own parameters (e.g. a document's kind), checked with the query.
 */
export function readQuery<S extends z.ZodType>(req: Request, schema: S, path: Record<string, string> = {}): { ok: true; query: z.output<S> } | { ok: false; response: Response } {
  const input = { ...queryOf(req), ...path };
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, response: invalidQuery(req, toFieldIssues(parsed.error, input)) };
}

/** The 400 for bad query parameters, each named. */
export const invalidQuery = (req: Request, fields: TFieldIssue[]) => apiError(req, "invalid_query", fields);
