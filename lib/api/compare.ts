import "server-only";
import { CATALOGUE } from "../catalogue";
import { COMPARE_MAX, COMPARE_MIN, compareView } from "../compare/compare-view";
import { getAssessment } from "../store/assessment-view";
import { systemClock } from "../store/clock";
import { noteRead } from "../store/retention";
import { assessmentIdOf } from "./assessment-ref";
import { apiError } from "./errors";
import { withDb } from "./with-db";

/** GET /api/compare?ids=a,b[,c,d] (ids or read links): 2–4 assessments side by side. */
export async function handleCompare(req: Request): Promise<Response> {
  const raw = (new URL(req.url).searchParams.get("ids") ?? "").split(",").filter((s) => s.trim() !== "");
  const ids = raw.map(assessmentIdOf);
  const unique = new Set(ids);
  if (raw.length < COMPARE_MIN || raw.length > COMPARE_MAX || unique.size !== raw.length) {
    return apiError(req, "invalid_query", [{ field: "ids", code: "compare_count" }]);
  }
  const bad = ids.flatMap((id, i) => (id === null ? [{ field: `ids.${i}`, code: "unknown_assessment" }] : []));
  if (bad.length > 0) return apiError(req, "invalid_query", bad);
  return withDb(req, async (db) => {
    const views = await Promise.all(ids.map((id) => getAssessment(db, id as string, systemClock)));
    const missing = views.flatMap((v, i) => (v === null ? [{ field: `ids.${i}`, code: "unknown_assessment" }] : []));
    if (missing.length > 0) return apiError(req, "not_found", missing);
    await noteRead(db, ids as string[], systemClock);
    const inputs = views.map((v) => v!).map((v) => ({ id: v.id, document: v.document, evaluation: v.evaluation, evaluatedAt: v.evaluatedAt }));
    return Response.json(compareView(inputs, CATALOGUE), { headers: { "Cache-Control": "no-store" } });
  });
}
