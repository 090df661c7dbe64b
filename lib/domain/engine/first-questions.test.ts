import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE, SEVERITIES } from "../catalogue";
import { evaluate } from "./evaluate";
import { FIRST_QUESTIONS_MAX, letterQuestions } from "./first-questions";
import type { TAnswers } from "./types";

const example = (name: string) => (JSON.parse(readFileSync(`examples/${name}.json`, "utf8")) as { answers: TAnswers }).answers;
const letter = (answers: TAnswers) => {
  const evaluation = evaluate(answers, CATALOGUE);
  return { evaluation, ...letterQuestions(evaluation, CATALOGUE) };
};
const rank = (s: string | null) => (s === null ? -1 : SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]));

describe("letterQuestions", () => {
  it("puts first at most eight points, the gate question before the worst unknowns, and the rest in the annex", () => {
    const { first, rest, evaluation } = letter({});
    expect(evaluation.schoolActions.length + evaluation.vendorQuestions.length).toBeGreaterThan(FIRST_QUESTIONS_MAX);
    expect(first).toHaveLength(FIRST_QUESTIONS_MAX);
    expect(first[0]).toMatchObject({ kind: "question", ruleId: "AI-01", gate: true });
    // Every question asked is in exactly one place.
    const firstIds = first.map((q) => q.ruleId);
    expect([...firstIds, ...rest.school, ...rest.vendor].sort()).toEqual([...evaluation.schoolActions, ...evaluation.vendorQuestions].sort());
    expect(new Set(firstIds).size).toBe(firstIds.length);
    // Worst first after the gate, and no point left in the annex is worse than the last one put first.
    const severities = first.slice(1).map((q) => rank(q.severity));
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    const worstLeft = Math.max(...[...rest.school, ...rest.vendor].map((id) => rank(evaluation.findings.find((f) => f.ruleId === id)?.severity ?? null)));
    expect(worstLeft).toBeLessThanOrEqual(Math.min(...severities));
  });

  it("spreads the points of equal severity across domains before taking a second of one domain", () => {
    const domains = letter({}).first.slice(1).map((q) => q.ruleId.split("-")[0]);
    const firstRepeat = domains.findIndex((d, i) => domains.indexOf(d) !== i);
    const domainsWithHighUnknowns = new Set(evaluate({}, CATALOGUE).findings.filter((f) => f.severity === "HIGH").map((f) => f.domain));
    expect(firstRepeat === -1 ? domains.length : firstRepeat).toBe(Math.min(domainsWithHighUnknowns.size, domains.length));
  });

  it("asks about the confirmed risks of HIGH severity or worse beside the unknowns, the blocking one first", () => {
    const { first, evaluation } = letter(example("free-consumer-quiz"));
    expect(first[0]).toMatchObject({ kind: "risk", ruleId: "ACC-01", severity: "BLOCK" });
    expect(first.some((q) => q.kind === "risk" && q.severity === "HIGH")).toBe(true);
    expect(first.some((q) => q.kind === "question")).toBe(true);
    for (const q of first.filter((q) => q.kind === "risk")) {
      expect(evaluation.findings.find((f) => f.ruleId === q.ruleId)).toMatchObject({ unknown: false, answer: q.answer });
    }
    const medium = evaluation.findings.filter((f) => !f.unknown && f.severity === "MEDIUM").map((f) => f.ruleId);
    expect(medium.length).toBeGreaterThan(0);
    for (const id of medium) expect(first.map((q) => q.ruleId)).not.toContain(id);
  });

  it("never puts first the question whether the service is a US collaborative suite, unless it is one", () => {
    // The only question left: it still waits in the annex.
    const answers = Object.fromEntries(Object.entries(example("gar-resource")).filter(([id]) => id !== "HOST-06"));
    const unknown = letter(answers);
    expect(unknown.evaluation.schoolActions).toEqual(["HOST-06"]);
    expect(unknown.first).toEqual([]);
    expect(unknown.rest.school).toEqual(["HOST-06"]);
    expect(CATALOGUE.domains.flatMap((d) => d.rules).filter((r) => r.kindOfService).map((r) => r.id)).toEqual(["HOST-06"]);
    const suite = letter({ ...example("education-suite-contract"), "HOST-06": "yes" });
    expect(suite.first).toContainEqual({ kind: "risk", ruleId: "HOST-06", severity: "HIGH", answer: "yes" });
  });

  it("has nothing to put first when nothing is asked and no serious risk is found", () => {
    expect(letter(example("gar-resource"))).toMatchObject({ first: [], rest: { school: [], vendor: [] } });
  });
});
