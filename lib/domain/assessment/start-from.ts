import { CONTEXT, DOMAINS } from "../catalogue";
import type { TAnswersDocument } from "../schema";

/** What "start from this one" keeps of a published assessment, and what the new school answers again. */
export interface TStartingPoint {
  /** The new assessment's document: the service and the vendor's answers with their sources, nothing of the other school. */
  document: TAnswersDocument;
  /** The questions about the service (answered by the vendor) whose answers are kept, in catalogue order. */
  kept: string[];
  /** The questions about the school (context and [S] questions) left blank for the new school, in catalogue order. */
  reset: string[];
}

/** Questions the vendor answers ([V]): their answers describe the service, the same for every school. */
const VENDOR_QUESTIONS: readonly string[] = DOMAINS.flatMap((d) => d.rules.filter((r) => r.who === "V").map((r) => r.id));

/** Questions about the school: its context and the [S] questions (how it uses the service). */
export const SCHOOL_QUESTIONS: readonly string[] = [
  ...CONTEXT.map((q) => q.id),
  ...DOMAINS.flatMap((d) => d.rules.filter((r) => r.who === "S").map((r) => r.id)),
];

/**
 * A published assessment as the starting point of another school's: the service and the answers
 * about it, with their sources, are kept; the school, the assessor, who answers, the action plan, the decision and every
 * answer about the school (context and [S] questions) are left for the new school to give.
 */
export function startingPointOf(published: TAnswersDocument): TStartingPoint {
  const answers: TAnswersDocument["answers"] = {};
  const kept: string[] = [];
  for (const id of VENDOR_QUESTIONS) {
    const value = published.answers[id as keyof TAnswersDocument["answers"]];
    if (value === undefined) continue;
    (answers as Record<string, unknown>)[id] = value;
    kept.push(id);
  }
  // The sources of the vendor's answers describe the service too: they go with the answers.
  const evidence = Object.fromEntries(VENDOR_QUESTIONS.flatMap((id) => {
    const items = published.evidence?.[id];
    return items === undefined || items.length === 0 ? [] : [[id, items]];
  }));
  return {
    document: { schemaVersion: published.schemaVersion, service: published.service, answers, ...(Object.keys(evidence).length > 0 ? { evidence } : {}) },
    kept,
    reset: [...SCHOOL_QUESTIONS],
  };
}
