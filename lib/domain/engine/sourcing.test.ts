import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE, RULES } from "../catalogue";
import { ZAnswersDocumentSchema } from "../schema";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { answeredRules, notApplicableRules, sourcing } from ".";

describe("sourcing", () => {
  it("counts nothing for a document without answers", () => {
    expect(sourcing(anAnswersDocument().build(), CATALOGUE)).toEqual({ answered: 0, sourced: 0, vendorAnswered: 0, vendorSourced: 0 });
  });

  it("counts the answers given and those with a source, for every rule and for the vendor's", () => {
    // COM-01 and COM-02 are [V] questions; COM-06 is the school's.
    expect(RULES.filter((r) => ["COM-01", "COM-02", "COM-06"].includes(r.id)).map((r) => r.who)).toEqual(["V", "V", "S"]);
    const doc = anAnswersDocument()
      .withAnswers({ "CTX-01": "lycee", "COM-01": "yes", "COM-02": "none", "COM-06": "yes", "HOST-01": "unknown" })
      .withEvidence("COM-01")
      .withEvidence("COM-01", { kind: "vendor", source: "Courriel du fournisseur" })
      .withEvidence("COM-06", { kind: "observation", source: "Écran des réglages" })
      // An unknown answer, an unanswered rule and a context question do not count, sourced or not.
      .withEvidence("HOST-01")
      .withEvidence("SEC-01")
      .withEvidence("CTX-01")
      .build();
    expect(sourcing(doc, CATALOGUE)).toEqual({ answered: 3, sourced: 2, vendorAnswered: 2, vendorSourced: 1 });
    expect(answeredRules(doc, CATALOGUE).map((r) => `${r.ruleId}:${r.who}:${r.sourced}`)).toEqual(["COM-01:V:true", "COM-02:V:false", "COM-06:S:true"]);
  });

  it("leaves out the answers to rules that do not apply", () => {
    const doc = anAnswersDocument().withSafeAnswers().build();
    const notApplicable = notApplicableRules(doc.answers, CATALOGUE);
    const leftOut = Object.keys(doc.answers).filter((id) => notApplicable.has(id));
    expect(leftOut.length).toBeGreaterThan(0);
    const withSources = anAnswersDocument().withSafeAnswers();
    for (const id of leftOut) withSources.withEvidence(id as never);
    const counts = sourcing(withSources.build(), CATALOGUE);
    expect(counts.sourced).toBe(0);
    const applicableRules = RULES.filter((r) => !notApplicable.has(r.id) && doc.answers[r.id as keyof typeof doc.answers] !== undefined);
    expect(counts.answered).toBe(applicableRules.length);
    expect(counts.vendorAnswered).toBe(applicableRules.filter((r) => r.who === "V").length);
  });

  it("counts the sources of the example with evidence", () => {
    const doc = ZAnswersDocumentSchema.parse(JSON.parse(readFileSync("examples/education-suite-contract.json", "utf8")));
    // Five [V] answers rest on a source: COM-01, COM-02, HOST-01, SEC-01, MIN-05.
    expect(sourcing(doc, CATALOGUE)).toMatchObject({ sourced: 5, vendorSourced: 5 });
  });
});
