import { and, desc, eq, ilike } from "drizzle-orm";
import type { TEvaluation } from "@/lib/domain/engine/types";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { sourcing } from "@/lib/domain/engine/sourcing";
import type { TDb } from "../db/open";
import { assessments, publications, rounds } from "../db/schema";
import type { TOriginNote } from "@/lib/domain/assessment/saved";
import { newId } from "../security/tokens";
import { startingPointOf } from "@/lib/domain/assessment/start-from";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TPublicationInfo } from "./assessment-view";
import { createAssessment, type TCreated } from "./assessments";
import type { TClock } from "./clock";
import { readStoredDocument, readStoredEvaluation } from "./evaluate-document";
import { containsPattern, toSearchText } from "@/lib/domain/search-text";

/** What the public catalogue shows of an assessment: never the assessor, nor who checked a source; the school only when the owner opted in. */
export function publicDocument(doc: TAnswersDocument, showSchool: boolean): TAnswersDocument {
  const { assessor: _assessor, school, evidence, ...rest } = doc;
  // A source keeps what it is, where, what it says and when; not who checked it (a person's name).
  const sources = evidence === undefined ? {} : { evidence: Object.fromEntries(Object.entries(evidence).map(([id, items]) => [id, (items ?? []).map(({ by: _by, ...item }) => item)])) };
  return showSchool && school !== undefined ? { ...rest, ...sources, school } : { ...rest, ...sources };
}

/** The starting point of a copy: the service and the vendor's answers; the school's are for the new school to give. */
export const copiedDocument = (doc: TAnswersDocument): TAnswersDocument => startingPointOf(doc).document;

export interface TPublicSummary {
  publicId: string;
  serviceName: string;
  vendor: string | null;
  schoolName: string | null;
  verdict: TEvaluation["verdict"];
  basis: TEvaluation["basis"];
  catalogueVersion: string;
  evaluatedAt: string;
  publishedAt: string;
  updatedAt: string;
  /** How many answers about the service a copy of it keeps (the school's are given again). */
  carriedOver: number;
  /** How many of the vendor's answers (the [V] questions that apply, not unknown) rest on a source. */
  vendorSourcing: { answered: number; sourced: number };
}

export interface TPublicEntry extends TPublicSummary {
  document: TAnswersDocument;
  evaluation: TEvaluation;
}

type TRow = typeof publications.$inferSelect;

const vendorSourcingOf = (doc: TAnswersDocument) => {
  const s = sourcing(doc, CATALOGUE);
  return { answered: s.vendorAnswered, sourced: s.vendorSourced };
};

const summaryOf = (p: TRow): TPublicSummary => {
  const doc = readStoredDocument(p.document);
  return {
    publicId: p.publicId,
    serviceName: doc.service.name,
    vendor: doc.service.vendor ?? null,
    schoolName: doc.school?.name ?? null,
    verdict: p.evaluation.verdict,
    basis: readStoredEvaluation(p.evaluation, doc).basis,
    catalogueVersion: p.catalogueVersion,
    evaluatedAt: p.evaluatedAt.toISOString(),
    publishedAt: p.publishedAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    carriedOver: startingPointOf(doc).kept.length,
    vendorSourcing: vendorSourcingOf(doc),
  };
};

/**
 * Publishes (or refreshes) a snapshot of the round being edited under a separate public id,
 * so that the catalogue never reveals the assessment's own read link.
 */
export async function publish(db: TDb, assessmentId: string, showSchool: boolean, clock: TClock): Promise<TPublicationInfo | null> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const [a] = await tx.select().from(assessments).where(eq(assessments.id, assessmentId));
    if (a === undefined) return null;
    const [r] = await tx.select().from(rounds).where(and(eq(rounds.assessmentId, assessmentId), eq(rounds.number, a.currentRound)));
    if (r === undefined) return null;
    const stored = readStoredDocument(r.document);
    const document = publicDocument(stored, showSchool);
    const snapshot = {
      showSchool,
      round: r.number,
      serviceName: document.service.name,
      searchText: toSearchText(document.service.name, document.service.vendor),
      document,
      evaluation: readStoredEvaluation(r.evaluation, stored),
      verdict: r.verdict,
      catalogueVersion: r.catalogueVersion,
      evaluatedAt: r.evaluatedAt,
      updatedAt: now,
    };
    const [p] = await tx
      .insert(publications)
      .values({ publicId: newId(), assessmentId, publishedAt: now, ...snapshot })
      .onConflictDoUpdate({ target: publications.assessmentId, set: snapshot })
      .returning();
    if (p === undefined) return null;
    return { publicId: p.publicId, showSchool: p.showSchool, round: p.round, publishedAt: p.publishedAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
  });
}

export async function unpublish(db: TDb, assessmentId: string): Promise<boolean> {
  const removed = await db.delete(publications).where(eq(publications.assessmentId, assessmentId)).returning({ id: publications.publicId });
  return removed.length > 0;
}

/** The public catalogue: published assessments whose service or vendor name contains `query`, newest first. */
export async function searchCatalogue(db: TDb, query: string, limit: number): Promise<TPublicSummary[]> {
  const rows = await db
    .select()
    .from(publications)
    .where(query.trim() === "" ? undefined : ilike(publications.searchText, containsPattern(query)))
    .orderBy(desc(publications.updatedAt), desc(publications.publicId))
    .limit(limit);
  return rows.map(summaryOf);
}

export async function getPublicEntry(db: TDb, publicId: string): Promise<TPublicEntry | null> {
  const [p] = await db.select().from(publications).where(eq(publications.publicId, publicId));
  if (p === undefined) return null;
  const document = readStoredDocument(p.document);
  return { ...summaryOf(p), document, evaluation: readStoredEvaluation(p.evaluation, document) };
}

/** "Start from a published one": a new assessment with the same answers and a note of its origin. */
export async function copyPublished(db: TDb, publicId: string, clock: TClock): Promise<(TCreated & { origin: TOriginNote }) | null> {
  const entry = await getPublicEntry(db, publicId);
  if (entry === null) return null;
  const origin: TOriginNote = {
    publicId,
    serviceName: entry.serviceName,
    ...(entry.schoolName === null ? {} : { schoolName: entry.schoolName }),
    publishedAt: entry.updatedAt,
    copiedAt: clock.now().toISOString(),
  };
  const created = await createAssessment(db, copiedDocument(entry.document), clock, origin);
  return { ...created, origin };
}
