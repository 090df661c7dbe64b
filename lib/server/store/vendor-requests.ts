import { and, eq, gt } from "drizzle-orm";
import type { TDb } from "../db/open";
import { assessments, vendorRequests } from "../db/schema";
import { hashToken, newToken, tokenMatches } from "../security/tokens";
import type { TAnswersDocument, TEvidenceItem } from "@/lib/domain/schema";
import type { TRespondent, TVendorResponse } from "@/lib/domain/schema/vendor-response";
import { getAssessment } from "./assessment-view";
import { saveAnswers, type TMutation } from "./assessments";
import type { TClock } from "./clock";

const DAY_MS = 86_400_000;

export interface TVendorLink {
  /** The secret vendor token: returned once, stored only as a hash. */
  vendorToken: string;
  expiresAt: string;
}

/**
 * Opens (or replaces) the vendor link of an assessment: a new 256-bit token, valid `days` days.
 * An assessment has at most one: the previous token, if any, stops working. The vendor's last
 * response, if any, stays. Null when the assessment does not exist.
 */
export async function createVendorRequest(db: TDb, assessmentId: string, lang: string, days: number, clock: TClock): Promise<TVendorLink | null> {
  const now = clock.now();
  const vendorToken = newToken();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  const [exists] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.id, assessmentId));
  if (exists === undefined) return null;
  const values = { tokenHash: hashToken(vendorToken), lang, createdAt: now, expiresAt };
  await db
    .insert(vendorRequests)
    .values({ assessmentId, ...values })
    .onConflictDoUpdate({ target: vendorRequests.assessmentId, set: values });
  return { vendorToken, expiresAt: expiresAt.toISOString() };
}

/** Revokes the vendor link of an assessment (its response, if any, stays). True when there was one. */
export async function revokeVendorRequest(db: TDb, assessmentId: string): Promise<boolean> {
  const done = await db
    .update(vendorRequests)
    .set({ tokenHash: null })
    .where(eq(vendorRequests.assessmentId, assessmentId))
    .returning({ id: vendorRequests.assessmentId });
  return done.length > 0;
}

/** What a vendor token opens: the assessment it answers for, or why not (`gone`: unknown, revoked, replaced or expired). */
export type TVendorAccess =
  | { kind: "ok"; assessmentId: string; lang: string; expiresAt: string; response: TVendorResponse | null }
  | { kind: "gone"; reason: "expired" | "unknown" };

/**
 * Finds the request of a vendor token. The token is looked up by its hash (the database never
 * sees it in clear) and the match is confirmed with the constant-time comparison of every token.
 */
export async function openVendorRequest(db: TDb, token: string, clock: TClock): Promise<TVendorAccess> {
  const [row] = await db.select().from(vendorRequests).where(eq(vendorRequests.tokenHash, hashToken(token)));
  if (row === undefined || row.tokenHash === null || !tokenMatches(token, row.tokenHash)) return { kind: "gone", reason: "unknown" };
  if (row.expiresAt.getTime() <= clock.now().getTime()) return { kind: "gone", reason: "expired" };
  return { kind: "ok", assessmentId: row.assessmentId, lang: row.lang, expiresAt: row.expiresAt.toISOString(), response: row.response ?? null };
}

/**
 * Stores the vendor's response in place of the previous one, if the token still works at this
 * instant (not revoked, replaced or expired in the meantime): else `gone`.
 */
export async function saveVendorResponse(
  db: TDb,
  token: string,
  input: { respondent: TRespondent; answers: Record<string, string>; evidence: Record<string, TEvidenceItem[]> },
  clock: TClock,
): Promise<{ kind: "saved"; response: TVendorResponse } | { kind: "gone" }> {
  const now = clock.now();
  const response: TVendorResponse = { ...input, submittedAt: now.toISOString() };
  const done = await db
    .update(vendorRequests)
    .set({ response, submittedAt: now })
    .where(and(eq(vendorRequests.tokenHash, hashToken(token)), gt(vendorRequests.expiresAt, now)))
    .returning({ id: vendorRequests.assessmentId });
  return done.length > 0 ? { kind: "saved", response } : { kind: "gone" };
}

export type TAcceptance = TMutation | { kind: "not_waiting"; ruleIds: string[] };

/**
 * Applies the vendor's answers to `ruleIds` (and their sources, replacing the school's sources of
 * those answers, plus `vendorItem`: the respondent and the date) as a new version of the round
 * being edited, if it is still at `expectedVersion`; they leave the waiting response in the same
 * transaction. An id with no waiting answer is refused, nothing applied.
 */
export async function acceptVendorAnswers(
  db: TDb,
  assessmentId: string,
  expectedVersion: number,
  ruleIds: readonly string[],
  vendorItem: (response: TVendorResponse) => TEvidenceItem,
  clock: TClock,
): Promise<TAcceptance> {
  const [row] = await db.select({ response: vendorRequests.response }).from(vendorRequests).where(eq(vendorRequests.assessmentId, assessmentId));
  const response = row?.response ?? null;
  const missing = ruleIds.filter((id) => response?.answers[id] === undefined);
  if (response === null || missing.length > 0) return { kind: "not_waiting", ruleIds: response === null ? [...ruleIds] : missing };
  const view = await getAssessment(db, assessmentId, clock);
  if (view === null) return { kind: "not_found" };
  const doc: TAnswersDocument = structuredClone(view.document);
  const evidence = { ...(doc.evidence ?? {}) };
  const answers: Record<string, string | undefined> = { ...doc.answers };
  const item = vendorItem(response);
  for (const id of ruleIds) {
    answers[id] = response.answers[id] as string;
    evidence[id] = [...(response.evidence[id] ?? []), item];
  }
  const next: TAnswersDocument = { ...doc, answers: answers as TAnswersDocument["answers"], evidence };
  return saveAnswers(db, assessmentId, expectedVersion, next, clock, async (tx) => {
    // Read again in the transaction: a response sent since is kept, less the answers accepted.
    const [now] = await tx.select({ response: vendorRequests.response }).from(vendorRequests).where(eq(vendorRequests.assessmentId, assessmentId));
    const current = now?.response ?? null;
    if (current === null) return;
    const keep = <T,>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([id]) => !ruleIds.includes(id)));
    await tx
      .update(vendorRequests)
      .set({ response: { ...current, answers: keep(current.answers), evidence: keep(current.evidence) } })
      .where(eq(vendorRequests.assessmentId, assessmentId));
  });
}
