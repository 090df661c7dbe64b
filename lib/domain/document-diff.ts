import { CONTEXT, RULES, UNKNOWN } from "./catalogue";
import type { TAnswersDocument } from "./schema";

/** One difference between two answers documents, for the conflict dialog. */
export type TDocumentDifference =
  | { kind: "detail"; field: string; mine: string; theirs: string }
  | { kind: "answer"; questionId: string; mine: string; theirs: string }
  | { kind: "other"; field: string };

const DETAILS = [
  ["service", "name"],
  ["service", "vendor"],
  ["service", "url"],
  ["school", "name"],
  ["school", "uai"],
  ["assessor", "name"],
  ["assessor", "role"],
] as const;

const QUESTION_ORDER = [...CONTEXT, ...RULES].map((q) => q.id);

const textOf = (doc: TAnswersDocument, group: string, key: string): string => {
  const value = (doc as unknown as Record<string, Record<string, unknown> | undefined>)[group]?.[key];
  return typeof value === "string" ? value.trim() : "";
};

const answerOf = (doc: TAnswersDocument, id: string) => (doc.answers as Record<string, string | undefined>)[id] ?? UNKNOWN;

/** Fields outside the details and the answers (the mode, the action plan, …): compared as a whole. */
const OTHER_SKIP = new Set(["schemaVersion", "service", "school", "assessor", "answers"]);

/**
 * What differs between my version and the one saved in the meantime: the text details, then the
 * answers in catalogue order (a missing answer reads as "unknown"), then any other part as a whole.
 */
export function documentDifferences(mine: TAnswersDocument, theirs: TAnswersDocument): TDocumentDifference[] {
  const out: TDocumentDifference[] = [];
  for (const [group, key] of DETAILS) {
    const a = textOf(mine, group, key);
    const b = textOf(theirs, group, key);
    if (a !== b) out.push({ kind: "detail", field: `${group}.${key}`, mine: a, theirs: b });
  }
  const extra = [...new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)])].filter((id) => !QUESTION_ORDER.includes(id)).sort();
  for (const id of [...QUESTION_ORDER, ...extra]) {
    const a = answerOf(mine, id);
    const b = answerOf(theirs, id);
    if (a !== b) out.push({ kind: "answer", questionId: id, mine: a, theirs: b });
  }
  const m = mine as unknown as Record<string, unknown>;
  const th = theirs as unknown as Record<string, unknown>;
  for (const field of [...new Set([...Object.keys(m), ...Object.keys(th)])].filter((k) => !OTHER_SKIP.has(k)).sort()) {
    if (JSON.stringify(m[field] ?? null) !== JSON.stringify(th[field] ?? null)) out.push({ kind: "other", field });
  }
  return out;
}
