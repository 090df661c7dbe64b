import "server-only";
import type { TDb } from "@/lib/server/db/open";
import { isWellFormedId } from "@/lib/domain/ids";
import { logSecurityEvent } from "@/lib/server/security/log";
import { checkRegisterToken } from "@/lib/server/store/registers";
import { bearerToken, missingToken } from "../access";
import { apiError } from "../errors";
import { withDb } from "../with-db";

export type TRegisterParams = Promise<{ id: string }>;

/** Null when the request carries this register's edit token, else the 401 / 403 / 404 to send. */
export async function refuseRegisterEdit(req: Request, db: TDb, id: string): Promise<Response | null> {
  if (!isWellFormedId(id)) return apiError(req, "not_found");
  const token = bearerToken(req);
  if (token === null) {
    logSecurityEvent("missing_token", { status: 401, method: req.method, resource: "register", registerId: id });
    return missingToken(req);
  }
  const access = await checkRegisterToken(db, id, token);
  if (access === "ok") return null;
  if (access === "not_found") return apiError(req, "not_found");
  logSecurityEvent("wrong_token", { status: 403, method: req.method, resource: "register", registerId: id });
  return apiError(req, "wrong_token");
}

/** Runs `act` on register {id} once its edit token is checked; else the 4xx (or 503) to send. */
export function withRegisterEdit(req: Request, id: string, act: (db: TDb) => Promise<Response>): Promise<Response> {
  return withDb(req, async (db) => (await refuseRegisterEdit(req, db, id)) ?? act(db));
}
