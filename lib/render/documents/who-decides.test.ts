import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pdfInfo, pdfText } from "@/lib/testing/pdf-tools";
import { renderDocumentViewModelPdf } from "./render";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { withDecision } from "@/lib/testing/decision";
import { loadExample } from "@/lib/testing/examples";
import { buildReportViewModel } from "../report/view-model";
import { buildDocument } from "./build";
import { documentMarkdown } from "./markdown";
import type { TDocumentKind } from "@/lib/domain/documents";
import { CONTROLLER_KINDS, controllerKeys, controllerOf } from "@/lib/domain/controller";

const NOW = new Date("2026-11-24T10:00:00Z");
const md = (doc: TAnswersDocument, kind: TDocumentKind, locale: TLocale) =>
  documentMarkdown(buildDocument(doc, kind, locale, { now: NOW }), translatorFor(locale)).replace(/\u00a0|\u202f/g, " ");
const answered = (doc: TAnswersDocument, answers: Record<string, string>): TAnswersDocument => ({ ...doc, answers: { ...doc.answers, ...answers } });

/** A private collège under contract (CTX-04 private): the managing body decides, its own DPO advises. */
const privateSchool = () => loadExample("ai-homework-assistant");

describe("who decides and whom to consult, by kind of school", () => {
  it("never names the académie's DPD for a private school, and always does for a public one", () => {
    const en = translatorFor("en");
    const fr = translatorFor("fr");
    const privateKeys = controllerKeys(controllerOf({ "CTX-04": "private", "CTX-01": "college" }));
    expect(fr(privateKeys.dpoWho)).toContain("organisme de gestion");
    expect(fr(privateKeys.dpoWhat)).not.toContain("DPD de l’académie");
    expect(en(privateKeys.board)).toBe("Presented to the managing body’s board on");
    expect(fr(privateKeys.board)).not.toContain("conseil d’administration le");
    expect(fr(controllerKeys(controllerOf({ "CTX-04": "public", "CTX-01": "primary" })).board)).toBe("Présentée au conseil d’école le");
    expect(fr(controllerKeys(controllerOf({ "CTX-04": "public", "CTX-01": "lycee" })).dpoWho)).toBe("celui de l’académie");
  });

  it("has every word in both languages, for every kind", () => {
    const kinds = [
      { "CTX-04": "public", "CTX-01": "college" }, { "CTX-04": "public", "CTX-01": "lycee" }, { "CTX-04": "public", "CTX-01": "primary" },
      { "CTX-04": "public" }, { "CTX-04": "private", "CTX-01": "primary" }, {},
    ];
    expect(new Set(kinds.map((a) => controllerOf(a).kind))).toEqual(new Set(CONTROLLER_KINDS));
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      for (const answers of kinds) for (const key of Object.values(controllerKeys(controllerOf(answers)))) expect(t.has(key), `${locale} ${key}`).toBe(true);
    }
  });

  it.each(LOCALES)("a private school under contract is never sent to the académie's DPD (%s)", (locale) => {
    const t = translatorFor(locale);
    const doc = privateSchool();
    const dpoWho = t("Controller.dpoWho.managingBody");
    const cover = buildReportViewModel(doc, locale, { now: NOW }).cover.disclaimer;
    expect(cover).toBe(t("Report.cover.disclaimer", { dpoWho }));
    expect(cover).not.toMatch(/DPD de votre académie|your académie’s/);
    const dpia = md(doc, "dpia", locale);
    expect(dpia).toContain(t("Report.dpia.nextSteps.required.dpo", { dpoWho }).replace(/\u00a0|\u202f/g, " "));
    expect(md(doc, "vendor-letter", locale)).toContain(t("Documents.vendorLetter.closing.head", { dpoWho }).replace(/\u00a0|\u202f/g, " "));
    for (const kind of ["dpia", "vendor-letter", "family-notice", "register-entry", "decision", "action-plan"] as const) {
      const text = md(doc, kind, locale);
      expect(text, kind).not.toMatch(/DPD de l’académie|académie’s DPD|DPD of the académie/);
    }
  });

  it("the private school's decision is the managing body's: title, signatory, board, DPO (fr)", () => {
    const text = md(withDecision(privateSchool(), { outcome: "refuse", reason: "Données confiées à un fournisseur de modèle non identifié." }), "decision", "fr");
    expect(text).toContain("Décision de l’organisme de gestion");
    expect(text).not.toContain("Décision du chef d’établissement");
    expect(text).toContain("**Présentée au conseil de l’organisme de gestion le**");
    expect(text).not.toContain("conseil d’administration le**");
    expect(text).toContain("**Le représentant de l’organisme de gestion**");
    expect(text).toContain("**Vu, le DPO de l’organisme de gestion**");
    expect(text).toContain("**Motifs du refus** : Données confiées à un fournisseur de modèle non identifié.");
  });

  it("a public école's decision is the IA-DASEN's, presented to the conseil d'école (fr and en)", () => {
    const fr = md(withDecision(loadExample("gar-resource")), "decision", "fr");
    expect(fr).toContain("Décision de l’IA-DASEN");
    expect(fr).toContain("**L’IA-DASEN, pour le recteur d’académie**");
    expect(fr).toContain("**Présentée au conseil d’école le** : 27 novembre 2026");
    expect(fr).not.toContain("chef d’établissement");
    const en = md(withDecision(loadExample("gar-resource")), "decision", "en");
    expect(en).toContain("Decision of the IA-DASEN");
    expect(en).toContain("**Presented to the school council on**: 27 November 2026");
  });

  it("with the kind of school unknown, covers every case and leaves the controller blank", () => {
    const doc = answered(loadExample("free-consumer-quiz"), { "CTX-04": "unknown" });
    const text = md(doc, "decision", "fr");
    expect(text).toContain("Décision du responsable du traitement");
    expect(text).toContain("**Présentée au conseil compétent le**");
    expect(text).toContain("**Responsable du traitement** : [à compléter : responsable du traitement");
    const cover = buildReportViewModel(doc, "fr", { now: NOW }).cover.disclaimer;
    expect(cover).toContain("celui de l’académie pour un établissement public, celui de l’organisme de gestion pour un établissement privé sous contrat");
  });

  it("states a refusal's reasons on the report's cover, under the controller's decision", () => {
    const vm = buildReportViewModel(withDecision(privateSchool(), { outcome: "refuse", reason: "Pas de contrat." }), "fr", { now: NOW });
    expect(vm.cover.decision?.heading).toBe("Décision du responsable du traitement");
    expect(vm.cover.decision?.lines.map((l) => l.replace(/\u00a0|\u202f/g, " "))).toContain("Motifs : Pas de contrat.");
  });

  it("records the DPO's name and opinion's sense, and the reasons of a decision", () => {
    const doc = withDecision(loadExample("education-suite-contract"), {
      dpd: { consulted: true, name: "M. Paul Martin", favourable: false, date: "2026-11-12", opinion: "Transferts non encadrés." },
    });
    const text = md(doc, "decision", "en");
    expect(text).toContain("**DPD consulted**: Yes: M. Paul Martin, opinion of 12 November 2026");
    expect(text).toContain("**The DPD’s opinion**: Unfavourable. Transferts non encadrés.");
    expect(text).toContain("**Seen by the académie’s DPD**  \nName: M. Paul Martin");
  });

  it("addresses the head by title, and says « à l'école » only for an école", () => {
    const collège = md({ ...loadExample("free-consumer-quiz"), mode: "parents" }, "school-letter", "fr");
    expect(collège).toContain("Madame la Principale, Monsieur le Principal,");
    expect(collège).not.toContain("Madame la Directrice");
    const lycée = md({ ...answered(loadExample("free-consumer-quiz"), { "CTX-01": "lycee" }), mode: "parents" }, "school-letter", "fr");
    expect(lycée).toContain("Veuillez agréer, Madame la Proviseure, Monsieur le Proviseur,");
    expect(md(loadExample("free-consumer-quiz"), "family-notice", "fr")).toContain("utilise QuizÉclair (compte gratuit) au collège.");
    expect(md(loadExample("free-consumer-quiz"), "family-notice", "fr")).not.toContain("à l’école");
    expect(md(loadExample("gar-resource"), "family-notice", "fr")).toContain("à l’école.");
  });

  it("prints the private school's decision, one page, as the managing body's (PDF text)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigie-who-decides-"));
    try {
      const file = path.join(dir, "decision.pdf");
      const vm = buildDocument(withDecision(privateSchool(), { outcome: "refuse", reason: "Fournisseur de modèle non identifié." }), "decision", "fr", { now: NOW });
      writeFileSync(file, await renderDocumentViewModelPdf(vm));
      const text = pdfText(file).replace(/\s+/g, " ");
      expect(pdfInfo(file).Pages).toBe("1");
      for (const s of ["Décision de l’organisme de gestion", "Présentée au conseil de l’organisme de gestion le", "Le représentant de l’organisme de gestion", "Vu, le DPO de l’organisme de gestion", "Fournisseur de modèle non identifié."]) {
        expect(text.replace(/\u00a0|\u202f/g, " "), s).toContain(s);
      }
      expect(text).not.toContain("chef d’établissement");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

