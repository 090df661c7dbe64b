import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue";
import { EXAMPLE_FILES, loadExample } from "@/lib/testing/examples";
import { actionPlan, firstActions } from "./action-plan";
import { evaluate } from "./evaluate";
import { findingCounts, keyFigures } from "./key-figures";

const evaluationOf = (name: (typeof EXAMPLE_FILES)[number]) => evaluate(loadExample(name).answers, CATALOGUE);
const idOf = (a: ReturnType<typeof actionPlan>[number]) => ("ruleId" in a ? a.ruleId : a.kind);

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
    const conditions = plan.filter((a) => a.kind !== "schoolAction");
    expect(conditions.filter((a) => a.kind !== "vendorLetter")).toEqual(e.conditions.filter((c) => c.kind !== "vendorQuestion"));
    expect(plan.slice(conditions.length).map(idOf)).toEqual(e.schoolActions);
    for (const a of plan.slice(conditions.length)) {
      expect(a.kind === "schoolAction" && a.severity).toBe(e.findings.find((f) => f.ruleId === idOf(a))?.severity ?? null);
    }
  });

  it.each(EXAMPLE_FILES)("asks all the vendor's questions in one row, where the first stood (%s)", (name) => {
    const e = evaluationOf(name);
    const plan = actionPlan(e);
    const asked = e.conditions.flatMap((c) => (c.kind === "vendorQuestion" ? [c.ruleId] : []));
    expect(plan.filter((a) => a.kind === "vendorQuestion")).toEqual([]);
    const letters = plan.filter((a) => a.kind === "vendorLetter");
    expect(letters).toEqual(asked.length === 0 ? [] : [{ kind: "vendorLetter", ruleIds: asked }]);
    expect(plan).toHaveLength(e.conditions.length - asked.length + letters.length + e.schoolActions.length);
    if (asked.length > 0) {
      const first = e.conditions.findIndex((c) => c.kind === "vendorQuestion");
      expect(plan.findIndex((a) => a.kind === "vendorLetter")).toBe(first);
    }
  });

  it("groups many vendor unknowns into one row that names them all", () => {
    const e = evaluationOf("free-consumer-quiz");
    const vendor = e.conditions.filter((c) => c.kind === "vendorQuestion").length;
    expect(vendor).toBeGreaterThan(5);
    const plan = actionPlan(e);
    expect(plan.filter((a) => a.kind === "vendorLetter")).toHaveLength(1);
    expect(plan).toHaveLength(e.conditions.length + e.schoolActions.length - vendor + 1);
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
    expect(kinds).not.toContain("vendorLetter");
    expect(kinds.filter((k) => k === "vendorQuestion")).toHaveLength(e.conditions.filter((c) => c.kind === "vendorQuestion").length);
    const rank = { schoolAction: 0, vendorQuestion: 1, vendorLetter: 1, remediation: 2, blockUnknown: 3 };
    expect(kinds).toEqual([...kinds].sort((a, b) => rank[a] - rank[b]));
    expect(kinds.filter((k) => k === "schoolAction")).toHaveLength(e.schoolActions.length);
  });

  it("has nothing to do first when there is nothing to do", () => {
    const empty = { conditions: [], schoolActions: [], findings: [] };
    expect(firstActions(empty, "school")).toEqual([]);
    expect(firstActions(empty, "parents")).toEqual([]);
  });
});
