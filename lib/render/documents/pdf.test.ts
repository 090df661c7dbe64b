import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, RULES, ruleKey } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { buildReportViewModel } from "../report/view-model";
import { withDecision } from "@/lib/testing/decision";
import { EXAMPLES, loadExample, type TExampleName } from "@/lib/testing/examples";
import { normaliseSpaces, pdfFonts, pdfInfo, pdfOutline, pdfPageText, pdfStructure, pdfText } from "@/lib/testing/pdf-tools";
import { buildDocument } from "./build";
import { renderBilingualReportPdf, renderDocumentViewModelPdf } from "./render";
import { type TDocumentViewModel } from "./types";
import { DOCUMENT_KINDS, type TDocumentKind } from "@/lib/domain/documents";

const NOW = new Date("2026-11-24T10:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "vigie-documents-"));
const rendered = new Map<string, { vm: TDocumentViewModel; text: string; file: string }>();
const get = (kind: TDocumentKind, name: TExampleName, locale: TLocale) => {
  const r = rendered.get(`${kind}.${name}.${locale}`);
  if (r === undefined) throw new Error(`not rendered: ${kind}.${name}.${locale}`);
  return r;
};
const has = (text: string, s: string) => text.includes(normaliseSpaces(s));
/**
 * Bold labels and headers, compared without full stops: after several documents rendered in one
 * process, react-pdf's shared font state can drop the bold "." from the text layer (the glyph is
 * still drawn). Regular text is compared exactly.
 */
const hasBold = (text: string, s: string) => text.replace(/\./g, "").includes(normaliseSpaces(s).replace(/\./g, ""));
let bilingual = "";

beforeAll(async () => {
  const jobs = [
    ...DOCUMENT_KINDS.flatMap((kind) => EXAMPLES.flatMap((name) => LOCALES.map((locale) => ({ kind, name, locale })))),
    ...(["family-notice", "register-entry"] as const).flatMap((kind) => LOCALES.map((locale) => ({ kind, name: "ai-homework-assistant" as const, locale }))),
  ];
  for (const { kind, name, locale } of jobs) {
    const vm = buildDocument(loadExample(name), kind, locale, { now: NOW });
    const file = path.join(dir, `${kind}.${name}.${locale}.pdf`);
    writeFileSync(file, await renderDocumentViewModelPdf(vm));
    rendered.set(`${kind}.${name}.${locale}`, { vm, text: pdfText(file), file });
  }
  bilingual = path.join(dir, "bilingual.pdf");
  writeFileSync(bilingual, await renderBilingualReportPdf(loadExample("free-consumer-quiz"), { now: NOW }));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE: Record<TLocale, RegExp> = { fr: /Page (\d+) sur (\d+)/g, en: /Page (\d+) of (\d+)/g };

describe.each(DOCUMENT_KINDS)("%s as PDF", (kind) => {
  describe.each(LOCALES)("in %s", (locale) => {
    it.each(EXAMPLES)("of %s shows its title, headings and labels, numbered pages and embedded fonts", (name) => {
      const { vm, text, file } = get(kind, name, locale);
      expect(has(text, vm.kicker)).toBe(true);
      expect(has(text, vm.title)).toBe(true);
      for (const b of vm.blocks) {
        if (b.type === "heading") expect(has(text, b.text), b.text).toBe(true);
        if (b.type === "facts") for (const r of b.rows) expect(hasBold(text, r.label), r.label).toBe(true);
        if (b.type === "table") for (const c of b.columns) expect(hasBold(text, c.header), c.header).toBe(true);
      }
      const pages = Number(pdfInfo(file).Pages);
      expect([...text.matchAll(PAGE[locale])].map((m) => [Number(m[1]), Number(m[2])])).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
      expect(pdfFonts(file).every((f) => f.embedded && /\+NotoSans-(Regular|Bold)$/.test(f.name))).toBe(true);
      expect(pdfOutline(file)[0]?.title).toBe(vm.title);
    });

    it("is a tagged PDF: its title a heading, its footers left out", () => {
      const { vm, file } = get(kind, "free-consumer-quiz", locale);
      const structure = pdfStructure(file);
      expect(normaliseSpaces(structure.find((e) => e.type === "H1")?.text ?? "")).toBe(normaliseSpaces(vm.title));
      for (const b of vm.blocks) {
        if (b.type === "heading") expect(structure.some((e) => e.type === `H${b.level}` && normaliseSpaces(e.text) === normaliseSpaces(b.text)), b.text).toBe(true);
      }
      expect(structure.some((e) => PAGE[locale].test(e.text))).toBe(false);
      const levels = structure.filter((e) => /^H\d$/.test(e.type)).map((e) => Number(e.type.slice(1)));
      expect(levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1)).toEqual([]);
    });
  });
});

describe("facts from the answers, found in the PDFs' text", () => {
  it.each(EXAMPLES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
    "the vendor letter of %s (%s) asks each unknown [V] question and none of the known ones",
    (name, locale) => {
      const t = translatorFor(locale);
      const { text } = get("vendor-letter", name, locale);
      const asked = evaluate(loadExample(name).answers, CATALOGUE).vendorQuestions;
      for (const r of RULES.filter((r) => r.who === "V")) {
        expect(has(text, t(ruleKey(r.id, "vendorQuestion"))), r.id).toBe(asked.includes(r.id));
      }
    },
  );

  it.each(LOCALES)("the all-known example gets the empty vendor letter (%s)", (locale) => {
    const t = translatorFor(locale);
    const { text } = get("vendor-letter", "gar-resource", locale);
    expect(has(text, t("Documents.vendorLetter.emptyHeading"))).toBe(true);
    expect(has(text, t("Documents.vendorLetter.empty"))).toBe(true);
    expect(has(text, t("Documents.vendorLetter.salutation"))).toBe(false);
  });

  it.each([
    ["free-consumer-quiz", "fr", "Les données sont stockées aux États-Unis."],
    ["free-consumer-quiz", "en", "The data are stored in the United States."],
    ["gar-resource", "fr", "Les données sont stockées en France."],
    ["gar-resource", "en", "The data are stored in France."],
    ["education-suite-contract", "fr", "Les données sont stockées dans l’Union européenne."],
    ["education-suite-contract", "en", "The data are stored in the European Union."],
  ] as const)("the families' notice of %s (%s) says where the data are stored", (name, locale, storage) => {
    const { text } = get("family-notice", name, locale);
    expect(has(text, storage)).toBe(true);
    expect(has(text, translatorFor(locale)("Documents.familyNotice.complaint"))).toBe(true);
  });

  it("the families' notice names the controller from the context: the EPLE and its head, the IA-DASEN for primary, the managing body for a private school", () => {
    expect(has(get("family-notice", "free-consumer-quiz", "fr").text, "l’établissement public local d’enseignement (EPLE) Collège Jean-Moulin, représenté par son chef d’établissement")).toBe(true);
    expect(has(get("family-notice", "gar-resource", "fr").text, "directeur académique des services de l’éducation nationale (IA-DASEN)")).toBe(true);
    expect(has(get("family-notice", "gar-resource", "fr").text, "chef d’établissement")).toBe(false);
    expect(has(get("family-notice", "ai-homework-assistant", "fr").text, "l’organisme gestionnaire du Collège Saint-Exupéry")).toBe(true);
    for (const name of EXAMPLES) expect(get("family-notice", name, "fr").text).not.toContain("responsable des données");
  });

  it.each([
    ["fr", "mission d’intérêt public (RGPD, art. 6(1)(e))", "Code de l’éducation, art. L. 131-2", "Pays hors de l’Union européenne concerné : États-Unis."],
    ["en", "task in the public interest (GDPR, art. 6(1)(e))", "Code de l’éducation, art. L. 131-2", "Country outside the European Union: United States."],
  ] as const)("the families' notice names the legal basis and the third country the data go to (%s)", (locale, basis, code, country) => {
    const { text } = get("family-notice", "free-consumer-quiz", locale);
    expect(has(text, basis)).toBe(true);
    expect(has(text, code)).toBe(true);
    expect(has(text, country)).toBe(true);
    expect(has(get("family-notice", "gar-resource", locale).text, country)).toBe(false);
  });

  it.each([
    ["fr", "Projet — ne pas envoyer", "l’évaluation déconseille ce service en l’état"],
    ["en", "Draft — do not send", "the assessment advises against this service as things stand"],
  ] as const)("the not-recommended example's notice says it is a draft not to be sent, and why, on every page (%s)", (locale, mark, reason) => {
    const { file } = get("family-notice", "free-consumer-quiz", locale);
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pdfPageText(file, page);
      expect(has(text, mark), `page ${page}`).toBe(true);
      expect(has(text, reason), `page ${page}`).toBe(true);
    }
    const gar = get("family-notice", "gar-resource", locale).text;
    expect(has(gar, mark)).toBe(false);
  });

  it("the families' notice says « identifiant pseudonyme », never « anonyme », for a resource through the GAR", () => {
    const { text } = get("family-notice", "gar-resource", "fr");
    expect(has(text, "identifiant pseudonyme")).toBe(true);
    expect(text).not.toMatch(/anonym/i);
    expect(has(get("family-notice", "gar-resource", "en").text, "pseudonymous identifier")).toBe(true);
  });

  it.each(LOCALES)("a staff-only service's notice is for staff and never says “your child” (%s)", async (locale) => {
    const example = loadExample("free-consumer-quiz");
    const doc = { ...example, answers: { ...example.answers, "CTX-02": "staff" } };
    const file = path.join(dir, `family-notice.staff.${locale}.pdf`);
    writeFileSync(file, await renderDocumentViewModelPdf(buildDocument(doc, "family-notice", locale, { now: NOW })));
    const text = pdfText(file);
    expect(has(text, translatorFor(locale)("Documents.familyNotice.title.staff", { service: example.service.name }))).toBe(true);
    expect(text).not.toMatch(locale === "fr" ? /votre enfant|familles/i : /your child|families/i);
  });

  it("the families' notice prints a school name in Vietnamese, and � for what no font has", async () => {
    const example = loadExample("free-consumer-quiz");
    const doc = { ...example, school: { ...example.school, name: "Trường Nguyễn Du 🏫" } };
    const file = path.join(dir, "family-notice.scripts.pdf");
    writeFileSync(file, await renderDocumentViewModelPdf(buildDocument(doc, "family-notice", "fr", { now: NOW })));
    expect(has(pdfText(file), "Trường Nguyễn Du �")).toBe(true);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
  });

  it.each(LOCALES)("the register entry shows each value (%s)", (locale) => {
    const { vm, text } = get("register-entry", "education-suite-contract", locale);
    const facts = vm.blocks.flatMap((b) => (b.type === "facts" ? b.rows : []));
    expect(facts).toHaveLength(17);
    for (const f of facts) expect(has(text, f.value), f.label).toBe(true);
  });

  it.each([
    ["fr", "requêtes et conversations avec l’intelligence artificielle", "Pays tiers : États-Unis."],
    ["en", "prompts and conversations with the artificial intelligence", "Third country: United States."],
  ] as const)("the register entry lists AI prompts when the service uses AI, and names the third country (%s)", (locale, prompts, country) => {
    expect(has(get("register-entry", "ai-homework-assistant", locale).text, prompts)).toBe(true);
    expect(has(get("register-entry", "free-consumer-quiz", locale).text, prompts)).toBe(false);
    expect(has(get("register-entry", "free-consumer-quiz", locale).text, country)).toBe(true);
  });

  it.each(LOCALES)("the action plan shows every action (%s)", (locale) => {
    const { vm, text } = get("action-plan", "free-consumer-quiz", locale);
    const rows = vm.blocks.flatMap((b) => (b.type === "table" ? b.rows : []));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(has(text, r[1]?.text ?? "?"), r[1]?.text).toBe(true);
  });

  it.each(LOCALES)("the action plan asks the vendor's questions in one row, with their count and ids (%s)", (locale) => {
    const t = translatorFor(locale);
    const { text } = get("action-plan", "free-consumer-quiz", locale);
    const vendor = evaluate(loadExample("free-consumer-quiz").answers, CATALOGUE).conditions.flatMap((c) => (c.kind === "vendorQuestion" ? [c.ruleId] : []));
    expect(vendor.length).toBeGreaterThan(5);
    expect(has(text, t("Conditions.vendorLetter", { count: vendor.length }))).toBe(true);
    for (const id of vendor) expect(text).toContain(id);
    expect(has(text, t("Documents.actionPlan.kinds.vendorQuestion"))).toBe(false);
  });

  it.each(LOCALES)("the DPIA document names every criterion and the CNIL's PIA tool (%s)", (locale) => {
    const t = translatorFor(locale);
    const { text } = get("dpia", "education-suite-contract", locale);
    for (const c of CATALOGUE.dpiaCriteria) expect(has(text, t(`Dpia.criteria.${c.id}.label`))).toBe(true);
    expect(text).toMatch(/www\.cnil\.fr\/(fr|en)\//);
  });
});

describe("decision as PDF", () => {
  it.each(LOCALES)("is one page with the recorded decision and the signature boxes (%s)", async (locale) => {
    const t = translatorFor(locale);
    const file = path.join(dir, `decision.recorded.${locale}.pdf`);
    const vm = buildDocument(withDecision(loadExample("education-suite-contract")), "decision", locale, { now: NOW });
    writeFileSync(file, await renderDocumentViewModelPdf(vm));
    const text = pdfText(file);
    expect(pdfInfo(file).Pages).toBe("1");
    const date = locale === "fr" ? "20 novembre 2026" : "20 November 2026";
    for (const s of [t("Decision.outcomes.conditions"), date, "Comptes élèves pseudonymes uniquement", "Mme Claire Durand", "Avis favorable sous réserve de l’avenant.", t("Controller.signatory.eple"), t("Controller.dpdSignature.academie")]) {
      expect(has(text, s), s).toBe(true);
    }
  });

  it("without a decision is a one-page blank form (fr)", () => {
    const { text, file } = get("decision", "free-consumer-quiz", "fr");
    expect(pdfInfo(file).Pages).toBe("1");
    expect(has(text, translatorFor("fr")("Documents.decision.outcomeBlank"))).toBe(true);
    expect(has(text, "Signature :")).toBe(true);
  });
});

describe("bilingual report", () => {
  it("holds the French and the English report, each part in French then in English", () => {
    const text = pdfText(bilingual);
    const fr = buildReportViewModel(loadExample("free-consumer-quiz"), "fr", { now: NOW });
    const en = buildReportViewModel(loadExample("free-consumer-quiz"), "en", { now: NOW });
    for (const label of [fr.cover.verdict.label, en.cover.verdict.label, fr.conditions.heading, en.conditions.heading]) expect(has(text, label), label).toBe(true);
    const titles = pdfOutline(bilingual).map((b) => b.title);
    expect(titles.indexOf(fr.conditions.heading)).toBeLessThan(titles.indexOf(en.conditions.heading));
    expect(titles.indexOf(en.conditions.heading)).toBeLessThan(titles.indexOf(fr.findings.heading));
    const pages = Number(pdfInfo(bilingual).Pages);
    const numbered = [...text.matchAll(/Page (\d+) (?:sur|of) (\d+)/g)].map((m) => Number(m[1]));
    expect(numbered).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  });
});
