import { describe, expect, it } from "vitest";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { EXAMPLE_FILES, loadExample, type TExampleName } from "@/lib/testing/examples";
import { buildDocument } from "./build";
import { documentContext } from "./context";
import { documentMarkdown } from "./markdown";
import { buildRegisterEntry } from "./processing-record";
import { registerEntryCsv } from "./processing-record-csv";
import type { TDocumentKind } from "@/lib/domain/documents";

const NOW = new Date("2026-11-24T10:00:00Z");
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, " ").replace(/\\([[\]])/g, "$1");
const md = (doc: TAnswersDocument, kind: TDocumentKind, locale: TLocale) => plain(documentMarkdown(buildDocument(doc, kind, locale, { now: NOW }), translatorFor(locale)));
const answered = (name: TExampleName, answers: Record<string, string>): TAnswersDocument => {
  const doc = loadExample(name);
  return { ...doc, answers: { ...doc.answers, ...answers } };
};
const field = (doc: TAnswersDocument, id: string, locale: TLocale = "fr") =>
  plain(buildRegisterEntry(documentContext(doc, locale, { now: NOW })).fields.find((f) => f.id === id)?.value ?? "");

describe("special categories (art. 9)", () => {
  it.each(LOCALES)("with health notes, the notice and the register give art. 6(1)(e) and an art. 9(2) condition to complete with the DPO (%s)", (locale) => {
    const doc = answered("gar-resource", { "MIN-03": "yes" });
    const notice = md(doc, "family-notice", locale);
    expect(notice).toContain(locale === "fr" ? "mission d’intérêt public (RGPD, art. 6(1)(e))" : "art. 6(1)(e)");
    expect(notice).toMatch(locale === "fr" ? /l’une des conditions de l’article 9\(2\) du RGPD : \[à compléter : condition de l’article 9\(2\) retenue, à fixer avec le délégué/ : /one of the conditions of Article 9\(2\) of the GDPR: \[to be completed: the Article 9\(2\) condition relied on, to settle with the data protection officer\]/);
    const basis = field(doc, "legalBasis", locale);
    expect(basis).toContain("6(1)(e)");
    expect(basis).toMatch(/9\(2\).*\[(à compléter|to be completed)/);
    const csv = plain(registerEntryCsv(buildRegisterEntry(documentContext(doc, locale, { now: NOW }))));
    expect(csv).toMatch(/9\(2\)/);
  });

  it("with biometrics, cites the CNIL's opinion of 25 October 2019 on facial recognition at two lycées", () => {
    const doc = answered("education-suite-contract", { "MIN-09": "yes" });
    expect(md(doc, "family-notice", "fr")).toContain("la CNIL a jugé disproportionné un dispositif de contrôle d’accès à deux lycées (avis du 25 octobre 2019)");
    expect(field(doc, "legalBasis")).toContain("(avis du 25 octobre 2019)");
    expect(field(doc, "sensitive")).toContain("données biométriques servant à identifier");
  });

  it("lists behaviour and free notes as highly personal data, apart from the art. 9 categories; none without special data", () => {
    const doc = answered("gar-resource", { "MIN-03": "yes" });
    expect(field(doc, "sensitive")).not.toMatch(/comportement|notes libres/);
    expect(field(doc, "highlyPersonal")).toContain("critère 4");
    expect(field(loadExample("gar-resource"), "legalBasis")).not.toContain("9(2)");
    expect(md(loadExample("gar-resource"), "family-notice", "fr")).not.toContain("9(2)");
  });

  it("writes the reasons and the right DPO's opinion beside a DPIA « Non requise »", () => {
    expect(field(loadExample("gar-resource"), "dpia")).toContain("motifs écrits et avis du délégué à la protection des données (celui de l’académie) : [à compléter : motifs, date et avis]");
    expect(field(loadExample("ai-homework-assistant"), "dpia")).toContain("(celui de l’organisme de gestion, s’il en a désigné un ; pas celui de l’académie)");
    expect(field(loadExample("education-suite-contract"), "dpia")).not.toContain("motifs écrits");
  });
});

describe("the notice", () => {
  it.each(LOCALES)("speaks to collège and lycée pupils themselves about their rights, not to an école's (%s)", (locale) => {
    const t = translatorFor(locale);
    const heading = `## ${t("Documents.familyNotice.pupilsHeading")}`;
    for (const name of ["free-consumer-quiz", "education-suite-contract", "ai-homework-assistant"] as const) {
      const text = md(loadExample(name), "family-notice", locale);
      expect(text, name).toContain(heading);
      expect(text, name).toContain(locale === "fr" ? "Vous pouvez demander vous-même à voir ces données" : "You can ask yourself to see these data");
      expect(text, name).toContain(locale === "fr" ? "(recommandation 2 sur les droits numériques des mineurs, 9 juin 2021)" : "(recommendation 2 on minors’ digital rights, 9 June 2021)");
    }
    expect(md(loadExample("gar-resource"), "family-notice", locale)).not.toContain(heading);
  });

  it("never says « no automated decision » beside an AI that assesses pupils whose teacher review is unanswered", () => {
    const en = translatorFor("en");
    const unsettled = md(answered("ai-homework-assistant", { "RIG-06": "no", "AI-02": "yes", "AI-07": "unknown", "AI-05": "yes", "COM-04": "no" }), "family-notice", "en");
    expect(unsettled).not.toContain(en("Documents.familyNotice.automated.no"));
    expect(unsettled).toContain("it remains to be established that a teacher checks each of its results before it takes effect");
    const unreviewed = md(answered("ai-homework-assistant", { "RIG-06": "no", "AI-02": "yes", "AI-07": "no" }), "family-notice", "fr");
    expect(unreviewed).toContain("c’est une décision automatisée (RGPD, art. 22)");
    const reviewed = md(answered("ai-homework-assistant", { "RIG-06": "no", "AI-02": "yes", "AI-07": "yes" }), "family-notice", "en");
    expect(reviewed).toContain(en("Documents.familyNotice.automated.no"));
    // The AI's blanks say what to write, not "yes or no".
    expect(unsettled).toContain("A teacher checks each AI result before it takes effect: [to be completed: who checks, and how].");
    const section = unsettled.slice(unsettled.indexOf(`## ${en("Documents.familyNotice.automatedHeading")}`), unsettled.indexOf(`## ${en("Documents.familyNotice.rightsHeading")}`));
    expect(section).not.toContain("yes or no");
  });

  it("leaves blanks for the safeguard and how to get a copy when it is not known whether data leave the EU", () => {
    const doc = answered("gar-resource", { "HOST-02": "unknown" });
    expect(md(doc, "family-notice", "fr")).toContain("Si les données quittent l’Union européenne : pays, garantie qui encadre le transfert et comment en obtenir une copie : [à compléter :");
    expect(md(loadExample("gar-resource"), "family-notice", "fr")).not.toContain("Si les données quittent");
  });

  it.each(LOCALES)("for staff, never mentions pupils nor consent as a basis, in the notice and the register entry (%s)", (locale) => {
    for (const name of EXAMPLE_FILES) {
      const doc = answered(name, { "CTX-02": "staff", "INF-03": "collected", "RIG-06": "unknown" });
      const notice = md(doc, "family-notice", locale);
      expect(notice, name).not.toMatch(locale === "fr" ? /élève|consentement/i : /pupil|consent/i);
      const register = ["people", "data", "legalBasis", "retention"].map((id) => field(doc, id, locale)).join(" ");
      expect(register, name).not.toMatch(locale === "fr" ? /élève|consentement/i : /pupil|consent/i);
    }
  });

  it("for staff, the vendor letter and the DPIA speak of staff, not pupils", () => {
    const doc = answered("education-suite-contract", { "CTX-02": "staff" });
    expect(md(doc, "vendor-letter", "fr")).toContain("envisage d’utiliser Suite Collaborative Éducation avec ses personnels");
    expect(md(doc, "vendor-letter", "fr")).not.toContain("avec ses élèves");
    expect(md(doc, "dpia", "en")).toContain("likely to put the staff concerned at high risk");
  });
});
