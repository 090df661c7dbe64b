import { describe, expect, it } from "vitest";
import { readCompareIds } from "./compare-ids";

const A = "AAAAAAAAAAAAAAAAAAAAAA";
const B = "BBBBBBBBBBBBBBBBBBBBBB";

describe("the assessments to compare (one rule for the page and the API)", () => {
  it("takes 2 to 4 ids or read links, blanks dropped", () => {
    expect(readCompareIds([A, ` https://vigie.example/fr/assessments/${B}#x `, ""])).toEqual({ ids: [A, B], problems: [] });
  });

  it("refuses a duplicate, too few and too many", () => {
    expect(readCompareIds([A, `/en/assessments/${A}/edit`]).problems).toEqual([{ code: "compare_count" }]);
    expect(readCompareIds([A]).problems).toEqual([{ code: "compare_count" }]);
    expect(readCompareIds([A, B, A.toLowerCase(), B.toLowerCase(), "C".repeat(22)]).problems).toEqual([{ code: "compare_count" }]);
  });

  it("names each value that is neither an id nor a read link, by its position", () => {
    expect(readCompareIds([A, "not an id"]).problems).toEqual([{ code: "unknown_assessment", index: 1 }]);
  });
});
