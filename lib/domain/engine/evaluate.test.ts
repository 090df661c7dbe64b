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
    expect(r.conditions).toEqual([{ kind: "remediation", ruleId: "C-01", severity: "LOW", answer: "no" }]);
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
      { kind: "remediation", ruleId: "B-02", severity: "HIGH", answer: "no" },
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
      { id: "k1", when: [{ rule: "X-01", in: ["a"] }] },
      { id: "k2", when: [{ rule: "SEC-01", in: ["no"] }] },
    ] };
    expect(evaluate({ "X-01": "a", "SEC-01": "yes" }, withDpia).dpia).toEqual({ required: false, status: "not_required", criteria: ["k1"], unknown: [], listed: [] });
    expect(evaluate({ "X-01": "a", "SEC-01": "no" }, withDpia).dpia).toEqual({ required: true, status: "required", criteria: ["k1", "k2"], unknown: [], listed: [] });
  });

  it("leaves the DPIA undetermined while unknown criteria could reach the threshold", () => {
    const withDpia = { ...c, dpiaCriteria: [
      { id: "k1", when: [{ rule: "X-01", in: ["a"] }] },
      { id: "k2", when: [{ rule: "SEC-01", in: ["no"] }] },
      { id: "k3", when: [{ rule: "SEC-02", in: ["no"] }] },
    ] };
    // One met and one unknown (not answered counts as unknown): two could be met.
    expect(evaluate({ "X-01": "a", "SEC-01": "unknown", "SEC-02": "yes" }, withDpia).dpia).toEqual({ required: false, status: "undetermined", criteria: ["k1"], unknown: ["k2"], listed: [] });
    expect(evaluate({ "X-01": "b", "SEC-02": "yes" }, withDpia).dpia).toMatchObject({ status: "not_required", unknown: ["k2"] });
    expect(evaluate({ "X-01": "b" }, withDpia).dpia).toMatchObject({ status: "undetermined", criteria: [], unknown: ["k2", "k3"], listed: [] });
    // Met from the threshold on, whatever is unknown.
    expect(evaluate({ "X-01": "a", "SEC-01": "no" }, withDpia).dpia).toMatchObject({ required: true, status: "required", unknown: ["k3"] });
  });
});

describe("the real catalogue", () => {
  /** Every question answered with its first option: no risk anywhere, no modifier, no DPIA. */
  const safe: Record<string, string> = {
    ...Object.fromEntries(RULES.map((r) => [r.id, r.options.find((o) => !(o in r.risky)) ?? "unknown"])),
    "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "CTX-04": "public", "HOST-03": "not_applicable", "AI-01": "no",
  };
  const run = (over: Record<string, string>) => evaluate({ ...safe, ...over }, CATALOGUE);

  it("finds nothing on safe answers", () => {
    const r = run({});
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe("acceptable");
    expect(r.domains.map((d) => d.id)).toEqual(["COM", "HOST", "SEC", "RIG", "ACC", "INF", "MIN", "AI"]);
    expect(r.domains.find((d) => d.id === "AI")!.notApplicable).toEqual(["AI-02", "AI-03", "AI-04", "AI-05", "AI-06", "AI-07", "AI-08", "AI-09"]);
  });

  const riskyPaths = RULES.flatMap((rule) =>
    Object.entries(rule.risky)
      .filter(([, risk]) => typeof risk === "string")
      .map(([answer, severity]) => ({ id: rule.id, answer, severity: severity as string })),
  );

  it.each(riskyPaths)("$id = $answer gives a $severity finding", ({ id, answer, severity }) => {
    // HOST-03 is asked only when data may leave the EU; the AI questions when the service uses AI
    // (AI-06 for pupils below the 4e class, AI-07 when the AI evaluates pupils).
    const context: Record<string, Record<string, string>> = {
      "HOST-03": { "HOST-01": "us" },
      "AI-06": { "AI-01": "yes", "CTX-01": "college" },
      "AI-07": { "AI-01": "yes", "AI-02": "yes" },
    };
    const r = run({ ...(id.startsWith("AI-") ? { "AI-01": "yes" } : {}), ...context[id], [id]: answer });
    expect(r.findings.find((f) => f.ruleId === id)).toMatchObject({ severity, answer, unknown: false });
  });

  it("judges data stored in the US by HOST-03, which is not asked for data kept in France", () => {
    expect(run({ "HOST-01": "us", "HOST-03": "none" }).verdict).toBe("not_recommended");
    expect(run({ "HOST-01": "us", "HOST-03": "none" }).findings.map((f) => f.ruleId)).toEqual(["HOST-03"]);
    expect(run({ "HOST-03": "none" }).domains[1]!.notApplicable).toEqual(["HOST-03"]);
    expect(run({ "HOST-02": "yes", "HOST-03": "not_applicable" }).findings.find((f) => f.ruleId === "HOST-03")).toMatchObject({ unknown: true });
    // Access from outside the EU that nobody could confirm or rule out: the basis is still asked and judged.
    expect(run({ "HOST-02": "unknown", "HOST-03": "none" }).findings.find((f) => f.ruleId === "HOST-03")).toMatchObject({ severity: "BLOCK", unknown: false });
    expect(run({ "HOST-02": "unknown", "HOST-03": "none" }).domains[1]!.notApplicable).toEqual([]);
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

  it("makes INF-03 blocking for every minor and high for adults, and not applicable for staff only", () => {
    expect(run({ "INF-03": "not_collected" }).findings[0]).toMatchObject({ severity: "BLOCK" });
    expect(run({ "INF-03": "not_collected", "CTX-01": "college" }).findings[0]).toMatchObject({ severity: "BLOCK" });
    expect(run({ "INF-03": "not_collected", "CTX-01": "adult" }).findings[0]).toMatchObject({ severity: "HIGH" });
    const staff = run({ "INF-03": "not_collected", "INF-04": "yes", "CTX-02": "staff" });
    expect(staff.findings).toEqual([]);
    expect(staff.domains.find((d) => d.id === "INF")!.notApplicable).toEqual(["INF-03", "INF-04"]);
  });

  it("asks for a DPIA from two criteria, and only then scores ACC-05", () => {
    const one = run({ "ACC-05": "not_done" });
    expect(one.dpia).toEqual({ required: false, status: "not_required", criteria: ["vulnerable"], unknown: [], listed: [] });
    expect(one.findings).toEqual([]);
    const acc = (r: ReturnType<typeof run>) => r.domains.find((d) => d.id === "ACC")!;
    const two = run({ "ACC-05": "not_done", "CTX-03": "multi", "MIN-02": "whole" });
    expect(two.dpia).toEqual({ required: true, status: "required", criteria: ["large-scale", "matching", "vulnerable"], unknown: [], listed: [] });
    const unsure = run({ "ACC-05": "not_done", "MIN-03": "unknown" });
    expect(unsure.dpia).toEqual({ required: false, status: "undetermined", criteria: ["vulnerable"], unknown: ["sensitive-data"], listed: [] });
    expect(unsure.findings.find((f) => f.ruleId === "ACC-05")).toBeUndefined();
    expect(two.findings.find((f) => f.ruleId === "ACC-05")).toMatchObject({ severity: "HIGH" });
    expect(acc(two).max - acc(one).max).toBe(3);
  });

  it("asks no AI question when the service uses no AI, and all of them when nobody knows", () => {
    const none = run({ "AI-01": "no", "AI-03": "yes", "AI-09": "no" });
    expect(none.findings).toEqual([]);
    expect(none.vendorQuestions).toEqual([]);
    const withoutAi = Object.fromEntries(Object.entries(safe).filter(([id]) => !id.startsWith("AI-")));
    const unsure = evaluate({ ...withoutAi, "CTX-01": "primary" }, CATALOGUE);
    const ai = unsure.domains.find((d) => d.id === "AI")!;
    expect(ai.notApplicable).toEqual([]);
    // The gate is not scored: its unknown answer is a question to the vendor, not a finding.
    expect(unsure.findings.some((f) => f.ruleId === "AI-01")).toBe(false);
    expect(unsure.vendorQuestions).toContain("AI-01");
    expect(unsure.findings.filter((f) => f.domain === "AI").map((f) => f.ruleId).sort()).toEqual(
      ["AI-02", "AI-03", "AI-04", "AI-05", "AI-06", "AI-07", "AI-08", "AI-09"],
    );
    expect(unsure.schoolActions).toEqual(expect.arrayContaining(["AI-06", "AI-07", "AI-08"]));
  });

  it("asks AI-06 only below the 4e class (or age unknown) and AI-07 only when the AI evaluates pupils", () => {
    const na = (answers: Record<string, string>) => run({ "AI-01": "yes", ...answers }).domains.find((d) => d.id === "AI")!.notApplicable;
    expect(na({ "CTX-01": "lycee", "AI-02": "no" })).toEqual(["AI-06", "AI-07"]);
    expect(na({ "CTX-01": "unknown", "AI-02": "unknown" })).toEqual([]);
    // AI-07 is asked on AI-02, but only while AI-01 says the service uses AI.
    expect(run({ "AI-01": "no", "AI-02": "yes", "AI-07": "no" }).domains.find((d) => d.id === "AI")!.notApplicable).toContain("AI-07");
  });

  it("reads AI-09's 'generates no images' as an answer, and HOST-03's 'not applicable' where it applies as unknown", () => {
    expect(run({ "AI-01": "yes", "AI-09": "not_applicable" }).findings.find((f) => f.ruleId === "AI-09")).toBeUndefined();
    expect(run({ "AI-01": "yes", "AI-09": "no" }).findings.find((f) => f.ruleId === "AI-09")).toMatchObject({ severity: "BLOCK", unknown: false });
    expect(run({ "HOST-01": "us", "HOST-03": "not_applicable" }).findings.find((f) => f.ruleId === "HOST-03")).toMatchObject({ unknown: true });
  });

  it("makes MIN-09 blocking, and high for a staff-only service", () => {
    expect(run({ "MIN-09": "yes" }).findings[0]).toMatchObject({ ruleId: "MIN-09", severity: "BLOCK" });
    expect(run({ "MIN-09": "yes" }).verdict).toBe("not_recommended");
    expect(run({ "MIN-09": "yes", "CTX-02": "staff" }).findings[0]).toMatchObject({ ruleId: "MIN-09", severity: "HIGH" });
  });

  it("makes COM-04 (training AI on school data) blocking", () => {
    expect(run({ "COM-04": "yes" }).findings[0]).toMatchObject({ ruleId: "COM-04", severity: "BLOCK" });
  });

  it("accepts both kinds of school without changing any severity", () => {
    expect(run({ "CTX-04": "private" })).toEqual(run({ "CTX-04": "public" }));
  });
});

describe("the DPIA indicator on WP248's nine criteria", () => {
  const base: Record<string, string> = {
    ...Object.fromEntries(RULES.map((r) => [r.id, r.options.find((o) => !(o in r.risky)) ?? "unknown"])),
    "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "CTX-04": "public", "HOST-03": "not_applicable",
    "AI-01": "no", "RIG-06": "no", "COM-03": "no", "COM-05": "no", "MIN-03": "no", "MIN-09": "no", "RIG-03": "yes", "MIN-02": "none",
  };
  const dpia = (over: Record<string, string>) => evaluate({ ...base, ...over }, CATALOGUE).dpia;

  it("names the nine criteria with rules.md's ids", () => {
    expect(CATALOGUE.dpiaCriteria.map((c) => c.id)).toEqual([
      "evaluation", "automated-decision", "monitoring", "sensitive-data", "large-scale", "matching", "vulnerable", "new-technology", "no-alternative",
    ]);
  });

  it("always counts vulnerable people, for pupils and for staff alike", () => {
    expect(dpia({})).toEqual({ required: false, status: "not_required", criteria: ["vulnerable"], unknown: [], listed: [] });
    expect(dpia({ "CTX-02": "staff" }).criteria).toEqual(["vulnerable"]);
  });

  const cases: { id: string; met: Record<string, string>; unknown: Record<string, string> }[] = [
    { id: "evaluation", met: { "RIG-06": "yes" }, unknown: { "RIG-06": "unknown" } },
    { id: "evaluation", met: { "AI-01": "yes", "AI-02": "yes", "AI-07": "yes" }, unknown: { "COM-03": "unknown" } },
    { id: "evaluation", met: { "COM-03": "yes" }, unknown: { "COM-03": "unknown" } },
    { id: "automated-decision", met: { "AI-01": "yes", "AI-02": "yes", "AI-07": "no" }, unknown: { "AI-01": "yes", "AI-02": "yes", "AI-07": "unknown" } },
    { id: "monitoring", met: { "COM-05": "yes" }, unknown: { "COM-05": "unknown" } },
    { id: "monitoring", met: { "AI-01": "yes", "AI-03": "yes" }, unknown: { "AI-01": "yes", "AI-03": "unknown" } },
    { id: "sensitive-data", met: { "MIN-03": "yes" }, unknown: { "MIN-03": "unknown" } },
    { id: "sensitive-data", met: { "MIN-09": "yes" }, unknown: { "MIN-09": "unknown" } },
    { id: "large-scale", met: { "CTX-03": "multi" }, unknown: { "CTX-03": "unknown" } },
    { id: "matching", met: { "MIN-02": "whole" }, unknown: { "MIN-02": "unknown" } },
    { id: "new-technology", met: { "AI-01": "yes" }, unknown: { "AI-01": "unknown" } },
    { id: "no-alternative", met: { "RIG-03": "no" }, unknown: { "RIG-03": "unknown" } },
  ];
  it.each(cases)("$id: met by $met, unknown with $unknown, else not met", ({ id, met, unknown }) => {
    const m = dpia(met);
    expect(m.criteria).toContain(id);
    expect(m.status).toBe("required");
    const u = dpia(unknown);
    expect(u.criteria).not.toContain(id);
    expect(u.unknown).toContain(id);
    expect(u.status).toBe(u.criteria.length >= 2 ? "required" : "undetermined");
    const none = dpia({});
    expect(none.criteria).not.toContain(id);
    expect(none.unknown).not.toContain(id);
  });

  it("lets a deciding question that does not apply decide nothing (AI-07 when the service uses no AI)", () => {
    expect(dpia({ "AI-01": "no", "AI-02": "yes", "AI-07": "unknown" })).toEqual({ required: false, status: "not_required", criteria: ["vulnerable"], unknown: [], listed: [] });
    expect(dpia({ "AI-01": "no", "AI-03": "yes" }).criteria).toEqual(["vulnerable"]);
  });

  it("makes an AI homework assistant require a DPIA (new technology and vulnerable people)", () => {
    expect(dpia({ "AI-01": "yes" })).toMatchObject({ required: true, status: "required", criteria: ["vulnerable", "new-technology"] });
  });

  it("does not count COM-04 (reuse to train AI) as a criterion", () => {
    expect(dpia({ "COM-04": "yes" }).criteria).toEqual(["vulnerable"]);
  });
});

describe("ACC-05 (the DPIA) in its three cases", () => {
  const base: Record<string, string> = {
    ...Object.fromEntries(RULES.map((r) => [r.id, r.options.find((o) => !(o in r.risky)) ?? "unknown"])),
    "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "CTX-04": "public", "HOST-03": "not_applicable", "AI-01": "no",
  };
  const run = (over: Record<string, string>) => evaluate({ ...base, ...over }, CATALOGUE);
  const acc05 = (r: ReturnType<typeof run>) => r.findings.find((f) => f.ruleId === "ACC-05");
  const REQUIRED = { "CTX-03": "multi" };
  const UNDETERMINED = { "CTX-03": "unknown" };

  it("required: 'not required' and 'not done' are HIGH findings, 'done' is none, unknown is scored and a school action", () => {
    expect(run(REQUIRED).dpia.status).toBe("required");
    expect(acc05(run({ ...REQUIRED, "ACC-05": "not_required" }))).toMatchObject({ severity: "HIGH", unknown: false });
    expect(acc05(run({ ...REQUIRED, "ACC-05": "not_done" }))).toMatchObject({ severity: "HIGH", unknown: false });
    expect(acc05(run({ ...REQUIRED, "ACC-05": "done" }))).toBeUndefined();
    const unknown = run({ ...REQUIRED, "ACC-05": "unknown" });
    expect(acc05(unknown)).toMatchObject({ severity: "MEDIUM", unknown: true });
    expect(unknown.schoolActions).toEqual(["ACC-05"]);
  });

  it("undetermined: not scored, but anything but 'done' is a school action", () => {
    for (const answer of ["not_required", "not_done", "unknown"]) {
      const r = run({ ...UNDETERMINED, "ACC-05": answer });
      expect(r.dpia.status).toBe("undetermined");
      expect(acc05(r)).toBeUndefined();
      expect(r.schoolActions).toContain("ACC-05");
    }
    expect(run({ ...UNDETERMINED, "ACC-05": "done" }).schoolActions).not.toContain("ACC-05");
    const acc = (r: ReturnType<typeof run>) => r.domains.find((d) => d.id === "ACC")!;
    expect(acc(run({ ...UNDETERMINED, "ACC-05": "not_done" })).max).toBe(acc(run({ "ACC-05": "not_done" })).max);
  });

  it("not required: not scored and no action, whatever the answer", () => {
    for (const answer of ["not_required", "not_done", "unknown"]) {
      const r = run({ "ACC-05": answer });
      expect(r.dpia.status).toBe("not_required");
      expect(acc05(r)).toBeUndefined();
      expect(r.schoolActions).not.toContain("ACC-05");
    }
  });
});

describe("the basis of statuses and verdicts", () => {
  const c = tiny({ A: ["BLOCK", "LOW", "LOW", "LOW"], B: ["HIGH", "HIGH", "LOW", "LOW"], C: ["LOW", "LOW"] });

  it("marks a domain failing only on unknowns as resting on them, with its confirmed status", () => {
    // A-01 (BLOCK) unknown counts as HIGH: 3 points of 6 fail A; confirmed, it passes.
    const r = evaluate({ ...allYes(c), "A-01": "unknown" }, c);
    expect(r.domains[0]).toMatchObject({ status: "fail", confirmedStatus: "pass", basis: "unknowns", unknowns: 1 });
    expect(r.domains[1]).toMatchObject({ status: "pass", confirmedStatus: "pass", basis: "answers", unknowns: 0 });
  });

  it("keeps a confirmed problem: one unknown BLOCK plus a confirmed BLOCK is not 'to be checked'", () => {
    const c2 = tiny({ A: ["BLOCK", "BLOCK", "LOW", "LOW"] });
    const r = evaluate({ ...allYes(c2), "A-01": "unknown", "A-02": "no" }, c2);
    expect(r.domains[0]).toMatchObject({ status: "fail", confirmedStatus: "fail", basis: "answers" });
    expect(r).toMatchObject({ verdict: "not_recommended", confirmedVerdict: "not_recommended", basis: "answers" });
  });

  it("keeps the verdict but says when it rests on unknowns (two BLOCK questions unanswered)", () => {
    const c2 = tiny({ A: ["BLOCK", "LOW", "LOW", "LOW"], B: ["BLOCK", "LOW", "LOW", "LOW"] });
    const r = evaluate({ ...allYes(c2), "A-01": "unknown", "B-01": "unknown" }, c2);
    expect(r).toMatchObject({ verdict: "not_recommended", confirmedVerdict: "acceptable", basis: "unknowns" });
  });

  it("rests on the answers when the unknowns change nothing", () => {
    const r = evaluate({ ...allYes(c), "B-01": "no", "C-01": "unknown" }, c);
    expect(r).toMatchObject({ verdict: "conditions", confirmedVerdict: "conditions", basis: "answers" });
    expect(r.domains[2]).toMatchObject({ status: "fail", confirmedStatus: "pass", basis: "unknowns" });
  });

  it("leaves unknowns out of the confirmed points but keeps the maximum", () => {
    // Three of four LOW questions unknown: 3 points of 4 fail the domain; none confirmed passes it.
    const c2 = tiny({ A: ["LOW", "LOW", "LOW", "LOW"] });
    const r = evaluate({ "A-01": "unknown", "A-02": "unknown", "A-03": "unknown", "A-04": "yes" }, c2);
    expect(r.domains[0]).toMatchObject({ status: "fail", confirmedStatus: "pass", basis: "unknowns", points: 3, max: 4 });
  });
});

describe("determinism", () => {
  it("is deterministic and does not change its input", () => {
    const safe = Object.fromEntries(RULES.map((r) => [r.id, r.options[0] ?? "unknown"]));
    const run = (answers: Record<string, string>) => evaluate(answers, CATALOGUE);
    const answers = Object.freeze({ ...safe, "COM-01": "no" });
    expect(run(answers)).toEqual(run(answers));
  });
});
