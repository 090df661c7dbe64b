import "server-only";
import type { TDb } from "@/lib/server/db/open";
import { rotateEditToken, type TRotation } from "@/lib/server/store/assessments";
import { rotateRegisterToken } from "@/lib/server/store/registers";
import { bearerToken, missingToken } from "../access";
import { apiError } from "../errors";
import { assessmentLinks, registerLinks } from "../links";
import { readParams } from "../path-params";
import { withDb } from "../with-db";

type TRotate = (db: TDb, id: string, token: string) => Promise<TRotation>;
type TLinks = (req: Request, id: string, editToken: string) => { readUrl: string; editUrl: string };

/** Rotates the edit token given in `Authorization: Bearer`: 200 `{id, editToken, readUrl, editUrl}`, or 401 / 403 / 404. */
async function rotate(req: Request, params: Promise<{ id: string }>, act: TRotate, links: TLinks): Promise<Response> {
  const read = await readParams(req, params, ["id"]);
  if (!read.ok) return read.response;
  const { id } = read.params;
  const token = bearerToken(req);
  if (token === null) return missingToken(req);
  return withDb(req, async (db) => {
    const result = await act(db, id, token);
    if (result.kind === "not_found") return apiError(req, "not_found");
    if (result.kind === "forbidden") return apiError(req, "wrong_token");
    return Response.json({ id, editToken: result.editToken, ...links(req, id, result.editToken) }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** POST /api/assessments/{id}/token: a new edit link; the old token is refused from now on. */
export const handleRotateAssessmentToken = (req: Request, params: Promise<{ id: string }>) => rotate(req, params, rotateEditToken, assessmentLinks);

/** POST /api/registers/{id}/token: the same for a register. */
export const handleRotateRegisterToken = (req: Request, params: Promise<{ id: string }>) => rotate(req, params, rotateRegisterToken, registerLinks);
