import { and, asc, eq, sql } from "drizzle-orm";
import type { TEvaluation } from "@/lib/domain/engine/types";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { sourcing } from "@/lib/domain/engine/sourcing";
import type { TDb } from "../db/open";
import { assessments, registerEntries, registers, rounds } from "../db/schema";
import { hashToken, newId, newToken, tokenMatches } from "../security/tokens";
import type { TClock } from "./clock";
import type { TAccess, TRotation } from "./assessments";
import { readStoredDocument, readStoredEvaluation } from "./evaluate-document";
import { isReviewDue } from "@/lib/domain/dates";
import type { TRegisterEntry, TRegisterView } from "@/lib/domain/service-register/types";

export type { TRegisterEntry, TRegisterView };

export async function createRegister(db: TDb, name: string | null, clock: TClock): Promise<{ id: string; editToken: string }> {
  const now = clock.now();
  const id = newId();
  const editToken = newToken();
  await db.insert(registers).values({ id, editTokenHash: hashToken(editToken), name, createdAt: now, updatedAt: now });
  return { id, editToken };
}

export async function checkRegisterToken(db: TDb, id: string, token: string): Promise<TAccess> {
  const [row] = await db.select({ hash: registers.editTokenHash }).from(registers).where(eq(registers.id, id));
  if (row === undefined) return "not_found";
  return tokenMatches(token, row.hash) ? "ok" : "forbidden";
}

/** Replaces a register's edit token, given its current one (as rotateEditToken does for an assessment). */
export async function rotateRegisterToken(db: TDb, id: string, currentToken: string): Promise<TRotation> {
  const access = await checkRegisterToken(db, id, currentToken);
  if (access !== "ok") return { kind: access };
  const editToken = newToken();
  const done = await db
    .update(registers)
    .set({ editTokenHash: hashToken(editToken) })
    .where(and(eq(registers.id, id), eq(registers.editTokenHash, hashToken(currentToken))))
    .returning({ id: registers.id });
  return done.length > 0 ? { kind: "rotated", editToken } : { kind: "forbidden" };
}

export async function renameRegister(db: TDb, id: string, name: string | null, clock: TClock): Promise<boolean> {
  const done = await db.update(registers).set({ name, updatedAt: clock.now() }).where(eq(registers.id, id)).returning({ id: registers.id });
  return done.length > 0;
}

/** Adds an assessment (by its id, i.e. its read link) to a register; adding it twice changes nothing. */
export async function addEntry(db: TDb, registerId: string, assessmentId: string, clock: TClock): Promise<"added" | "present" | "no_assessment"> {
  const [a] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.id, assessmentId));
  if (a === undefined) return "no_assessment";
  const now = clock.now();
  const inserted = await db
    .insert(registerEntries)
    .values({ registerId, assessmentId, addedAt: now })
    .onConflictDoNothing()
    .returning({ id: registerEntries.assessmentId });
  if (inserted.length > 0) await db.update(registers).set({ updatedAt: now }).where(eq(registers.id, registerId));
  return inserted.length > 0 ? "added" : "present";
}

export async function removeEntry(db: TDb, registerId: string, assessmentId: string, clock: TClock): Promise<boolean> {
  const removed = await db
    .delete(registerEntries)
    .where(and(eq(registerEntries.registerId, registerId), eq(registerEntries.assessmentId, assessmentId)))
    .returning({ id: registerEntries.assessmentId });
  if (removed.length > 0) await db.update(registers).set({ updatedAt: clock.now() }).where(eq(registers.id, registerId));
  return removed.length > 0;
}

/** A register with every entry's current round, in the order they were added. */
export async function getRegister(db: TDb, id: string, clock: TClock): Promise<TRegisterView | null> {
  const [reg] = await db.select().from(registers).where(eq(registers.id, id));
  if (reg === undefined) return null;
  const rows = await db
    .select({ entry: registerEntries, round: rounds })
    .from(registerEntries)
    .innerJoin(assessments, eq(assessments.id, registerEntries.assessmentId))
    .innerJoin(rounds, and(eq(rounds.assessmentId, assessments.id), eq(rounds.number, assessments.currentRound)))
    .where(eq(registerEntries.registerId, id))
    .orderBy(asc(registerEntries.addedAt), asc(sql`${registerEntries.assessmentId}`));
  const now = clock.now();
  return {
    id: reg.id,
    name: reg.name,
    createdAt: reg.createdAt.toISOString(),
    updatedAt: reg.updatedAt.toISOString(),
    entries: rows.map(({ entry, round }) => {
      const doc = readStoredDocument(round.document);
      return {
        assessmentId: entry.assessmentId,
        serviceName: doc.service.name,
        vendor: doc.service.vendor ?? null,
        schoolName: doc.school?.name ?? null,
        verdict: round.evaluation.verdict,
        basis: readStoredEvaluation(round.evaluation, doc).basis,
        catalogueVersion: round.catalogueVersion,
        round: round.number,
        evaluatedAt: round.evaluatedAt.toISOString(),
        reviewDate: round.reviewDate,
        reviewDue: isReviewDue(round.reviewDate, now),
        addedAt: entry.addedAt.toISOString(),
        decision: doc.decision === undefined ? null : { outcome: doc.decision.outcome, date: doc.decision.date },
        sourcing: sourcing(doc, CATALOGUE),
      };
    }),
  };
}
