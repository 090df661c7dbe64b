import { VERDICTS } from "../catalogue";
import type { TVerdict } from "../engine/types";
import type { TRegisterEntry } from "./types";
import { toSearchText } from "../search-text";
import { z } from "zod";
import { toFieldIssues, type TFieldIssue } from "../schema/issues";
import { DECISION_OUTCOMES, type TDecisionOutcome } from "../schema/document-shape";

/** The register's exports (the first is the default). */
export const REGISTER_EXPORT_FORMATS = ["csv", "pdf"] as const;
export type TRegisterExportFormat = (typeof REGISTER_EXPORT_FORMATS)[number];

export const REGISTER_SORTS = ["added", "service", "evaluated", "review"] as const;
export type TRegisterSort = (typeof REGISTER_SORTS)[number];

/** The decision filter's values: an outcome, or "none" for the services without a recorded decision. */
export const REGISTER_DECISIONS = [...DECISION_OUTCOMES, "none"] as const;
export type TRegisterDecision = TDecisionOutcome | "none";

/** `a,b,c`: values of `allowed`, each named when it is not; an empty list is no filter. */
const commaList = <T extends string>(allowed: readonly [T, ...T[]]) =>
  z.string().transform((text, ctx): T[] | undefined => {
    const list = text.split(",").map((v) => v.trim()).filter((v) => v !== "");
    const bad = list.find((v) => !(allowed as readonly string[]).includes(v));
    if (bad !== undefined) {
      ctx.addIssue({ code: "invalid_value", values: [...allowed], input: bad });
      return z.NEVER;
    }
    return list.length > 0 ? (list as T[]) : undefined;
  });

/** `?q=&verdict=a,b&reviewDue=true|false&decision=a,none&sort=…`: the register's filters, from the page's URL or the API's query. */
export const ZRegisterFiltersSchema = z.object({
  /** Text found in the service or vendor name (case and accents ignored). */
  q: z.string().transform((q) => q.trim().slice(0, 120) || undefined).optional(),
  verdict: commaList<TVerdict>(VERDICTS).optional(),
  /** true: only reviews that are due; false: only those that are not. */
  reviewDue: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  /** The head of school's decision (an outcome, or "none" recorded). */
  decision: commaList<TRegisterDecision>(REGISTER_DECISIONS).optional(),
  sort: z.enum(REGISTER_SORTS).default("added"),
});
export type TRegisterFilters = z.output<typeof ZRegisterFiltersSchema>;

/** Reads the filters from a query, naming each bad parameter. */
export function readRegisterFilters(query: URLSearchParams): { ok: true; filters: TRegisterFilters } | { ok: false; fields: TFieldIssue[] } {
  const input = Object.fromEntries([...new Set(query.keys())].map((k) => [k, query.get(k) ?? ""]));
  const parsed = ZRegisterFiltersSchema.safeParse(input);
  return parsed.success ? { ok: true, filters: parsed.data } : { ok: false, fields: toFieldIssues(parsed.error, input) };
}

const COMPARE: Record<TRegisterSort, (a: TRegisterEntry, b: TRegisterEntry) => number> = {
  added: (a, b) => a.addedAt.localeCompare(b.addedAt),
  service: (a, b) => a.serviceName.localeCompare(b.serviceName, "fr", { sensitivity: "base" }),
  evaluated: (a, b) => b.evaluatedAt.localeCompare(a.evaluatedAt),
  review: (a, b) => a.reviewDate.localeCompare(b.reviewDate),
};

/** The entries that pass the filters, in the chosen order. */
export function filterRegisterEntries(entries: readonly TRegisterEntry[], f: TRegisterFilters): TRegisterEntry[] {
  const needle = f.q === undefined ? "" : toSearchText(f.q);
  return entries
    .filter((e) => needle === "" || toSearchText(e.serviceName, e.vendor ?? undefined).includes(needle))
    .filter((e) => f.verdict === undefined || f.verdict.includes(e.verdict))
    .filter((e) => f.reviewDue === undefined || e.reviewDue === f.reviewDue)
    .filter((e) => f.decision === undefined || f.decision.includes(e.decision?.outcome ?? "none"))
    .sort(COMPARE[f.sort]);
}
