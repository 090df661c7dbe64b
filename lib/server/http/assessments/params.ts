import "server-only";
import type { TDb } from "@/lib/server/db/open";
import { logSecurityEvent } from "@/lib/server/security/log";
import { checkEditToken } from "@/lib/server/store/assessments";
import { bearerToken, ifMatchVersion, missingToken } from "../access";
import { apiError } from "../errors";
import { readParams } from "../path-params";
import { withDb } from "../with-db";

export type TIdParams = Promise<{ id: string }>;

/** The id of the route, or the 404 to send when it cannot be one of ours. */
export async function routeId(req: Request, params: TIdParams): Promise<{ ok: true; id: string } | { ok: false; response: Response }> {
  const read = await readParams(req, params, ["id"]);
  return read.ok ? { ok: true, id: read.params.id } : read;
}

/** Checks the edit token of an assessment: null when allowed, else the 401 / 403 / 404 to send. */
export async function refuseEdit(req: Request, db: TDb, id: string): Promise<Response | null> {
  const token = bearerToken(req);
  if (token === null) {
    logSecurityEvent("missing_token", { status: 401, method: req.method, resource: "assessment", assessmentId: id });
    return missingToken(req);
  }
  const access = await checkEditToken(db, id, token);
  if (access === "ok") return null;
  if (access === "not_found") return apiError(req, "not_found");
  logSecurityEvent("wrong_token", { status: 403, method: req.method, resource: "assessment", assessmentId: id });
  return apiError(req, "wrong_token");
}

/** Runs `act` on assessment {id} once the id and the edit token are checked; else the 4xx to send. */
export async function withEditAccess(
  req: Request,
  params: TIdParams,
  act: (db: TDb, id: string) => Promise<Response>,
): Promise<Response> {
  const route = await routeId(req, params);
  if (!route.ok) return route.response;
  return withDb(req, async (db) => (await refuseEdit(req, db, route.id)) ?? act(db, route.id));
}

/** The same for a conditional change: `If-Match` gives the version the change applies to. */
export function withVersionedEdit(
  req: Request,
  params: TIdParams,
  act: (db: TDb, id: string, version: number) => Promise<Response>,
): Promise<Response> {
  return withEditAccess(req, params, async (db, id) => {
    const match = ifMatchVersion(req);
    return match.ok ? act(db, id, match.version) : match.response;
  });
}
