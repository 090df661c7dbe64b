import { and, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { TDb } from "../db/open";
import { assessments } from "../db/schema";
import type { TClock } from "./clock";

/**
 * Retention (GDPR minimisation): saved assessments that nobody has read or changed for a given
 * time can be deleted (`npm run retention`). Reads are recorded to the day: at most one write per
 * assessment per day, whatever its traffic.
 */

const DAY_MS = 86_400_000;

/** Records that these assessments were read now, unless that was already recorded within a day. Never fails a read. */
export async function noteRead(db: TDb, ids: readonly string[], clock: TClock): Promise<void> {
  if (ids.length === 0) return;
  const now = clock.now();
  try {
    await db
      .update(assessments)
      .set({ lastReadAt: now })
      .where(and(inArray(assessments.id, [...ids]), or(isNull(assessments.lastReadAt), lt(assessments.lastReadAt, new Date(now.getTime() - DAY_MS)))));
  } catch (e) {
    console.error(`vigie: recording a read failed: ${(e as Error).name}`);
  }
}

/** What the retention lists: ids and dates only (no service, school or assessor). */
export interface TStaleAssessment {
  id: string;
  createdAt: string;
  updatedAt: string;
  lastReadAt: string | null;
}

/** Neither changed nor read since `cutoff`. */
const stale = (cutoff: Date) => and(lt(assessments.updatedAt, cutoff), or(isNull(assessments.lastReadAt), lt(assessments.lastReadAt, cutoff)));

const columns = { id: assessments.id, createdAt: assessments.createdAt, updatedAt: assessments.updatedAt, lastReadAt: assessments.lastReadAt };

const view = (r: { id: string; createdAt: Date; updatedAt: Date; lastReadAt: Date | null }): TStaleAssessment => ({
  id: r.id,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  lastReadAt: r.lastReadAt?.toISOString() ?? null,
});

/** The saved assessments neither read nor changed since `cutoff`, oldest first. */
export async function listStaleAssessments(db: TDb, cutoff: Date): Promise<TStaleAssessment[]> {
  const rows = await db.select(columns).from(assessments).where(stale(cutoff)).orderBy(sql`greatest(${assessments.updatedAt}, coalesce(${assessments.lastReadAt}, ${assessments.updatedAt}))`, assessments.id);
  return rows.map(view);
}

/** Deletes them (with their rounds, publication and register entries) and gives what was deleted. */
export async function deleteStaleAssessments(db: TDb, cutoff: Date): Promise<TStaleAssessment[]> {
  const rows = await db.delete(assessments).where(stale(cutoff)).returning(columns);
  return rows.map(view).sort((a, b) => a.id.localeCompare(b.id));
}

/** A retention period in days, from "365d" or "365" (at least 1, at most 100 years); null when it is not one. */
export function parseRetentionDays(value: string | undefined): number | null {
  const m = /^\s*(\d{1,5})\s*d?\s*$/i.exec(value ?? "");
  const days = m === null ? NaN : Number(m[1]);
  return Number.isInteger(days) && days >= 1 && days <= 36_500 ? days : null;
}

/** The moment before which an assessment neither read nor changed goes. */
export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
