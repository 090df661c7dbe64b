import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { withDecision } from "@/lib/testing/decision";
import { EXAMPLES, loadExample, type TExampleName } from "@/lib/testing/examples";
import { normaliseSpaces, pdfFonts, pdfInfo, pdfOutline, pdfStructure, pdfText } from "@/lib/testing/pdf-tools";
import { renderViewModelPdf } from "./render";
import { buildReportViewModel, type TReportViewModel } from "./view-model";

const NOW = new Date("2026-11-24T10:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "vigie-report-"));

interface TRendered {
  vm: TReportViewModel;
  file: string;
  pdf: Buffer;
}
const rendered = new Map<string, TRendered>();
const get = (name: TExampleName, locale: TLocale) => {
  const r = rendered.get(`${name}.${locale}`);
  if (r === undefined) throw new Error(`not rendered: ${name}.${locale}`);
  return r;
};

beforeAll(async () => {
  for (const name of EXAMPLES) {
    for (const locale of LOCALES) {
      const vm = buildReportViewModel(loadExample(name), locale, { now: NOW });
      const pdf = await renderViewModelPdf(vm);
      const file = path.join(dir, `${name}.${locale}.pdf`);
      writeFileSync(file, pdf);
      rendered.set(`${name}.${locale}`, { vm, file, pdf });
    }
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OTHER: Record<TLocale, TLocale> = { fr: "en", en: "fr" };
const PAGE_WORD: Record<TLocale, RegExp> = { fr: /Page (\d+) sur (\d+)/g, en: /Page (\d+) of (\d+)/g };

describe.each(EXAMPLES)("PDF report of %s", (name) => {
  describe.each(LOCALES)("in %s", (locale) => {
    it("is a PDF whose text shows the verdict in this language, not in the other", () => {
      const { vm, file, pdf } = get(name, locale);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = pdfText(file);
      expect(text).toContain(vm.cover.verdict.label);
      const other = get(name, OTHER[locale]).vm;
      if (other.cover.verdict.label !== vm.cover.verdict.label) expect(text).not.toContain(other.cover.verdict.label);
      expect(text).toContain(normaliseSpaces(vm.cover.verdict.summary));
    });

    it("shows the seven domain titles, the service name with its accents, and a reference", () => {
      const { vm, file } = get(name, locale);
      const text = pdfText(file);
      expect(vm.findings.domains).toHaveLength(CATALOGUE.domains.length);
      for (const d of vm.findings.domains) expect(text).toContain(normaliseSpaces(d.title));
      expect(text).toContain(normaliseSpaces(vm.cover.serviceName));
      const reference = vm.findings.domains.flatMap((d) => d.findings).flatMap((f) => f.references)[0];
      expect(reference).toBeDefined();
      expect(text).toContain(normaliseSpaces(reference ?? ""));
      expect(text).toContain(normaliseSpaces(vm.method.disclaimer));
    });

    it("numbers every page 'Page n of total'", () => {
      const { file } = get(name, locale);
      const pages = Number(pdfInfo(file).Pages);
      const numbers = [...pdfText(file).matchAll(PAGE_WORD[locale])].map((m) => [Number(m[1]), Number(m[2])]);
      expect(numbers).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
    });

    it("has its title, author, language and several A4 pages in the document information", () => {
      const { vm, file, pdf } = get(name, locale);
      const info = pdfInfo(file);
      expect(info.Title).toBe(vm.meta.title);
      expect(info.Title).toContain(vm.cover.serviceName);
      expect(info.Author).toBe("Vigie");
      expect(Number(info.Pages)).toBeGreaterThanOrEqual(8);
      expect(info["Page size"]).toContain("(A4)");
      expect(pdf.toString("latin1")).toContain(`/Lang (${locale})`);
    });

    it("has bookmarks for every section, with the seven domains under the findings", () => {
      const { vm, file } = get(name, locale);
      const outline = pdfOutline(file);
      expect(outline.map((b) => b.title)).toEqual([
        vm.cover.bookmark,
        vm.summary.heading,
        vm.matrix.heading,
        vm.conditions.heading,
        vm.questions.heading,
        vm.dpia.heading,
        vm.findings.heading,
        vm.method.heading,
        vm.annex.heading,
        vm.evidence.heading,
      ]);
      const findings = outline.find((b) => b.title === vm.findings.heading);
      expect(findings?.children.map((b) => b.title)).toEqual(vm.findings.domains.map((d) => d.title));
      const pages = outline.map((b) => b.page);
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
    });

    it("is a tagged PDF: headings and paragraphs in reading order, the page footers left out", () => {
      const { vm, file } = get(name, locale);
      expect(pdfInfo(file).Tagged).toBe("yes");
      const structure = pdfStructure(file);
      const h1 = structure.filter((e) => e.type === "H1").map((e) => normaliseSpaces(e.text));
      expect(h1[0]).toBe(normaliseSpaces(vm.cover.serviceName));
      for (const heading of [vm.summary.heading, vm.findings.heading, vm.method.heading, vm.annex.heading]) expect(h1).toContain(normaliseSpaces(heading));
      const h2 = structure.filter((e) => e.type === "H2").map((e) => normaliseSpaces(e.text));
      expect(h2).toContain(normaliseSpaces(vm.questions.vendor.heading));
      for (const d of vm.findings.domains) expect(h2).toContain(normaliseSpaces(d.title));
      // Heading levels never skip (H1 then H3 with no H2 between): screen readers list them as a tree.
      const levels = structure.filter((e) => /^H\d$/.test(e.type)).map((e) => Number(e.type.slice(1)));
      expect(levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1)).toEqual([]);
      const paragraphs = structure.filter((e) => e.type === "P").map((e) => normaliseSpaces(e.text));
      expect(paragraphs).toContain(normaliseSpaces(vm.cover.verdict.summary));
      // The footers (service, "Page n of N") are page furniture, not content.
      expect(structure.some((e) => PAGE_WORD[locale].test(e.text))).toBe(false);
      expect(structure.some((e) => e.text === vm.page.footer)).toBe(false);
      expect(new Set(structure.map((e) => e.type))).toEqual(new Set(["H1", "H2", "H3", "P"]));
    });

    it("embeds its fonts (Noto Sans regular and bold) and uses no other", () => {
      const fonts = pdfFonts(get(name, locale).file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, unicode: true });
      expect(fonts.every((f) => /\+NotoSans-(Regular|Bold)$/.test(f.name))).toBe(true);
      expect(fonts.map((f) => f.name.split("+")[1])).toEqual(expect.arrayContaining(["NotoSans-Regular", "NotoSans-Bold"]));
    });
  });
});

describe("PDF report text", () => {
  it("keeps accents and typographic apostrophes searchable", () => {
    const text = pdfText(get("free-consumer-quiz", "fr").file);
    expect(text).toContain("QuizÉclair (compte gratuit)");
    expect(text).toContain("Collège Jean-Moulin");
    expect(text).toContain("Conditions et plan d’action");
  });

  it("states the head of school's decision on the cover and in the summary", async () => {
    const file = path.join(dir, "decision.fr.pdf");
    writeFileSync(file, await renderViewModelPdf(buildReportViewModel(withDecision(loadExample("education-suite-contract")), "fr", { now: NOW })));
    const cover = normaliseSpaces(pdfText(file, { first: 1, last: 1 }));
    for (const s of ["Décision du responsable du traitement", "Utilisation autorisée sous conditions", "Le 20 novembre 2026, par Mme Claire Durand, Proviseure.", "Comptes élèves pseudonymes uniquement", "DPD consulté le 12 novembre 2026."]) {
      expect(cover, s).toContain(normaliseSpaces(s));
    }
    expect(normaliseSpaces(pdfText(file, { first: 2, last: 2 }))).toContain(normaliseSpaces("Décision du responsable du traitement : Utilisation autorisée sous conditions"));
    expect(normaliseSpaces(pdfText(get("gar-resource", "fr").file))).toContain(normaliseSpaces("Aucune décision n’est encore consignée"));
  });

  it("draws letters beyond French with the Latin Extended font, each face embedded once", async () => {
    // The service's name is also in every page's footer: Latin and Latin-Ext runs alternate.
    const example = loadExample("gar-resource");
    const doc = { ...example, service: { ...example.service, name: "Ștefănescu Łódź Šťastný" } };
    const pdf = await renderViewModelPdf(buildReportViewModel(doc, "en", { now: NOW }));
    const file = path.join(dir, "latin-ext.pdf");
    writeFileSync(file, pdf);
    expect(pdfText(file)).toContain("Ștefănescu Łódź Šťastný");
    const fonts = pdfFonts(file);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.map((f) => f.name.split("+")[1]).sort()).toEqual([
      "NotoSans-Bold",
      "NotoSans-Regular",
      "NotoSansLatinExt-Bold",
      "NotoSansLatinExt-Regular",
    ]);
    expect(pdf.byteLength).toBeLessThan(1.2 * get("gar-resource", "en").pdf.byteLength);
  });

  it("prints Vietnamese, Cyrillic and Greek names, and � for what no font has (never Helvetica)", async () => {
    const example = loadExample("gar-resource");
    const doc = {
      ...example,
      service: { ...example.service, name: "Классная Ωmega 📚 学校" },
      assessor: { ...example.assessor, name: "Nguye\u0302\u0303n Thị Ánh\tdirectrice\nd’école" },
    };
    const file = path.join(dir, "scripts.pdf");
    writeFileSync(file, await renderViewModelPdf(buildReportViewModel(doc, "fr", { now: NOW })));
    const text = pdfText(file);
    expect(text).toContain("Классная Ωmega � �");
    expect(text).toContain("Nguyễn Thị Ánh directrice d’école");
    const fonts = pdfFonts(file);
    expect(fonts.every((f) => f.embedded && /^NotoSans(Vietnamese|Cyrillic|Greek)?-(Regular|Bold)$/.test(f.name.split("+")[1] ?? ""))).toBe(true);
  });

  it("copes with the longest names and nothing answered (every question unknown)", async () => {
    const long = (word: string, max: number) => `${word} `.repeat(60).slice(0, max).trim();
    const doc = anAnswersDocument()
      .withService({ name: long("Plateforme-d’apprentissage-collaboratif", 120), vendor: long("Éditeur", 200) })
      .withSchool({ name: long("Lycée polyvalent", 200), uai: "0123456A" })
      .withAssessor({ name: long("Mme", 200), role: long("Référente", 200) })
      .build();
    const vm = buildReportViewModel(doc, "fr", { now: NOW });
    const file = path.join(dir, "worst-case.pdf");
    writeFileSync(file, await renderViewModelPdf(vm));
    const pages = Number(pdfInfo(file).Pages);
    const text = pdfText(file);
    expect(vm.annex.groups.flatMap((g) => g.rows).every((r) => r.state === "not_answered")).toBe(true);
    expect(text).toContain(normaliseSpaces(vm.cover.verdict.label));
    expect([...text.matchAll(PAGE_WORD.fr)].map((m) => Number(m[1]))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    for (const q of vm.questions.vendor.items) expect(text).toContain(normaliseSpaces(q.text));
  });

  it("renders the same bytes for the same document and date", async () => {
    const { vm, pdf } = get("gar-resource", "fr");
    expect((await renderViewModelPdf(vm)).equals(pdf)).toBe(true);
  });
});

describe("the French report of an assessment where every answer is unknown", () => {
  it("says « À vérifier » and « en l’état », never « Conforme », and dates its legal information", async () => {
    const doc = anAnswersDocument().withService({ name: "Tout inconnu" }).build();
    const vm = buildReportViewModel(doc, "fr", { now: NOW });
    const file = path.join(dir, "all-unknown.fr.pdf");
    writeFileSync(file, await renderViewModelPdf(vm));
    const text = normaliseSpaces(pdfText(file));
    expect(text).toContain("À vérifier");
    expect(text).toContain("Déconseillé en l’état");
    // No status reads as a legal finding ("conforme à l'article 28" in a question is not a status).
    expect(text).not.toMatch(/\bConforme\b/);
    expect(text).not.toMatch(/non conforme/i);
    expect(text).toContain("Informations juridiques vérifiées au 4 décembre 2026");
    expect(text).toContain("ni une décision, ni une certification, ni une analyse d’impact");
    // A reported text and a pending appeal are shown as such, with the date checked.
    expect(text).toMatch(/2026\/1744[^•]*annoncé, non vérifié au Journal officiel \(situation vérifiée : 4 décembre 2026\)/);
    expect(text).toMatch(/C-703\/25 P[^•]*en cours \(situation vérifiée : juin 2026\)/);
    // The DNE letter of 2017 is cited for the record only.
    expect(text).toContain("cité pour mémoire seulement");
  });
});
