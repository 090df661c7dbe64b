import { describe, expect, it } from "vitest";
import { CATALOGUE, RULES, type TCatalogue, type TDomain, type TRule } from "../catalogue";
import { evaluate } from "./evaluate";

/** A tiny catalogue: domains of yes/no questions where "no" is risky at the given severity. */
function tiny(domains: Record<string, TRule["risky"][string][]>, extra: Partial<TCatalogue> = {}): TCatalogue {
  const ds: TDomain[] = Object.entries(domains).map(([id, risks]) => ({
    id,
    rules: risks.map((risk, i) => ({
      id: `${id}-${String(i + 1).padStart(2, "0")}`,
      who: i % 2 === 0 ? "V" : "S",
      options: ["yes", "no"],
      risky: { no: risk },
      references: [],
    })),
  }));
  return { ...CATALOGUE, domains: ds, modifiers: [], dpiaCriteria: [], context: [], ...extra };
}

const allYes = (c: TCatalogue) => Object.fromEntries(c.domains.flatMap((d) => d.rules.map((r) => [r.id, "yes"])));

describe("points and unknowns", () => {
  const c = tiny({ A: ["LOW", "MEDIUM", "HIGH", "BLOCK"] });

  it("counts LOW 1, MEDIUM 2, HIGH 3, BLOCK 3 and a maximum from the worst answers", () => {
    const r = evaluate({ "A-01": "no", "A-02": "no", "A-03": "no", "A-04": "no" }, c);
    expect(r.domains[0]).toMatchObject({ points: 9, max: 9 });
    expect(r.findings.map((f) => [f.ruleId, f.points])).toEqual([["A-04", 3], ["A-03", 3], ["A-02", 2], ["A-01", 1]]);
  });

  it("counts an unknown one level lower, never below 1, and missing answers as unknown", () => {
    const r = evaluate({ "A-01": "unknown", "A-02": "unknown", "A-03": "unknown" }, c);
    const byId = Object.fromEntries(r.findings.map((f) => [f.ruleId, f]));
    expect(byId["A-01"]).toMatchObject({ severity: "LOW", points: 1, unknown: true });
    expect(byId["A-02"]).toMatchObject({ severity: "LOW", points: 1 });
    expect(byId["A-03"]).toMatchObject({ severity: "MEDIUM", points: 2 });
    expect(byId["A-04"]).toMatchObject({ severity: "HIGH", points: 3, unknown: true, answer: "unknown" });
  });

  it("gives a vendor question for a [V] unknown and a school action for an [S] unknown", () => {
    const r = evaluate({ "A-01": "unknown", "A-02": "unknown", "A-03": "yes", "A-04": "yes" }, c);
    expect(r.vendorQuestions).toEqual(["A-01"]);
    expect(r.schoolActions).toEqual(["A-02"]);
  });

  it("lets a rule set its own unknown severity", () => {
    const own = tiny({ A: ["LOW"] });
    const rule = own.domains[0]!.rules[0]!;
    const withUnknown = { ...own, domains: [{ id: "A", rules: [{ ...rule, unknown: "HIGH" as const }] }] };
    const r = evaluate({}, withUnknown);
    expect(r.findings[0]).toMatchObject({ severity: "HIGH", points: 3 });
    expect(r.domains[0]!.max).toBe(3);
  });
});

describe("domain status", () => {
  it("fails on one risky BLOCK", () => {
    const c = tiny({ A: ["BLOCK", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW"] });
    expect(evaluate({ ...allYes(c), "A-01": "no" }, c).domains[0]!.status).toBe("fail");
  });

  it("fails on two risky HIGH, warns on one", () => {
    const c = tiny({ A: ["HIGH", "HIGH", ...Array<"LOW">(20).fill("LOW")] });
    expect(evaluate({ ...allYes(c), "A-01": "no", "A-02": "no" }, c).domains[0]!.status).toBe("fail");
    expect(evaluate({ ...allYes(c), "A-01": "no" }, c).domains[0]!.status).toBe("warn");
  });

  it("fails from 50 % of the maximum, warns from 20 %, passes below (boundaries inclusive)", () => {
    // ten LOW questions: maximum 10
    const c = tiny({ A: Array<"LOW">(10).fill("LOW") });
    const withNo = (n: number) => ({ ...allYes(c), ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`A-${String(i + 1).padStart(2, "0")}`, "no"])) });
    expect(evaluate(withNo(5), c).domains[0]!.status).toBe("fail");
    expect(evaluate(withNo(4), c).domains[0]!.status).toBe("warn");
    expect(evaluate(withNo(2), c).domains[0]!.status).toBe("warn");
    expect(evaluate(withNo(1), c).domains[0]!.status).toBe("pass");
  });

  it("compares ratios without floating-point error (3 of 15 is 20 %)", () => {
    const c = tiny({ A: Array<"LOW">(15).fill("LOW") });
    const r = evaluate({ ...allYes(c), "A-01": "no", "A-02": "no", "A-03": "no" }, c);
    expect(r.domains[0]).toMatchObject({ points: 3, max: 15, status: "warn" });
  });

  it("warns when a BLOCK or HIGH question is answered unknown, even with few points", () => {
    const c = tiny({ A: ["HIGH", ...Array<"LOW">(20).fill("LOW")], B: ["BLOCK", ...Array<"LOW">(20).fill("LOW")], C: ["MEDIUM", ...Array<"LOW">(20).fill("LOW")] });
    const r = evaluate({ ...allYes(c), "A-01": "unknown", "B-01": "unknown", "C-01": "unknown" }, c);
    expect(r.domains.map((d) => d.status)).toEqual(["warn", "warn", "pass"]);
  });

  it("passes a domain whose questions all do not apply", () => {
    const c = tiny({ A: ["HIGH"] }, {
      modifiers: [{ id: "m", when: { rule: "A-01", in: ["unknown"] }, notApplicable: { rules: ["A-01"] } }],
    });
    expect(evaluate({}, c).domains[0]).toMatchObject({ status: "pass", points: 0, max: 0, notApplicable: ["A-01"] });
  });
});

describe("overall verdict and conditions", () => {
  const c = tiny({
    A: ["BLOCK", "HIGH", "HIGH", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW"],
    B: ["BLOCK", "HIGH", "HIGH", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW"],
    C: ["LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW"],
  });
  const base = allYes(c);

  it("is acceptable when every domain passes", () => {
    const r = evaluate({ ...base, "C-01": "no" }, c);
    expect(r.verdict).toBe("acceptable");
    expect(r.conditions).toEqual([{ kind: "remediation", ruleId: "C-01", severity: "LOW" }]);
  });

  it("is not recommended on one risky BLOCK", () => {
    expect(evaluate({ ...base, "A-01": "no" }, c).verdict).toBe("not_recommended");
  });

  it("is not recommended when two domains fail, with conditions when one does", () => {
    expect(evaluate({ ...base, "A-02": "no", "A-03": "no", "B-02": "no", "B-03": "no" }, c).verdict).toBe("not_recommended");
    expect(evaluate({ ...base, "A-02": "no", "A-03": "no" }, c).verdict).toBe("conditions");
  });

  it("is not recommended with two BLOCK questions unknown; one adds the written-answer condition first", () => {
    expect(evaluate({ ...base, "A-01": "unknown", "B-01": "unknown" }, c).verdict).toBe("not_recommended");
    const one = evaluate({ ...base, "A-01": "unknown", "B-02": "no" }, c);
    expect(one.verdict).toBe("conditions");
    expect(one.conditions).toEqual([
      { kind: "blockUnknown", ruleIds: ["A-01"] },
      { kind: "remediation", ruleId: "B-02", severity: "HIGH" },
      { kind: "vendorQuestion", ruleId: "A-01", severity: "HIGH" },
    ]);
  });

  it("lists remediations by severity, then the vendor questions", () => {
    const r = evaluate({ ...base, "C-01": "no", "A-02": "no", "C-03": "unknown", "B-02": "unknown" }, c);
    expect(r.conditions.map((x) => [x.kind, "ruleId" in x ? x.ruleId : ""])).toEqual([
      ["remediation", "A-02"],
      ["remediation", "C-01"],
      ["vendorQuestion", "C-03"],
    ]);
    expect(r.schoolActions).toEqual(["B-02"]);
  });
});

describe("modifiers, conditions on other answers, DPIA", () => {
  const ctx = { id: "X-01", options: ["a", "b"] };
  const c = tiny(
    { SEC: ["LOW", "HIGH", "BLOCK"], COM: ["MEDIUM"] },
    {
      context: [ctx],
      modifiers: [
        { id: "up", when: { rule: "X-01", in: ["a"] }, raise: { domains: ["SEC"] } },
        { id: "off", when: { rule: "X-01", in: ["b"] }, notApplicable: { rules: ["COM-01"] } },
      ],
    },
  );

  it("raises risky findings one level, never above HIGH, and leaves BLOCK as it is", () => {
    const r = evaluate({ "X-01": "a", "SEC-01": "no", "SEC-02": "no", "SEC-03": "no", "COM-01": "no" }, c);
    const sev = Object.fromEntries(r.findings.map((f) => [f.ruleId, f.severity]));
    expect(sev).toEqual({ "SEC-01": "MEDIUM", "SEC-02": "HIGH", "SEC-03": "BLOCK", "COM-01": "MEDIUM" });
    expect(r.findings.find((f) => f.ruleId === "SEC-01")!.raisedBy).toEqual(["up"]);
    expect(r.modifiers).toEqual(["up"]);
    expect(r.domains[0]!.max).toBe(2 + 3 + 3);
  });

  it("makes a question not applicable: nothing in points nor maximum", () => {
    const r = evaluate({ "X-01": "b", "COM-01": "no" }, c);
    expect(r.domains[1]).toMatchObject({ id: "COM", points: 0, max: 0, notApplicable: ["COM-01"] });
    expect(r.findings.some((f) => f.ruleId === "COM-01")).toBe(false);
  });

  it("counts the DPIA criteria met and requires one from the threshold", () => {
    const withDpia = { ...c, dpiaCriteria: [
      { id: "k1", when: { rule: "X-01", in: ["a"] } },
      { id: "k2", when: { rule: "SEC-01", in: ["no"] } },
    ] };
    expect(evaluate({ "X-01": "a", "SEC-01": "yes" }, withDpia).dpia).toEqual({ required: false, status: "not_required", criteria: ["k1"], unknown: [] });
    expect(evaluate({ "X-01": "a", "SEC-01": "no" }, withDpia).dpia).toEqual({ required: true, status: "required", criteria: ["k1", "k2"], unknown: [] });
  });

  it("leaves the DPIA undetermined while unknown criteria could reach the threshold", () => {
    const withDpia = { ...c, dpiaCriteria: [
      { id: "k1", when: { rule: "X-01", in: ["a"] } },
      { id: "k2", when: { rule: "SEC-01", in: ["no"] } },
      { id: "k3", when: { rule: "SEC-02", in: ["no"] } },
    ] };
    // One met and one unknown (not answered counts as unknown): two could be met.
    expect(evaluate({ "X-01": "a", "SEC-01": "unknown", "SEC-02": "yes" }, withDpia).dpia).toEqual({ required: false, status: "undetermined", criteria: ["k1"], unknown: ["k2"] });
    expect(evaluate({ "X-01": "b", "SEC-02": "yes" }, withDpia).dpia).toMatchObject({ status: "not_required", unknown: ["k2"] });
    expect(evaluate({ "X-01": "b" }, withDpia).dpia).toMatchObject({ status: "undetermined", criteria: [], unknown: ["k2", "k3"] });
    // Met from the threshold on, whatever is unknown.
    expect(evaluate({ "X-01": "a", "SEC-01": "no" }, withDpia).dpia).toMatchObject({ required: true, status: "required", unknown: ["k3"] });
  });
});

describe("the real catalogue", () => {
  /** Every question answered with its first option: no risk anywhere, no modifier, no DPIA. */
  const safe: Record<string, string> = {
    ...Object.fromEntries(RULES.map((r) => [r.id, r.options.find((o) => !(o in r.risky)) ?? "unknown"])),
    "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "HOST-03": "not_applicable",
  };
  const run = (over: Record<string, string>) => evaluate({ ...safe, ...over }, CATALOGUE);

  it("finds nothing on safe answers", () => {
    const r = run({});
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe("acceptable");
    expect(r.domains.map((d) => d.id)).toEqual(["COM", "HOST", "SEC", "RIG", "ACC", "INF", "MIN"]);
  });

  const riskyPaths = RULES.flatMap((rule) =>
    Object.entries(rule.risky)
      .filter(([, risk]) => typeof risk === "string")
      .map(([answer, severity]) => ({ id: rule.id, answer, severity: severity as string })),
  );

  it.each(riskyPaths)("$id = $answer gives a $severity finding", ({ id, answer, severity }) => {
    // HOST-03 is asked only when data may leave the EU.
    const r = run(id === "HOST-03" ? { "HOST-01": "us", [id]: answer } : { [id]: answer });
    expect(r.findings.find((f) => f.ruleId === id)).toMatchObject({ severity, answer, unknown: false });
  });

  it("judges data stored in the US by HOST-03, which is not asked for data kept in France", () => {
    expect(run({ "HOST-01": "us", "HOST-03": "none" }).verdict).toBe("not_recommended");
    expect(run({ "HOST-01": "us", "HOST-03": "none" }).findings.map((f) => f.ruleId)).toEqual(["HOST-03"]);
    expect(run({ "HOST-03": "none" }).domains[1]!.notApplicable).toEqual(["HOST-03"]);
    expect(run({ "HOST-02": "yes", "HOST-03": "not_applicable" }).findings.find((f) => f.ruleId === "HOST-03")).toMatchObject({ unknown: true });
    expect(run({ "HOST-01": "unknown" }).findings.find((f) => f.ruleId === "HOST-01")).toMatchObject({ severity: "HIGH", unknown: true });
  });

  it("raises SEC and HOST findings with sensitive data, and HOST-07 with the CLOUD Act", () => {
    expect(run({ "HOST-05": "no" }).findings[0]).toMatchObject({ ruleId: "HOST-05", severity: "LOW" });
    expect(run({ "HOST-05": "no", "MIN-03": "yes" }).findings.find((f) => f.ruleId === "HOST-05")).toMatchObject({ severity: "MEDIUM", raisedBy: ["sensitive-data"] });
    expect(run({ "SEC-05": "no", "MIN-03": "yes" }).findings.find((f) => f.ruleId === "SEC-05")!.severity).toBe("HIGH");
    expect(run({ "HOST-07": "no" }).findings[0]).toMatchObject({ severity: "LOW" });
    expect(run({ "HOST-07": "no", "HOST-04": "yes" }).findings.find((f) => f.ruleId === "HOST-07")!.severity).toBe("MEDIUM");
  });

  it("raises COM findings for pupils under 15", () => {
    expect(run({ "COM-07": "yes" }).findings[0]).toMatchObject({ severity: "MEDIUM" });
    expect(run({ "COM-07": "yes", "CTX-01": "primary" }).findings[0]).toMatchObject({ severity: "HIGH", raisedBy: ["under-15"] });
    expect(run({ "COM-02": "contextual", "CTX-01": "college" }).findings[0]).toMatchObject({ severity: "HIGH" });
  });

  it("makes INF-03 blocking under 15 and high otherwise, and not applicable for staff only", () => {
    expect(run({ "INF-03": "not_collected" }).findings[0]).toMatchObject({ severity: "HIGH" });
    expect(run({ "INF-03": "not_collected", "CTX-01": "college" }).findings[0]).toMatchObject({ severity: "BLOCK" });
    const staff = run({ "INF-03": "not_collected", "INF-04": "yes", "CTX-02": "staff" });
    expect(staff.findings).toEqual([]);
    expect(staff.domains.find((d) => d.id === "INF")!.notApplicable).toEqual(["INF-03", "INF-04"]);
  });

  it("asks for a DPIA from two criteria, and only then scores ACC-05", () => {
    const one = run({ "ACC-05": "not_done" });
    expect(one.dpia).toEqual({ required: false, status: "not_required", criteria: ["vulnerable"], unknown: [] });
    expect(one.findings).toEqual([]);
    const acc = (r: ReturnType<typeof run>) => r.domains.find((d) => d.id === "ACC")!;
    const two = run({ "ACC-05": "not_done", "CTX-03": "multi", "MIN-02": "whole" });
    expect(two.dpia).toEqual({ required: true, status: "required", criteria: ["vulnerable", "large-scale", "matching"], unknown: [] });
    const unsure = run({ "ACC-05": "not_done", "MIN-03": "unknown" });
    expect(unsure.dpia).toEqual({ required: false, status: "undetermined", criteria: ["vulnerable"], unknown: ["sensitive-data"] });
    expect(unsure.findings.find((f) => f.ruleId === "ACC-05")).toBeUndefined();
    expect(two.findings.find((f) => f.ruleId === "ACC-05")).toMatchObject({ severity: "HIGH" });
    expect(acc(two).max - acc(one).max).toBe(3);
  });

  it("is deterministic and does not change its input", () => {
    const answers = Object.freeze({ ...safe, "COM-01": "no" });
    expect(run(answers)).toEqual(run(answers));
  });
});
