import { and, asc, eq, sql } from "drizzle-orm";
import type { TDb } from "../db/open";
import { assessments, rounds } from "../db/schema";
import type { TOriginNote } from "@/lib/domain/assessment/saved";
import { hashToken, newId, newToken, tokenMatches } from "../security/tokens";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { getAssessment, toRoundView, type TAssessmentView, type TRoundView } from "./assessment-view";
import type { TClock } from "./clock";
import { evaluateDocument } from "./evaluate-document";
import { defaultReviewDate } from "@/lib/domain/dates";

export interface TCreated {
  id: string;
  /** The secret edit token: returned once, stored only as a hash. */
  editToken: string;
  version: number;
  round: number;
}

export type TAccess = "ok" | "not_found" | "forbidden";

export type TMutation = { kind: "done"; view: TAssessmentView } | { kind: "conflict"; current: TAssessmentView } | { kind: "not_found" };

/** Saves a new assessment (round 1, version 1) and gives its id and edit token. */
export async function createAssessment(db: TDb, doc: TAnswersDocument, clock: TClock, origin?: TOriginNote): Promise<TCreated> {
  const now = clock.now();
  const id = newId();
  const editToken = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(assessments).values({
      id,
      editTokenHash: hashToken(editToken),
      version: 1,
      currentRound: 1,
      serviceName: doc.service.name,
      origin: origin ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(rounds).values(newRound(id, 1, doc, now));
  });
  return { id, editToken, version: 1, round: 1 };
}

/** Whether `token` is this assessment's edit token (hashes compared in constant time). */
export async function checkEditToken(db: TDb, id: string, token: string): Promise<TAccess> {
  const [row] = await db.select({ hash: assessments.editTokenHash }).from(assessments).where(eq(assessments.id, id));
  if (row === undefined) return "not_found";
  return tokenMatches(token, row.hash) ? "ok" : "forbidden";
}

/** A rotation's outcome: the new edit token (returned once, stored as a hash), or why not. */
export type TRotation = { kind: "rotated"; editToken: string } | { kind: "not_found" } | { kind: "forbidden" };

/**
 * Replaces the edit token of an assessment, given its current one: the old token is refused from
 * now on, nothing else changes (answers, version, rounds, publication). The update is conditional
 * on the old hash, so of two rotations at once with the same token only one wins.
 */
export async function rotateEditToken(db: TDb, id: string, currentToken: string): Promise<TRotation> {
  const access = await checkEditToken(db, id, currentToken);
  if (access !== "ok") return { kind: access };
  const editToken = newToken();
  const done = await db
    .update(assessments)
    .set({ editTokenHash: hashToken(editToken) })
    .where(and(eq(assessments.id, id), eq(assessments.editTokenHash, hashToken(currentToken))))
    .returning({ id: assessments.id });
  return done.length > 0 ? { kind: "rotated", editToken } : { kind: "forbidden" };
}

/**
 * Runs a change if the assessment is still at `expectedVersion`: bumps the version and calls
 * `change` in the same transaction. A concurrent writer makes the conditional update match
 * nothing, and the caller gets the stored state instead (nothing is overwritten).
 */
async function mutate(
  db: TDb,
  id: string,
  expectedVersion: number,
  clock: TClock,
  change: (tx: TDb, currentRound: number, now: Date) => Promise<void>,
  serviceName?: string,
): Promise<TMutation> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(assessments)
      .set({ version: sql`${assessments.version} + 1`, updatedAt: now, ...(serviceName === undefined ? {} : { serviceName }) })
      .where(and(eq(assessments.id, id), eq(assessments.version, expectedVersion)))
      .returning({ currentRound: assessments.currentRound });
    if (row === undefined) {
      const current = await getAssessment(tx, id, clock);
      return current === null ? { kind: "not_found" } : { kind: "conflict", current };
    }
    await change(tx, row.currentRound, now);
    const view = await getAssessment(tx, id, clock);
    return view === null ? { kind: "not_found" } : { kind: "done", view };
  });
}

/** A round that starts now from these answers, evaluated at once, to review in a year. */
const newRound = (assessmentId: string, number: number, doc: TAnswersDocument, now: Date) => {
  const evaluation = evaluateDocument(doc);
  return {
    assessmentId,
    number,
    document: doc,
    evaluation,
    verdict: evaluation.verdict,
    catalogueVersion: evaluation.catalogueVersion,
    startedAt: now,
    evaluatedAt: now,
    reviewDate: defaultReviewDate(now),
  };
};

const currentRoundOf = (id: string, round: number) => and(eq(rounds.assessmentId, id), eq(rounds.number, round));

/**
 * Replaces the answers of the round being edited, and evaluates them again; `also` runs in the same
 * transaction (accepting the vendor's answers clears them from its response).
 */
export function saveAnswers(
  db: TDb,
  id: string,
  expectedVersion: number,
  doc: TAnswersDocument,
  clock: TClock,
  also?: (tx: TDb) => Promise<void>,
): Promise<TMutation> {
  const evaluation = evaluateDocument(doc);
  return mutate(
    db,
    id,
    expectedVersion,
    clock,
    async (tx, round, now) => {
      await tx
        .update(rounds)
        .set({
          document: doc,
          evaluation,
          verdict: evaluation.verdict,
          catalogueVersion: evaluation.catalogueVersion,
          evaluatedAt: now,
          reviewDate: sql`case when ${rounds.reviewDateSet} then ${rounds.reviewDate} else ${defaultReviewDate(now)}::date end`,
        })
        .where(currentRoundOf(id, round));
      await also?.(tx);
    },
    doc.service.name,
  );
}

/** Sets the review date of the round being edited; null goes back to one year after its evaluation. */
export function setReviewDate(db: TDb, id: string, expectedVersion: number, reviewDate: string | null, clock: TClock): Promise<TMutation> {
  return mutate(db, id, expectedVersion, clock, async (tx, round) => {
    const [r] = await tx.select({ evaluatedAt: rounds.evaluatedAt }).from(rounds).where(currentRoundOf(id, round));
    if (r === undefined) return;
    await tx
      .update(rounds)
      .set({ reviewDate: reviewDate ?? defaultReviewDate(r.evaluatedAt), reviewDateSet: reviewDate !== null })
      .where(currentRoundOf(id, round));
  });
}

/**
 * Re-evaluation: freezes the round being edited (answers, verdict, catalogue version) and starts
 * the next one from the same answers, evaluated against today's catalogue.
 */
export function startRound(db: TDb, id: string, expectedVersion: number, clock: TClock): Promise<TMutation> {
  return mutate(db, id, expectedVersion, clock, async (tx, round, now) => {
    const [previous] = await tx.select().from(rounds).where(currentRoundOf(id, round));
    if (previous === undefined) return;
    const doc = toRoundView(previous, now).document;
    await tx.update(rounds).set({ frozenAt: now }).where(currentRoundOf(id, round));
    await tx.insert(rounds).values(newRound(id, round + 1, doc, now));
    await tx.update(assessments).set({ currentRound: round + 1 }).where(eq(assessments.id, id));
  });
}

/** Every round of an assessment, oldest first (empty when the id is unknown). */
export async function listRounds(db: TDb, id: string, clock: TClock): Promise<TRoundView[]> {
  const rows = await db.select().from(rounds).where(eq(rounds.assessmentId, id)).orderBy(asc(rounds.number));
  const now = clock.now();
  return rows.map((r) => toRoundView(r, now));
}

/** Deletes an assessment with its rounds, publication and register entries. */
export async function deleteAssessment(db: TDb, id: string): Promise<boolean> {
  const deleted = await db.delete(assessments).where(eq(assessments.id, id)).returning({ id: assessments.id });
  return deleted.length > 0;
}
