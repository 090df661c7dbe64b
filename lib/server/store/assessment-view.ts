import { and, eq } from "drizzle-orm";
import type { TEvaluation } from "@/lib/domain/engine/types";
import type { TDb } from "../db/open";
import { assessments, publications, rounds, vendorRequests } from "../db/schema";
import type { TAssessmentView, TPublicationInfo, TRoundView, TVendorRequestInfo } from "@/lib/domain/assessment/saved";
import type { TVendorResponse } from "@/lib/domain/schema/vendor-response";

export type { TAssessmentView, TPublicationInfo, TRoundView };
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TClock } from "./clock";
import { readStoredDocument, readStoredEvaluation } from "./evaluate-document";
import { isReviewDue } from "@/lib/domain/dates";

type TRoundRow = typeof rounds.$inferSelect;

export const toRoundView = (r: TRoundRow, now: Date): TRoundView => {
  const document = readStoredDocument(r.document);
  return {
    round: r.number,
    document,
    evaluation: readStoredEvaluation(r.evaluation, document),
    verdict: r.evaluation.verdict,
    catalogueVersion: r.catalogueVersion,
    startedAt: r.startedAt.toISOString(),
    evaluatedAt: r.evaluatedAt.toISOString(),
    frozenAt: r.frozenAt?.toISOString() ?? null,
    reviewDate: r.reviewDate,
    reviewDateSet: r.reviewDateSet,
    reviewDue: isReviewDue(r.reviewDate, now),
  };
};

/** One assessment as the read link shows it, or null when the id is unknown. */
export async function getAssessment(db: TDb, id: string, clock: TClock): Promise<TAssessmentView | null> {
  const [a] = await db.select().from(assessments).where(eq(assessments.id, id));
  if (a === undefined) return null;
  const [r] = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.assessmentId, id), eq(rounds.number, a.currentRound)));
  if (r === undefined) return null;
  const [p] = await db.select().from(publications).where(eq(publications.assessmentId, id));
  const now = clock.now();
  return {
    id: a.id,
    version: a.version,
    rounds: a.currentRound,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    origin: a.origin ?? null,
    publication:
      p === undefined
        ? null
        : { publicId: p.publicId, showSchool: p.showSchool, round: p.round, publishedAt: p.publishedAt.toISOString(), updatedAt: p.updatedAt.toISOString() },
    ...(await vendorRequestInfo(db, id, now)),
    ...toRoundView(r, now),
  };
}

/** The owner's view of the vendor link and of the answers still waiting for acceptance. */
export async function vendorRequestInfo(db: TDb, assessmentId: string, now: Date): Promise<{ vendorRequest: TVendorRequestInfo | null; vendorResponse: TVendorResponse | null }> {
  const [row] = await db.select().from(vendorRequests).where(eq(vendorRequests.assessmentId, assessmentId));
  if (row === undefined) return { vendorRequest: null, vendorResponse: null };
  const active = row.tokenHash !== null && row.expiresAt.getTime() > now.getTime();
  const response = row.response ?? null;
  return {
    vendorRequest: active ? { createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString(), lang: row.lang } : null,
    vendorResponse: response !== null && Object.keys(response.answers).length > 0 ? response : null,
  };
}

