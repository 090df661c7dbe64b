import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { logSecurityEvent } from "@/lib/server/security/log";
import { filterRegisterEntries, REGISTER_EXPORT_FORMATS, ZRegisterFiltersSchema } from "@/lib/domain/service-register/filter-entries";
import { renderRegisterExport } from "@/lib/render/service-register/export";
import { systemClock } from "@/lib/server/store/clock";
import { addEntry, createRegister, getRegister, removeEntry, renameRegister } from "@/lib/server/store/registers";
import { assessmentIdOf } from "@/lib/domain/ids";
import { apiError, errorLocale } from "../errors";
import { assessmentReadUrl, registerLinks } from "../links";
import { withPdfQueue } from "../pdf-busy";
import { readQuery } from "../query";
import { readJsonBody, refuseOversizedBody } from "../read-json";
import { readParams } from "../path-params";
import { withDb } from "../with-db";
import { withRegisterEdit, type TRegisterParams } from "./access";
import { readRegisterName } from "./register-body";
import { clientGoneSignal } from "@/lib/server/security/connection";

const NO_STORE = { "Cache-Control": "no-store" };

/** The export's query: the list's filters, the format, and the language (the browser's when absent). */
const ZRegisterExportQuerySchema = ZRegisterFiltersSchema.extend({
  format: z.enum(REGISTER_EXPORT_FORMATS).default(REGISTER_EXPORT_FORMATS[0]),
  lang: z.enum(LOCALES).optional(),
});

/** POST /api/registers `{name?}` → 201 `{id, editToken, readUrl, editUrl}`. */
export async function handleCreateRegister(req: Request): Promise<Response> {
  const body = await readJsonBody(req);
  if (!body.ok) return body.response;
  const read = readRegisterName(body.json);
  if (!read.ok) return apiError(req, "invalid_request", read.fields);
  return withDb(req, async (db) => {
    const { id, editToken } = await createRegister(db, read.name, systemClock);
    return Response.json(
      { id, editToken, ...registerLinks(req, id, editToken), name: read.name },
      { status: 201, headers: { ...NO_STORE, Location: `/api/registers/${id}` } },
    );
  });
}

/** Loads a register and applies the query's filters, or gives the 4xx answer. */
async function filteredRegister(req: Request, params: TRegisterParams) {
  const path = await readParams(req, params, ["id"]);
  if (!path.ok) return path;
  const { id } = path.params;
  const read = readQuery(req, ZRegisterFiltersSchema);
  if (!read.ok) return { ok: false as const, response: read.response };
  return { ok: true as const, id, filters: read.query };
}

/** GET /api/registers/{id}?q=&verdict=&reviewDue=&sort=: the services with verdict, dates and review dates. */
export async function handleGetRegister(req: Request, params: TRegisterParams): Promise<Response> {
  const f = await filteredRegister(req, params);
  if (!f.ok) return f.response;
  return withDb(req, async (db) => {
    const register = await getRegister(db, f.id, systemClock);
    if (register === null) return apiError(req, "not_found");
    const entries = filterRegisterEntries(register.entries, f.filters).map((e) => ({ ...e, readUrl: assessmentReadUrl(req, e.assessmentId) }));
    return Response.json({ ...register, total: register.entries.length, entries }, { headers: NO_STORE });
  });
}

/**
 * GET /api/registers/{id}/export[?format=csv|pdf][&lang=fr|en][&filters]: the register as CSV (the
 * default) or as its PDF summary, with the same filters as the list.
 */
export async function handleExportRegister(req: Request, params: TRegisterParams): Promise<Response> {
  const path = await readParams(req, params, ["id"]);
  if (!path.ok) return path.response;
  const { id } = path.params;
  const read = readQuery(req, ZRegisterExportQuerySchema);
  if (!read.ok) return read.response;
  const { format, lang, ...filters } = read.query;
  const f = { id, filters };
  return withDb(req, async (db) => {
    const register = await getRegister(db, f.id, systemClock);
    if (register === null) return apiError(req, "not_found");
    const signal = clientGoneSignal(req);
    return withPdfQueue(req, signal, async () => {
      const locale = lang ?? errorLocale(req);
      const file = await renderRegisterExport(format, {
        register,
        filters: f.filters,
        locale,
        readUrl: (id) => assessmentReadUrl(req, id),
        now: systemClock.now(),
        signal,
      });
      return new Response(file.body, {
        headers: {
          ...NO_STORE,
          "Content-Type": file.contentType,
          "Content-Disposition": `attachment; filename="${file.filename}"`,
          "Content-Language": locale,
        },
      });
    });
  });
}

/** PATCH /api/registers/{id} `{name}` with the register's edit token. */
export async function handleRenameRegister(req: Request, params: TRegisterParams): Promise<Response> {
  const path = await readParams(req, params, ["id"]);
  if (!path.ok) return path.response;
  const { id } = path.params;
  return withRegisterEdit(req, id, async (db) => {
    const body = await readJsonBody(req);
    if (!body.ok) return body.response;
    const read = readRegisterName(body.json);
    if (!read.ok) return apiError(req, "invalid_request", read.fields);
    await renameRegister(db, id, read.name, systemClock);
    return handleGetRegister(req, params);
  });
}

/** POST /api/registers/{id}/entries `{assessmentId}` (an id or a read link) with the register's edit token. */
export async function handleAddEntry(req: Request, params: TRegisterParams): Promise<Response> {
  const path = await readParams(req, params, ["id"]);
  if (!path.ok) return path.response;
  const { id } = path.params;
  return withRegisterEdit(req, id, async (db) => {
    const body = await readJsonBody(req);
    if (!body.ok) return body.response;
    const json = body.json as Record<string, unknown> | null;
    const assessmentId = assessmentIdOf(typeof json === "object" && json !== null ? json.assessmentId : undefined);
    if (assessmentId === null) return apiError(req, "invalid_request", [{ field: "assessmentId", code: "unknown_assessment" }]);
    const result = await addEntry(db, id, assessmentId, systemClock);
    if (result === "no_assessment") return apiError(req, "invalid_request", [{ field: "assessmentId", code: "unknown_assessment" }]);
    return Response.json({ registerId: id, assessmentId, added: result === "added" }, { status: result === "added" ? 201 : 200, headers: NO_STORE });
  });
}

export type TEntryParams = Promise<{ id: string; assessmentId: string }>;

/** DELETE /api/registers/{id}/entries/{assessmentId} with the register's edit token. */
export async function handleRemoveEntry(req: Request, params: TEntryParams): Promise<Response> {
  const refused = await refuseOversizedBody(req);
  if (refused !== null) return refused;
  const path = await readParams(req, params, ["id", "assessmentId"]);
  if (!path.ok) return path.response;
  const { id, assessmentId } = path.params;
  return withRegisterEdit(req, id, async (db) => {
    if (!(await removeEntry(db, id, assessmentId, systemClock))) return apiError(req, "not_found");
    logSecurityEvent("deleted", { status: 204, method: req.method, resource: "register_entry", registerId: id, assessmentId });
    return new Response(null, { status: 204 });
  });
}
