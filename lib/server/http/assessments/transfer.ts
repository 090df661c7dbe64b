import "server-only";
import { importDocument } from "@/lib/domain/schema/migrations";
import { z } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import { exportFileName } from "@/lib/domain/file-name";
import { toPiaExport } from "@/lib/render/pia/to-pia";
import { getAssessment } from "@/lib/server/store/assessment-view";
import { noteRead } from "@/lib/server/store/retention";
import { listRounds } from "@/lib/server/store/assessments";
import { systemClock } from "@/lib/server/store/clock";
import { apiError } from "../errors";
import { readBody } from "../read-body";
import { duplicateKeyIssues } from "../read-json";
import { readQuery, ZLangQuerySchema } from "../query";
import { withDb } from "../with-db";
import { createdResponse } from "./create";
import { routeId, type TIdParams } from "./params";

const ZExportQuerySchema = z.object({
  format: z.enum(["json", "pia"]).default("json"),
  lang: ZLangQuerySchema,
  round: z.string().regex(/^\d{1,6}$/).transform(Number).optional(),
});

const ZImportQuerySchema = z.object({ mode: z.enum(["create", "validate"]).default("create") });

const attachment = (body: unknown, fileName: string) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });

/**
 * GET /api/assessments/{id}/export[?format=json|pia][&round=n][&lang=fr|en]: the answers document
 * (with its schemaVersion), or the CNIL PIA tool's JSON in the chosen language.
 */
export async function handleExport(req: Request, params: TIdParams): Promise<Response> {
  const route = await routeId(req, params);
  if (!route.ok) return route.response;
  const read = readQuery(req, ZExportQuerySchema);
  if (!read.ok) return read.response;
  const { format, lang, round } = read.query;
  return withDb(req, async (db) => {
    const view = await getAssessment(db, route.id, systemClock);
    if (view !== null) await noteRead(db, [view.id], systemClock);
    if (view === null) return apiError(req, "not_found");
    const chosen = round === undefined ? view : (await listRounds(db, route.id, systemClock)).find((r) => r.round === round);
    if (chosen === undefined) return apiError(req, "not_found");
    const name = view.document.service.name;
    if (format === "json") return attachment(chosen.document, exportFileName(name, "answers", "json"));
    const pia = toPiaExport({ document: chosen.document, evaluation: chosen.evaluation, createdAt: view.createdAt, evaluatedAt: chosen.evaluatedAt }, translatorFor(lang));
    return attachment(pia, exportFileName(name, `pia-${lang}`, "json"));
  });
}

/**
 * POST /api/assessments/import[?mode=validate]: the body is an exported answers file (any schema
 * version); it is migrated, validated and saved as a new assessment (201), or only checked and
 * returned (200) with `mode=validate`.
 */
export async function handleImport(req: Request): Promise<Response> {
  const read = readQuery(req, ZImportQuerySchema);
  if (!read.ok) return read.response;
  const { mode } = read.query;
  const body = await readBody(req);
  if (!body.ok) return apiError(req, body.reason);
  const result = importDocument(body.text);
  const twice = result.ok ? duplicateKeyIssues(body.text) : [];
  if (twice.length > 0) return apiError(req, "invalid_answers", twice);
  if (!result.ok) return apiError(req, result.error, result.fields, result.fromVersion === undefined ? {} : { fromVersion: result.fromVersion });
  if (mode === "validate") return Response.json({ document: result.document, fromVersion: result.fromVersion }, { headers: { "Cache-Control": "no-store" } });
  return withDb(req, (db) => createdResponse(req, db, result.document, { fromVersion: result.fromVersion }));
}

export type { TIdParams };
