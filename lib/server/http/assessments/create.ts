import "server-only";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TOriginNote } from "@/lib/domain/assessment/saved";
import type { TDb } from "@/lib/server/db/open";
import { createAssessment } from "@/lib/server/store/assessments";
import { systemClock } from "@/lib/server/store/clock";
import { etag } from "../access";
import { assessmentLinks } from "../links";
import { readAnswersDocument, refuseRefusalWithoutReason } from "../read-document";
import { withDb } from "../with-db";

/** Saves a document as a new assessment: 201 `{id, editToken, readUrl, editUrl, version, round}`. */
export async function createdResponse(
  req: Request,
  db: TDb,
  doc: TAnswersDocument,
  extra: Record<string, unknown> = {},
  origin?: TOriginNote,
): Promise<Response> {
  const created = await createAssessment(db, doc, systemClock, origin);
  const links = assessmentLinks(req, created.id, created.editToken);
  return Response.json(
    { id: created.id, editToken: created.editToken, ...links, version: created.version, round: created.round, ...extra },
    {
      status: 201,
      headers: { "Cache-Control": "no-store", ETag: etag(created.version), Location: `/api/assessments/${created.id}` },
    },
  );
}

/** POST /api/assessments: the body is an answers document. */
export async function handleCreateAssessment(req: Request): Promise<Response> {
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  const refused = refuseRefusalWithoutReason(req, read.doc);
  if (refused !== null) return refused;
  return withDb(req, (db) => createdResponse(req, db, read.doc));
}
