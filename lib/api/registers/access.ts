import "server-only";
import type { TDb } from "../../db/open";
import { isWellFormedId } from "../../links/tokens";
import { checkRegisterToken } from "../../store/registers";
import { bearerToken, missingToken } from "../access";
import { apiError } from "../errors";

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
