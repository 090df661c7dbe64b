import "server-only";
import { logSecurityEvent } from "@/lib/server/security/log";
import { getAssessment } from "@/lib/server/store/assessment-view";
import { checkEditToken, deleteAssessment, saveAnswers, setReviewDate } from "@/lib/server/store/assessments";
import { systemClock } from "@/lib/server/store/clock";
import { noteRead } from "@/lib/server/store/retention";
import type { TMutation } from "@/lib/server/store/assessments";
import { bearerToken } from "../access";
import { apiError } from "../errors";
import { readAnswersDocument, refuseRefusalWithoutReason } from "../read-document";
import { readJsonBody, refuseOversizedBody } from "../read-json";
import { withDb } from "../with-db";
import { routeId, withEditAccess, withVersionedEdit, type TIdParams } from "./params";
import { readReviewPatch } from "./review-patch";
import { assessmentJson, assessmentResponse } from "./respond";

/**
 * GET /api/assessments/{id}: anyone with the read link. With an edit token (Authorization: Bearer),
 * `editable` also says whether that token still allows changes (false once the link was replaced),
 * so the form can say so before the first change fails; the read itself is never refused for it.
 */
export async function handleGetAssessment(req: Request, params: TIdParams): Promise<Response> {
  const route = await routeId(req, params);
  if (!route.ok) return route.response;
  return withDb(req, async (db) => {
    const view = await getAssessment(db, route.id, systemClock);
    if (view === null) return apiError(req, "not_found");
    await noteRead(db, [view.id], systemClock);
    const token = bearerToken(req);
    if (token === null) return assessmentResponse(req, view);
    return assessmentResponse(req, view, 200, { editable: (await checkEditToken(db, view.id, token)) === "ok" });
  });
}

/** The answer to a conditional change: 200 with the new state, or 409 with both versions. */
export function mutationResponse(req: Request, result: TMutation, yours: Record<string, unknown>, status = 200): Response {
  if (result.kind === "not_found") return apiError(req, "not_found");
  if (result.kind === "conflict") {
    logSecurityEvent("conflict", { status: 409, method: req.method, resource: "assessment", assessmentId: result.current.id, version: result.current.version });
    return apiError(req, "conflict", [], { yours, current: assessmentJson(req, result.current) });
  }
  return assessmentResponse(req, result.view, status);
}

/** PUT /api/assessments/{id}: new answers, with the edit token and If-Match. */
export function handlePutAssessment(req: Request, params: TIdParams): Promise<Response> {
  return withVersionedEdit(req, params, async (db, id, version) => {
    const read = await readAnswersDocument(req);
    if (!read.ok) return read.response;
    const refused = refuseRefusalWithoutReason(req, read.doc, (await getAssessment(db, id, systemClock))?.document.decision);
    if (refused !== null) return refused;
    const result = await saveAnswers(db, id, version, read.doc, systemClock);
    return mutationResponse(req, result, { version, document: read.doc });
  });
}

/** PATCH /api/assessments/{id}: `{reviewDate: "YYYY-MM-DD" | null}`, with the edit token and If-Match. */
export function handlePatchAssessment(req: Request, params: TIdParams): Promise<Response> {
  return withVersionedEdit(req, params, async (db, id, version) => {
    const body = await readJsonBody(req);
    if (!body.ok) return body.response;
    const patch = readReviewPatch(body.json);
    if (!patch.ok) return apiError(req, "invalid_request", patch.fields);
    const result = await setReviewDate(db, id, version, patch.reviewDate, systemClock);
    return mutationResponse(req, result, { version, reviewDate: patch.reviewDate });
  });
}

/** DELETE /api/assessments/{id}: with the edit token; removes every round and its publication. */
export async function handleDeleteAssessment(req: Request, params: TIdParams): Promise<Response> {
  const refused = await refuseOversizedBody(req);
  if (refused !== null) return refused;
  return withEditAccess(req, params, async (db, id) => {
    if (!(await deleteAssessment(db, id))) return apiError(req, "not_found");
    logSecurityEvent("deleted", { status: 204, method: req.method, resource: "assessment", assessmentId: id });
    return new Response(null, { status: 204 });
  });
}
