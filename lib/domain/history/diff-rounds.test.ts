import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue";
import { evaluate } from "../engine";
import { anAnswersDocument, type AnswersDocumentBuilder } from "@/lib/testing/answers-document-builder";
import { diffRounds, historyOf, type TRoundSnapshot } from "./diff-rounds";

const snap = (round: number, b: AnswersDocumentBuilder, catalogueVersion = CATALOGUE.version): TRoundSnapshot => {
  const document = b.build();
  return { round, document, evaluation: evaluate(document.answers, CATALOGUE), catalogueVersion };
};
const base = () => anAnswersDocument().withSafeAnswers();

describe("diffRounds", () => {
  it("finds nothing between identical rounds", () => {
    const d = diffRounds(snap(1, base()), snap(2, base()));
    expect(d).toEqual({
      from: 1,
      to: 2,
      answers: [],
      details: [],
      verdict: null,
      catalogueVersion: null,
      domains: [],
      findings: { added: [], removed: [], changed: [] },
      dpiaRequired: null,
      dpia: null,
      dpiaIndicator: null,
    });
  });

  it("lists changed answers in catalogue order, a missing answer reading as unknown", () => {
    const d = diffRounds(snap(1, base().with("SEC-02", "no").without("CTX-03")), snap(2, base().with("COM-01", "unknown").with("CTX-03", "class")));
    expect(d.answers).toEqual([
      { questionId: "CTX-03", before: "unknown", after: "class" },
      { questionId: "COM-01", before: "yes", after: "unknown" },
      { questionId: "SEC-02", before: "no", after: "yes" },
    ]);
    const same = diffRounds(snap(1, base().without("COM-01")), snap(2, base().with("COM-01", "unknown")));
    expect(same.answers).toEqual([]);
  });

  it("gives the verdict, domain, finding and DPIA changes", () => {
    const d = diffRounds(snap(1, base()), snap(2, base().with("COM-01", "no").with("MIN-03", "yes")));
    expect(d.verdict).toEqual({ before: "acceptable", after: "not_recommended" });
    expect(d.domains).toContainEqual({ id: "COM", before: "pass", after: "fail" });
    expect(d.findings.added.map((f) => f.ruleId)).toContain("COM-01");
    expect(d.findings.removed).toEqual([]);
    expect(d.dpiaRequired).toEqual({ before: false, after: true });
    expect(d.dpia).toEqual({ before: "not_required", after: "required" });
    expect(d.dpiaIndicator).toEqual({ before: "notRequired", after: "required" });
    // Biometrics of pupils: a type on the CNIL's list, mandatory rather than "required in most cases".
    const listed = diffRounds(snap(1, base().with("MIN-03", "yes")), snap(2, base().with("MIN-03", "yes").with("MIN-09", "yes")));
    expect(listed.dpia).toBeNull();
    expect(listed.dpiaIndicator).toEqual({ before: "required", after: "listed" });
    // Unknown criteria that could reach the threshold: from "not required" to "to be determined".
    const unsure = diffRounds(snap(1, base()), snap(2, base().with("MIN-03", "unknown")));
    expect(unsure.dpia).toEqual({ before: "not_required", after: "undetermined" });
    expect(unsure.dpiaRequired).toBeNull();
    const back = diffRounds(snap(2, base().with("COM-01", "no")), snap(3, base().with("COM-01", "unknown")));
    expect(back.findings.changed).toEqual([
      { ruleId: "COM-01", before: { ruleId: "COM-01", severity: "BLOCK", unknown: false }, after: { ruleId: "COM-01", severity: "HIGH", unknown: true } },
    ]);
  });

  it("reports the service and school details, and a catalogue change", () => {
    const d = diffRounds(snap(1, base().withService({ vendor: "A" }), "2025.01-1"), snap(2, base().withService({ vendor: "B" }).withSchool({ name: "Collège X" })));
    expect(d.details).toEqual([
      { field: "service.vendor", before: "A", after: "B" },
      { field: "school.name", before: null, after: "Collège X" },
    ]);
    expect(d.catalogueVersion).toEqual({ before: "2025.01-1", after: CATALOGUE.version });
  });

  it("compares a round made under catalogue version 1 (no AI domain, no AI answers) with one made today", () => {
    const v1Doc = base().without("AI-01").without("CTX-04").without("MIN-09");
    const v1 = snap(1, v1Doc, "2026.11-1");
    const old = { ...v1, evaluation: { ...v1.evaluation, domains: v1.evaluation.domains.filter((d) => d.id !== "AI"), findings: v1.evaluation.findings.filter((f) => f.domain !== "AI") } };
    const d = diffRounds(old, snap(2, base().with("AI-01", "yes")));
    expect(d.catalogueVersion).toEqual({ before: "2026.11-1", after: CATALOGUE.version });
    expect(d.answers.map((a) => a.questionId)).toEqual(["CTX-04", "MIN-09", "AI-01"]);
    expect(d.domains).toContainEqual({ id: "AI", before: null, after: expect.stringMatching(/^(pass|warn|fail)$/) });
  });

  it("chains rounds in order", () => {
    const h = historyOf([snap(1, base()), snap(2, base().with("COM-05", "yes")), snap(3, base().with("COM-05", "no"))]);
    expect(h.map((d) => [d.from, d.to, d.answers.map((a) => `${a.before}>${a.after}`)])).toEqual([
      [1, 2, ["no>yes"]],
      [2, 3, ["yes>no"]],
    ]);
    expect(historyOf([snap(1, base())])).toEqual([]);
  });
});
