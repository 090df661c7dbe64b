import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { formatReference } from "@/lib/i18n/format-reference";
import { evaluate, letterQuestions } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { loadExample } from "@/lib/testing/examples";
import { normaliseSpaces, pdfInfo, pdfPageText, pdfText } from "@/lib/testing/pdf-tools";
import { buildDocument } from "./build";
import { documentMarkdown } from "./markdown";
import { renderDocument } from "./render";
import { documentsFor, MODES_OF } from "@/lib/domain/documents";
import { vendorQuestionKey } from "@/lib/domain/catalogue/message-keys";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TLocale } from "@/lib/i18n/locales";
import { renderReportPdf } from "@/lib/render/report/render";

const now = new Date("2026-11-24T12:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "vigie-parents-"));
const parents = { ...loadExample("free-consumer-quiz"), mode: "parents" as const };
const evaluation = evaluate(parents.answers, CATALOGUE);
const rules = CATALOGUE.domains.flatMap((d) => d.rules);
const schoolAsked = rules.filter((r) => r.who === "S" && evaluation.schoolActions.includes(r.id));
const vendorAsked = rules.filter((r) => r.who === "V" && evaluation.vendorQuestions.includes(r.id));

/** The PDF's text and the Markdown's, of one document in one language. */
async function texts(doc: TAnswersDocument, kind: "school-letter" | "vendor-letter", locale: "fr" | "en") {
  const file = join(dir, `${kind}-${locale}.pdf`);
  writeFileSync(file, (await renderDocument(doc, kind, locale, "pdf", { now })).body);
  const md = normaliseSpaces(documentMarkdown(buildDocument(doc, kind, locale, { now }), translatorFor(locale)).replace(/[*_\\]/g, ""));
  return { pdf: normaliseSpaces(pdfText(file)), md, file };
}

describe("documents per mode", () => {
  it("offers parents the letters and the DPIA, never the school's own papers (its action plan included)", () => {
    expect(documentsFor("parents")).toEqual(["vendor-letter", "school-letter", "dpia"]);
    expect(documentsFor("head")).toEqual(["vendor-letter", "family-notice", "register-entry", "action-plan", "dpia", "decision"]);
    expect(documentsFor("it")).toEqual(documentsFor("head"));
    expect(documentsFor()).toEqual(documentsFor("head"));
    expect(Object.values(MODES_OF).every((modes) => modes.length > 0)).toBe(true);
  });
});

describe("the parents' letter to the head of school", () => {
  it("has school questions and vendor questions to ask in this example", () => {
    expect(schoolAsked.length).toBeGreaterThan(0);
    expect(vendorAsked.length).toBeGreaterThan(0);
  });

  it.each(LOCALES)("in %s, as PDF and Markdown: who asks, the school's questions and the vendor's, with their references", async (locale) => {
    const t = translatorFor(locale);
    const { pdf, md } = await texts(parents, "school-letter", locale);
    for (const text of [pdf, md]) {
      expect(text).toContain(normaliseSpaces(t("Documents.schoolLetter.title", { service: parents.service.name })));
      expect(text).toContain(locale === "fr" ? "Association de parents d’élèves" : "Parents’ association of");
      expect(text).toContain(normaliseSpaces(t("Documents.common.blank", { what: t("Documents.schoolLetter.contactWhat") })));
      expect(text).toContain(normaliseSpaces(t("Documents.schoolLetter.schoolHeading")));
      expect(text).toContain(normaliseSpaces(t("Documents.schoolLetter.vendorHeading")));
      for (const r of schoolAsked) expect(text).toContain(normaliseSpaces(t(`Rules.${r.id}.question`)));
      for (const r of vendorAsked) expect(text).toContain(normaliseSpaces(t(vendorQuestionKey(r.id, "parents"))));
      const [firstRef] = vendorAsked[0]!.references;
      expect(text).toContain(normaliseSpaces(formatReference(t, firstRef!, CATALOGUE.sources)));
    }
  });
});

describe("the parents' letter puts first the points that matter most", () => {
  /** Where each of these texts starts in `text` (-1 when absent). */
  const at = (text: string, s: string) => text.indexOf(normaliseSpaces(s));
  const blank = { ...parents, answers: {} };

  it.each(LOCALES)("in %s, as PDF and Markdown: eight points first, then the closing and the signature, the rest in an annex", async (locale) => {
    const t = translatorFor(locale);
    const e = evaluate(blank.answers, CATALOGUE);
    const { first, rest } = letterQuestions(e, CATALOGUE);
    const restCount = rest.school.length + rest.vendor.length;
    expect(first).toHaveLength(8);
    const { pdf, md, file } = await texts(blank, "school-letter", locale);
    for (const text of [pdf, md]) {
      const heading = at(text, t("Documents.schoolLetter.firstHeading"));
      const signature = at(text, t("Documents.schoolLetter.signature"));
      const annex = at(text, t("Documents.schoolLetter.annexHeading"));
      expect(heading).toBeGreaterThan(-1);
      expect(text).toContain(normaliseSpaces(t("Documents.schoolLetter.firstIntro", { count: 8, rest: restCount, service: blank.service.name })));
      expect(signature).toBeGreaterThan(heading);
      expect(annex).toBeGreaterThan(signature);
      // The first points in their order, before the signature; the others after the annex's heading.
      const positions = first.map((q) => text.indexOf(`· ${q.ruleId}`));
      expect(positions.every((p) => p > heading && p < signature)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(at(text, t(vendorQuestionKey("AI-01", "parents")))).toBeGreaterThan(heading);
      for (const id of [...rest.school, ...rest.vendor]) expect(text.indexOf(`· ${id}`), id).toBeGreaterThan(annex);
      // Never the collaborative-suite question among the first points of a quiz.
      expect(text.indexOf("· HOST-06")).toBeGreaterThan(annex);
    }
    // The letter itself (up to the signature) holds on two pages; the annex follows.
    const pages = Number(pdfInfo(file).Pages);
    const signaturePage = Array.from({ length: pages }, (_, i) => i + 1).find((p) => normaliseSpaces(pdfPageText(file, p)).includes(normaliseSpaces(t("Documents.schoolLetter.signature"))));
    expect(signaturePage).toBeLessThanOrEqual(2);
  });

  it.each(LOCALES)("in %s: asks the head what the school plans about a confirmed serious risk", async (locale) => {
    const t = translatorFor(locale);
    const { pdf, md } = await texts(parents, "school-letter", locale);
    const risk = t("Documents.schoolLetter.riskText", {
      question: t("Rules.ACC-01.question"),
      answer: t("Answers.no"),
      severity: t("Severity.BLOCK").toLocaleLowerCase(locale),
    });
    for (const text of [pdf, md]) {
      expect(text).toContain(normaliseSpaces(risk));
      expect(at(text, risk)).toBeLessThan(at(text, t("Documents.schoolLetter.annexHeading")));
    }
  });
});

describe("the vendor letter in parents' mode", () => {
  it.each(LOCALES)("in %s speaks as parents, never as the school", async (locale) => {
    const { pdf, md } = await texts(parents, "vendor-letter", locale);
    for (const text of [pdf, md]) {
      expect(text).not.toMatch(/\bnotre établissement|\bnotre contrat|\bnotre école|\bour school|\bour contract/i);
      expect(text).toContain(normaliseSpaces(translatorFor(locale)(vendorQuestionKey("COM-01", "parents"))));
    }
  });

  it("keeps the school's wording when the school writes", () => {
    expect(vendorQuestionKey("COM-01", "head")).toBe("Rules.COM-01.vendorQuestion");
    expect(vendorQuestionKey("SEC-01", "parents")).toBe("Rules.SEC-01.vendorQuestion");
  });
});

describe("the report's action plan in parents' mode", () => {
  const reportText = async (doc: TAnswersDocument, name: string, locale: TLocale) => {
    const file = join(dir, `${name}-${locale}.pdf`);
    writeFileSync(file, await renderReportPdf(doc, locale, { now }));
    return normaliseSpaces(pdfText(file));
  };

  it.each(LOCALES)("%s: says what to ask the school for, never to fill the school's columns", async (locale) => {
    const t = translatorFor(locale);
    const text = await reportText(parents, "report-parents", locale);
    expect(text).toContain(normaliseSpaces(t("Report.conditions.parents.heading")));
    expect(text).not.toContain(normaliseSpaces(t("Report.conditions.heading")));
    expect(await reportText(loadExample("free-consumer-quiz"), "report-head", locale)).toContain(normaliseSpaces(t("Report.conditions.heading")));
  });
});
