import { VERDICTS } from "../catalogue";
import type { TVerdict } from "../engine/types";
import type { TRegisterEntry } from "./types";
import { toSearchText } from "../store/search-text";
import type { TFieldIssue } from "../schema";
import { DECISION_OUTCOMES, type TDecisionOutcome } from "../schema/document-shape";

export const REGISTER_SORTS = ["added", "service", "evaluated", "review"] as const;
export type TRegisterSort = (typeof REGISTER_SORTS)[number];

/** The decision filter's values: an outcome, or "none" for the services without a recorded decision. */
export const REGISTER_DECISIONS = [...DECISION_OUTCOMES, "none"] as const;
export type TRegisterDecision = TDecisionOutcome | "none";

export interface TRegisterFilters {
  /** Text found in the service or vendor name (case and accents ignored). */
  q?: string;
  verdicts?: TVerdict[];
  /** true: only reviews that are due; false: only those that are not. */
  reviewDue?: boolean;
  /** The head of school's decision (an outcome, or "none" recorded). */
  decisions?: TRegisterDecision[];
  sort: TRegisterSort;
}

const BOOLEAN: Record<"true" | "false", boolean> = { true: true, false: false };

const COMPARE: Record<TRegisterSort, (a: TRegisterEntry, b: TRegisterEntry) => number> = {
  added: (a, b) => a.addedAt.localeCompare(b.addedAt),
  service: (a, b) => a.serviceName.localeCompare(b.serviceName, "fr", { sensitivity: "base" }),
  evaluated: (a, b) => b.evaluatedAt.localeCompare(a.evaluatedAt),
  review: (a, b) => a.reviewDate.localeCompare(b.reviewDate),
};

/** Reads `?q=&verdict=a,b&reviewDue=true|false&decision=a,none&sort=…`, naming each bad parameter. */
export function readRegisterFilters(query: URLSearchParams): { ok: true; filters: TRegisterFilters } | { ok: false; fields: TFieldIssue[] } {
  const fields: TFieldIssue[] = [];
  const filters: TRegisterFilters = { sort: "added" };
  const q = query.get("q")?.trim();
  if (q) filters.q = q.slice(0, 120);
  const verdict = query.get("verdict");
  if (verdict) {
    const list = verdict.split(",").map((v) => v.trim());
    const bad = list.find((v) => !(VERDICTS as readonly string[]).includes(v));
    if (bad === undefined) filters.verdicts = list as TVerdict[];
    else fields.push({ field: "verdict", code: "invalid_value", received: bad.slice(0, 40), allowed: [...VERDICTS] });
  }
  const due = query.get("reviewDue");
  if (due !== null) {
    if (due === "true" || due === "false") filters.reviewDue = BOOLEAN[due];
    else fields.push({ field: "reviewDue", code: "invalid_value", received: due.slice(0, 20), allowed: ["true", "false"] });
  }
  const decision = query.get("decision");
  if (decision) {
    const list = decision.split(",").map((v) => v.trim());
    const bad = list.find((v) => !(REGISTER_DECISIONS as readonly string[]).includes(v));
    if (bad === undefined) filters.decisions = list as TRegisterDecision[];
    else fields.push({ field: "decision", code: "invalid_value", received: bad.slice(0, 40), allowed: [...REGISTER_DECISIONS] });
  }
  const sort = query.get("sort");
  if (sort !== null) {
    if ((REGISTER_SORTS as readonly string[]).includes(sort)) filters.sort = sort as TRegisterSort;
    else fields.push({ field: "sort", code: "invalid_value", received: sort.slice(0, 20), allowed: [...REGISTER_SORTS] });
  }
  return fields.length > 0 ? { ok: false, fields } : { ok: true, filters };
}

/** The entries that pass the filters, in the chosen order. */
export function filterRegisterEntries(entries: readonly TRegisterEntry[], f: TRegisterFilters): TRegisterEntry[] {
  const needle = f.q === undefined ? "" : toSearchText(f.q);
  return entries
    .filter((e) => needle === "" || toSearchText(e.serviceName, e.vendor ?? undefined).includes(needle))
    .filter((e) => f.verdicts === undefined || f.verdicts.includes(e.verdict))
    .filter((e) => f.reviewDue === undefined || e.reviewDue === f.reviewDue)
    .filter((e) => f.decisions === undefined || f.decisions.includes(e.decision?.outcome ?? "none"))
    .sort(COMPARE[f.sort]);
}
