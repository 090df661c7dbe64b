import "server-only";
import type { TDb } from "../../db/open";
import { isWellFormedId } from "../../links/tokens";
import { checkRegisterToken } from "../../store/registers";
import { bearerToken, missingToken } from "../access";
import { apiError } from "../errors";
import { withDb } from "../with-db";

export type TRegisterParams = Promise<{ id: string }>;

/** Null when the request carries this register's edit token, else the 401 / 403 / 404 to send. */
export async function refuseRegisterEdit(req: Request, db: TDb, id: string): Promise<Response | null> {
  if (!isWellFormedId(id)) return apiError(req, "not_found");
  const token = bearerToken(req);
  if (token === null) return missingToken(req);
  const access = await checkRegisterToken(db, id, token);
  if (access === "ok") return null;
  return apiError(req, access === "not_found" ? "not_found" : "wrong_token");
}

/** Runs `act` on register {id} once its edit token is checked; else the 4xx (or 503) to send. */
export function withRegisterEdit(req: Request, id: string, act: (db: TDb) => Promise<Response>): Promise<Response> {
  return withDb(req, async (db) => (await refuseRegisterEdit(req, db, id)) ?? act(db));
}
