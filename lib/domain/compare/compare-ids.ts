import { assessmentIdOf } from "../ids";
import { COMPARE_MAX, COMPARE_MIN } from "./compare-view";

export type TCompareIdsProblem = { code: "compare_count" } | { code: "unknown_assessment"; index: number };

/**
 * The assessments to compare, from ids or read links (blanks dropped): 2 to 4 different ones. The page
 * and the API read them with this one rule, so both refuse the same lists.
 */
export function readCompareIds(values: readonly string[]): { ids: string[]; problems: TCompareIdsProblem[] } {
  const given = values.map((v) => v.trim()).filter((v) => v !== "");
  const ids = given.map(assessmentIdOf);
  const problems: TCompareIdsProblem[] = ids.flatMap((id, index) => (id === null ? [{ code: "unknown_assessment" as const, index }] : []));
  const known = ids.filter((id): id is string => id !== null);
  if (given.length < COMPARE_MIN || given.length > COMPARE_MAX || new Set(known).size !== known.length) problems.unshift({ code: "compare_count" });
  return { ids: known, problems };
}
