import "server-only";
import { isObject } from "@/lib/domain/schema/migrations/migrations";
import { absolute, LINK_PATHS } from "@/lib/i18n/links";
import { systemClock } from "@/lib/server/store/clock";
import { unknownFieldIssues } from "@/lib/domain/schema";
import { logSecurityEvent } from "@/lib/server/security/log";
import { publish, unpublish } from "@/lib/server/store/publications";
import { apiError, errorLocale } from "../errors";
import { publicOrigin } from "../links";
import { readJsonBody, refuseOversizedBody } from "../read-json";
import { withEditAccess, type TIdParams } from "./params";

/**
 * PUT /api/assessments/{id}/publication `{showSchool: boolean}` with the edit token: publishes
 * (or refreshes) the current round in the public catalogue. The assessor is never published.
 */
export function handlePublish(req: Request, params: TIdParams): Promise<Response> {
  return withEditAccess(req, params, async (db, id) => {
    const body = await readJsonBody(req);
    if (!body.ok) return body.response;
    const json = body.json;
    if (!isObject(json)) return apiError(req, "invalid_request", [{ field: "(root)", code: "invalid_type" }]);
    const unknown = unknownFieldIssues(json, ["showSchool"]);
    const showSchool = json.showSchool ?? false;
    if (unknown.length > 0 || typeof showSchool !== "boolean") {
      return apiError(req, "invalid_request", [
        ...unknown,
        ...(typeof showSchool === "boolean" ? [] : [{ field: "showSchool", code: "not_boolean" }]),
      ]);
    }
    const info = await publish(db, id, showSchool, systemClock);
    if (info === null) return apiError(req, "not_found");
    const publicUrl = absolute(publicOrigin(req), LINK_PATHS.publicEntry(errorLocale(req), info.publicId));
    return Response.json({ ...info, publicUrl }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** DELETE /api/assessments/{id}/publication with the edit token: withdraws it from the catalogue. */
export async function handleUnpublish(req: Request, params: TIdParams): Promise<Response> {
  const refused = await refuseOversizedBody(req);
  if (refused !== null) return refused;
  return withEditAccess(req, params, async (db, id) => {
    if (!(await unpublish(db, id))) return apiError(req, "not_found");
    logSecurityEvent("deleted", { status: 204, method: req.method, resource: "publication", assessmentId: id });
    return new Response(null, { status: 204 });
  });
}
