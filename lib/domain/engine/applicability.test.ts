import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE, CONTEXT, RULES, UNKNOWN } from "../catalogue";
import { notApplicableRules } from "./applicability";
import { evaluate } from "./evaluate";
import type { TAnswers } from "./types";

const fromEngine = (answers: TAnswers) => evaluate(answers, CATALOGUE).domains.flatMap((d) => d.notApplicable).sort();
const fromHelper = (answers: TAnswers) => [...notApplicableRules(answers, CATALOGUE).keys()].sort();

/** A small deterministic generator, so a failure can be replayed. */
function* randomAnswers(count: number): Generator<Record<string, string>> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string> = {};
    for (const q of [...CONTEXT, ...RULES]) {
      const values = [...q.options, UNKNOWN, "__missing__"];
      const v = values[Math.floor(next() * values.length)];
      if (v !== undefined && v !== "__missing__") answers[q.id] = v;
    }
    yield answers;
  }
}

describe("notApplicableRules", () => {
  it("asks HOST-03 only when data may leave the EU", () => {
    expect(notApplicableRules({ "HOST-01": "france", "HOST-02": "no" }, CATALOGUE).get("HOST-03")).toEqual({ kind: "askedWhen" });
    expect(notApplicableRules({ "HOST-01": "us", "HOST-02": "no" }, CATALOGUE).has("HOST-03")).toBe(false);
    expect(notApplicableRules({ "HOST-01": "eu", "HOST-02": "yes" }, CATALOGUE).has("HOST-03")).toBe(false);
    // An unknown answer to either question leaves the transfer possible, so HOST-03 is asked in both cases.
    expect(notApplicableRules({ "HOST-01": "unknown", "HOST-02": "no" }, CATALOGUE).has("HOST-03")).toBe(false);
    expect(notApplicableRules({ "HOST-01": "france", "HOST-02": "unknown" }, CATALOGUE).has("HOST-03")).toBe(false);
    expect(notApplicableRules({ "HOST-01": "france" }, CATALOGUE).has("HOST-03")).toBe(false);
    // A missing answer counts as unknown, so the question is asked.
    expect(notApplicableRules({}, CATALOGUE).has("HOST-03")).toBe(false);
  });

  it("drops INF-03 and INF-04 when only staff data are processed", () => {
    const na = notApplicableRules({ "CTX-02": "staff" }, CATALOGUE);
    expect(na.get("INF-03")).toEqual({ kind: "modifier", modifierId: "staff-only" });
    expect(na.get("INF-04")).toEqual({ kind: "modifier", modifierId: "staff-only" });
    expect(notApplicableRules({ "CTX-02": "pupils" }, CATALOGUE).has("INF-03")).toBe(false);
  });

  it("agrees with the engine on the examples and on 500 random answer sets", () => {
    for (const file of readdirSync("examples").filter((f) => f.endsWith(".json"))) {
      const { answers } = JSON.parse(readFileSync(`examples/${file}`, "utf8")) as { answers: TAnswers };
      expect(fromHelper(answers), file).toEqual(fromEngine(answers));
    }
    for (const answers of randomAnswers(500)) expect(fromHelper(answers)).toEqual(fromEngine(answers));
  });
});
