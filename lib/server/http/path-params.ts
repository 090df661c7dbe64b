import "server-only";
import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/domain/documents";
import { ID_PATTERN } from "@/lib/domain/ids";
import { toFieldIssues } from "@/lib/domain/schema/issues";
import { apiError } from "./errors";

const ZIdParamSchema = z.string().regex(ID_PATTERN);

/**
 * What each dynamic segment under app/api takes, by its name: every path parameter of every route
 * is read through this table (`readParams`, or `readQuery` for a route that names a bad segment
 * with its query's parameters). path-params.test.ts walks app/api and fails on a segment missing here.
 */
export const PATH_PARAMS = {
  id: ZIdParamSchema,
  assessmentId: ZIdParamSchema,
  publicId: ZIdParamSchema,
  round: z.string().regex(/^\d{1,6}$/).transform(Number),
  kind: z.enum(DOCUMENT_KINDS),
} as const;

export type TPathParam = keyof typeof PATH_PARAMS;
type TParamsOut<K extends TPathParam> = { [P in K]: z.output<(typeof PATH_PARAMS)[P]> };

/**
 * The route's path parameters `names`, each checked by its name; when one cannot be what it names (an id
 * that is not one of ours, a NUL, a round that is not a number), the 404 `not_found` naming each
 * such parameter: nothing can exist at that address, and nothing reaches the database.
 */
export async function readParams<K extends TPathParam>(
  req: Request,
  params: Promise<Record<K, string>>,
  names: readonly K[],
): Promise<{ ok: true; params: TParamsOut<K> } | { ok: false; response: Response }> {
  const given = await params;
  const schema = z.object(Object.fromEntries(names.map((n): [string, z.ZodType] => [n, PATH_PARAMS[n] ?? z.never()])));
  const parsed = schema.safeParse(Object.fromEntries(names.map((n) => [n, given[n]])));
  if (parsed.success) return { ok: true, params: parsed.data as TParamsOut<K> };
  // The issue names the parameter; the value (a NUL, a long string) is not echoed.
  const fields = toFieldIssues(parsed.error).map(({ field, code }) => ({ field, code: code === "invalid_type" ? code : "invalid_format" }));
  return { ok: false, response: apiError(req, "not_found", fields) };
}
