import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { translatorFor } from "@/lib/i18n/translator";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { toPiaExport } from "./to-pia";

const document = anAnswersDocument()
  .withSafeAnswers()
  .withEvidence("COM-01", { source: "Contrat <DPA> & annexes, art. 4", quote: "Première ligne\nSeconde ligne", by: "DPD académique" })
  .withEvidence("SEC-01", { kind: "observation", source: "https://quiz.example/securite", date: "2026-12-01" })
  .build();
const source = { document, evaluation: evaluate(document.answers, CATALOGUE), createdAt: "2026-05-02T09:00:00.000Z", evaluatedAt: "2026-05-03T10:00:00.000Z" };

describe("the PIA export's sources", () => {
  it("writes each answer's sources under it, escaped, in sections 1–2 and in the measures", () => {
    const fr = toPiaExport(source, translatorFor("fr"));
    const en = toPiaExport(source, translatorFor("en"));
    // COM-01 is answered in 2.1.1 (reference 211).
    const purposes = fr.answers.find((a) => a.reference_to === 211)?.data.text ?? "";
    expect(purposes).toContain(
      "<br>Source (Document) : Contrat &#60;DPA&#62; &#38; annexes, art. 4 — « Première ligne<br>Seconde ligne » — lu le 30 novembre 2026 par DPD académique",
    );
    // SEC-01 is a measure of 3.1: its content carries its source, in each language.
    const measureFr = fr.measures.find((m) => m.content.includes("https://quiz.example/securite"))?.content ?? "";
    expect(measureFr).toContain("<br>Source (Constat) : https://quiz.example/securite — lu le 1er décembre 2026");
    const measureEn = en.measures.find((m) => m.content.includes("https://quiz.example/securite"))?.content ?? "";
    expect(measureEn).toContain("<br>Source (Observation): https://quiz.example/securite — read on 1 December 2026");
    // An answer without a source gets no source line.
    expect(fr.answers.find((a) => a.reference_to === 227)?.data.text ?? "x").not.toContain("Source (");
  });
});
