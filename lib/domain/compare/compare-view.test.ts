import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue";
import { evaluate } from "../engine";
import { anAnswersDocument, type AnswersDocumentBuilder } from "@/lib/testing/answers-document-builder";
import { compareView, type TCompareInput } from "./compare-view";

const input = (id: string, b: AnswersDocumentBuilder): TCompareInput => {
  const document = b.withService({ name: `Service ${id}` }).build();
  return { id, document, evaluation: evaluate(document.answers, CATALOGUE), evaluatedAt: "2026-05-02T09:00:00.000Z" };
};
const safe = () => anAnswersDocument().withSafeAnswers();

describe("compareView", () => {
  const view = compareView([input("a", safe()), input("b", safe().with("COM-01", "no").with("SEC-02", "unknown")), input("c", safe().with("CTX-02", "staff"))], CATALOGUE);

  it("has one column per assessment with its verdict", () => {
    expect(view.columns.map((c) => [c.id, c.serviceName, c.verdict])).toEqual([
      ["a", "Service a", "acceptable"],
      ["b", "Service b", "not_recommended"],
      ["c", "Service c", "acceptable"],
    ]);
  });

  it("counts each column's confirmed risks apart from its unknown answers, as the result page does", () => {
    expect(view.columns.map((c) => c.findings)).toEqual([
      { confirmed: 0, unknown: 0 },
      { confirmed: 1, unknown: 1 },
      { confirmed: 0, unknown: 0 },
    ]);
  });

  it("goes domain by domain and rule by rule in catalogue order", () => {
    expect(view.context.map((r) => r.questionId)).toEqual(["CTX-01", "CTX-02", "CTX-03", "CTX-04"]);
    expect(view.domains.map((d) => d.id)).toEqual(CATALOGUE.domains.map((d) => d.id));
    expect(view.domains[0]?.rules.map((r) => r.questionId)).toEqual(CATALOGUE.domains[0]?.rules.map((r) => r.id));
  });

  it("marks risky, unknown and not-applicable cells, and the rows that differ", () => {
    const com = view.domains.find((d) => d.id === "COM");
    const com01 = com?.rules.find((r) => r.questionId === "COM-01");
    expect(com01?.cells.map((c) => [c.answer, c.severity])).toEqual([
      ["yes", null],
      ["no", "BLOCK"],
      ["yes", null],
    ]);
    expect(com01?.differs).toBe(true);
    expect(com?.statuses).toEqual(["pass", "fail", "pass"]);
    const sec02 = view.domains.find((d) => d.id === "SEC")?.rules.find((r) => r.questionId === "SEC-02");
    expect(sec02?.cells[1]).toMatchObject({ answer: "unknown", unknown: true });
    const inf03 = view.domains.find((d) => d.id === "INF")?.rules.find((r) => r.questionId === "INF-03");
    expect(inf03?.cells.map((c) => c.notApplicable)).toEqual([false, false, true]);
    expect(view.domains.find((d) => d.id === "RIG")?.differs).toBe(false);
  });

  it("takes two to four assessments", () => {
    expect(() => compareView([input("a", safe())], CATALOGUE)).toThrow(RangeError);
    expect(() => compareView(["a", "b", "c", "d", "e"].map((id) => input(id, safe())), CATALOGUE)).toThrow(RangeError);
  });
});
