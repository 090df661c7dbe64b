import "server-only";
import { historyOf } from "@/lib/domain/history/diff-rounds";
import { listRounds, startRound } from "@/lib/server/store/assessments";
import { systemClock } from "@/lib/server/store/clock";
import { apiError } from "../errors";
import { refuseOversizedBody } from "../read-json";
import { readParams } from "../path-params";
import { withDb } from "../with-db";
import { mutationResponse } from "./item";
import { routeId, withVersionedEdit, type TIdParams } from "./params";

/** POST /api/assessments/{id}/rounds: re-evaluate (freeze the round, start the next from its answers). */
export async function handleStartRound(req: Request, params: TIdParams): Promise<Response> {
  const refused = await refuseOversizedBody(req);
  if (refused !== null) return refused;
  return withVersionedEdit(req, params, async (db, id, version) =>
    mutationResponse(req, await startRound(db, id, version, systemClock), { version }, 201),
  );
}

/** GET /api/assessments/{id}/rounds: every round (without its answers) and what changed between them. */
export async function handleGetHistory(req: Request, params: TIdParams): Promise<Response> {
  const route = await routeId(req, params);
  if (!route.ok) return route.response;
  return withDb(req, async (db) => {
    const rounds = await listRounds(db, route.id, systemClock);
    if (rounds.length === 0) return apiError(req, "not_found");
    const summaries = rounds.map(({ document, evaluation, ...summary }) => ({ ...summary, serviceName: document.service.name }));
    return Response.json({ id: route.id, rounds: summaries, changes: historyOf(rounds) }, { headers: { "Cache-Control": "no-store" } });
  });
}

export type TRoundParams = Promise<{ id: string; round: string }>;

/** GET /api/assessments/{id}/rounds/{n}: one round in full (answers and frozen evaluation). */
export async function handleGetRound(req: Request, params: TRoundParams): Promise<Response> {
  const read = await readParams(req, params, ["id", "round"]);
  if (!read.ok) return read.response;
  const { id, round } = read.params;
  return withDb(req, async (db) => {
    const found = (await listRounds(db, id, systemClock)).find((r) => r.round === round);
    return found === undefined ? apiError(req, "not_found") : Response.json({ id, ...found }, { headers: { "Cache-Control": "no-store" } });
  });
}
