import "server-only";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { readCompareIds } from "@/lib/domain/compare/compare-ids";
import { compareView } from "@/lib/domain/compare/compare-view";
import { getAssessment } from "../store/assessment-view";
import { systemClock } from "../store/clock";
import { noteRead } from "../store/retention";
import { apiError } from "./errors";
import { withDb } from "./with-db";

/** GET /api/compare?ids=a,b[,c,d] (ids or read links): 2–4 assessments side by side. */
export async function handleCompare(req: Request): Promise<Response> {
  const { ids, problems } = readCompareIds((new URL(req.url).searchParams.get("ids") ?? "").split(","));
  const fields = problems.map((p) => (p.code === "compare_count" ? { field: "ids", code: p.code } : { field: `ids.${p.index}`, code: p.code }));
  if (fields.length > 0) return apiError(req, "invalid_query", fields);
  return withDb(req, async (db) => {
    const views = await Promise.all(ids.map((id) => getAssessment(db, id, systemClock)));
    const missing = views.flatMap((v, i) => (v === null ? [{ field: `ids.${i}`, code: "unknown_assessment" }] : []));
    if (missing.length > 0) return apiError(req, "not_found", missing);
    await noteRead(db, ids, systemClock);
    const inputs = views.map((v) => v!).map((v) => ({ id: v.id, document: v.document, evaluation: v.evaluation, evaluatedAt: v.evaluatedAt }));
    return Response.json(compareView(inputs, CATALOGUE), { headers: { "Cache-Control": "no-store" } });
  });
}
