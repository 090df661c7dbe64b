import "server-only";
import { CATALOGUE_VERSION } from "@/lib/domain/catalogue";
import type { TAssessmentView } from "@/lib/server/store/assessment-view";
import { etag } from "../access";
import { assessmentReadUrl } from "../links";

/** The JSON of an assessment as the read link shows it, with what the catalogue has become since. */
export const assessmentJson = (req: Request, view: TAssessmentView) => ({
  ...view,
  readUrl: assessmentReadUrl(req, view.id),
  currentCatalogueVersion: CATALOGUE_VERSION,
  catalogueOutdated: view.catalogueVersion !== CATALOGUE_VERSION,
});

export const assessmentResponse = (req: Request, view: TAssessmentView, status = 200, extra: Record<string, unknown> = {}) =>
  Response.json({ ...assessmentJson(req, view), ...extra }, { status, headers: { "Cache-Control": "no-store", ETag: etag(view.version) } });
