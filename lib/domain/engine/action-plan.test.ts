import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue";
import { EXAMPLE_FILES, loadExample } from "@/lib/testing/examples";
import { actionPlan, firstActions } from "./action-plan";
import { evaluate } from "./evaluate";
import { findingCounts, keyFigures } from "./key-figures";

const evaluationOf = (name: (typeof EXAMPLE_FILES)[number]) => evaluate(loadExample(name).answers, CATALOGUE);
const idOf = (a: ReturnType<typeof actionPlan>[number]) => ("ruleId" in a ? a.ruleId : "blockUnknown");

describe("key figures", () => {
  it.each(EXAMPLE_FILES)("splits %s's findings into confirmed and unknown, per domain and in all", (name) => {
    const e = evaluationOf(name);
    const figures = keyFigures(e);
    expect(figures.confirmed + figures.unknown).toBe(e.findings.length);
    expect(figures.unknown).toBe(e.findings.filter((f) => f.unknown).length);
    expect(figures).toMatchObject({ vendorQuestions: e.vendorQuestions.length, schoolActions: e.schoolActions.length, dpia: e.dpia.status });
    const perDomain = e.domains.map((d) => findingCounts(e.findings, d.id));
    expect(perDomain.reduce((s, c) => s + c.confirmed, 0)).toBe(figures.confirmed);
    expect(perDomain.reduce((s, c) => s + c.unknown, 0)).toBe(figures.unknown);
  });

  it("counts nothing when there is no finding", () => {
    expect(findingCounts([])).toEqual({ confirmed: 0, unknown: 0 });
  });
});

describe("action plan and first actions", () => {
  it("lists the engine's conditions, then the school's checks with their severity", () => {
    const e = evaluationOf("free-consumer-quiz");
    const plan = actionPlan(e);
    expect(plan.slice(0, e.conditions.length)).toEqual(e.conditions);
    expect(plan.slice(e.conditions.length).map(idOf)).toEqual(e.schoolActions);
    for (const a of plan.slice(e.conditions.length)) {
      expect(a.kind === "schoolAction" && a.severity).toBe(e.findings.find((f) => f.ruleId === idOf(a))?.severity ?? null);
    }
  });

  it("gives the school the head of its plan, five at most", () => {
    const e = evaluationOf("free-consumer-quiz");
    expect(firstActions(e, "school")).toEqual(actionPlan(e).slice(0, 5));
    expect(firstActions(e, "school", 3)).toHaveLength(3);
  });

  it.each(EXAMPLE_FILES)("gives a parents' association the school's questions first, then the vendor's (%s)", (name) => {
    const e = evaluationOf(name);
    const kinds = firstActions(e, "parents", 100).map((a) => a.kind);
    expect(kinds).not.toContain("blockUnknown");
    const rank = { schoolAction: 0, vendorQuestion: 1, remediation: 2, blockUnknown: 3 };
    expect(kinds).toEqual([...kinds].sort((a, b) => rank[a] - rank[b]));
    expect(kinds.filter((k) => k === "schoolAction")).toHaveLength(e.schoolActions.length);
  });

  it("has nothing to do first when there is nothing to do", () => {
    const empty = { conditions: [], schoolActions: [], findings: [] };
    expect(firstActions(empty, "school")).toEqual([]);
    expect(firstActions(empty, "parents")).toEqual([]);
  });
});
