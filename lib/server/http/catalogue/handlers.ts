import "server-only";
import { z } from "zod";
import { isSafeLine, UNSAFE_TEXT } from "@/lib/domain/schema";
import { absolute, LINK_PATHS } from "@/lib/i18n/links";
import { systemClock } from "@/lib/server/store/clock";
import { copyPublished, getPublicEntry, searchCatalogue } from "@/lib/server/store/publications";
import { apiError, errorLocale } from "../errors";
import { assessmentLinks, publicOrigin } from "../links";
import { readQuery } from "../query";
import { refuseOversizedBody } from "../read-json";
import { readParams } from "../path-params";
import { withDb } from "../with-db";

const PAGE = 50;

const ZSearchQuerySchema = z.object({
  // Cut between characters, never inside a surrogate pair.
  q: z.string().refine(isSafeLine, { params: { code: UNSAFE_TEXT } }).default("").transform((q) => [...q].slice(0, 120).join("")),
  limit: z.string().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().min(1).max(PAGE)).default(PAGE),
});
export type TPublicParams = Promise<{ publicId: string }>;

const publicUrl = (req: Request, publicId: string) => absolute(publicOrigin(req), LINK_PATHS.publicEntry(errorLocale(req), publicId));

/** GET /api/catalogue?q=…&limit=…: published assessments whose service or vendor name contains q. */
export async function handleSearchCatalogue(req: Request): Promise<Response> {
  const read = readQuery(req, ZSearchQuerySchema);
  if (!read.ok) return read.response;
  const { q, limit } = read.query;
  return withDb(req, async (db) => {
    const items = (await searchCatalogue(db, q, limit)).map((s) => ({ ...s, publicUrl: publicUrl(req, s.publicId) }));
    return Response.json({ q, items }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** GET /api/catalogue/{publicId}: one published assessment (answers and evaluation, no assessor). */
export async function handleGetPublic(req: Request, params: TPublicParams): Promise<Response> {
  const read = await readParams(req, params, ["publicId"]);
  if (!read.ok) return read.response;
  const { publicId } = read.params;
  return withDb(req, async (db) => {
    const entry = await getPublicEntry(db, publicId);
    return entry === null ? apiError(req, "not_found") : Response.json({ ...entry, publicUrl: publicUrl(req, publicId) }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** POST /api/catalogue/{publicId}/copy: a new assessment from a published one, with a note of its origin (201). */
export async function handleCopyPublic(req: Request, params: TPublicParams): Promise<Response> {
  const refused = await refuseOversizedBody(req);
  if (refused !== null) return refused;
  const read = await readParams(req, params, ["publicId"]);
  if (!read.ok) return read.response;
  const { publicId } = read.params;
  return withDb(req, async (db) => {
    const created = await copyPublished(db, publicId, systemClock);
    if (created === null) return apiError(req, "not_found");
    return Response.json(
      { id: created.id, editToken: created.editToken, ...assessmentLinks(req, created.id, created.editToken), version: created.version, round: created.round, origin: created.origin },
      { status: 201, headers: { "Cache-Control": "no-store", Location: `/api/assessments/${created.id}` } },
    );
  });
}

