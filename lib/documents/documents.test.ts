import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { CATALOGUE, RULES, ruleKey } from "../catalogue";
import { evaluate } from "../engine";
import { LOCALES } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";
import { buildReportViewModel } from "../report/view-model";
import { ACTION_PLAN_KEYS, ZAnswersDocumentSchema, type TAnswersDocument } from "../schema";
import { anAnswersDocument } from "../testing/answers-document-builder";
import { withDecision } from "../testing/decision";
import { readCsv, STARTS_FORMULA } from "../testing/csv-reader";
import { EXAMPLES, loadExample } from "../testing/examples";
import { buildDocument } from "./build";
import { documentContext } from "./context";
import { documentMarkdown, markdownText } from "./markdown";
import { buildRegisterEntry, REGISTER_FIELDS } from "./register-entry";
import { registerEntryCsv } from "./register-export";
import { DOCUMENT_KINDS, type TBlock, type TDocumentViewModel } from "./types";

const NOW = new Date("2026-11-24T10:00:00Z");
const fr = translatorFor("fr");
const en = translatorFor("en");

/** Every string a document shows, in reading order. */
const texts = (vm: TDocumentViewModel): string[] =>
  [vm.title, ...vm.blocks.flatMap((b: TBlock): string[] => {
    switch (b.type) {
      case "heading":
      case "paragraph":
        return [b.text];
      case "facts":
        return b.rows.flatMap((r) => [r.label, r.value]);
      case "list":
        return b.items;
      case "questions":
        return b.items.flatMap((q) => [q.heading, q.text, ...q.notes.flatMap((n) => [n.label, n.text])]);
      case "table":
        return b.rows.flatMap((r) => r.flatMap((c) => [c.text, ...(c.details ?? []), c.kicker ?? ""]));
      case "signatures":
        return b.items.flatMap((i) => [i.label, ...i.lines]);
    }
  })].filter((s) => s !== "");
const all = (vm: TDocumentViewModel) => texts(vm).join("\n");

const withMode = (doc: TAnswersDocument, mode: "head" | "it" | "parents"): TAnswersDocument => ({ ...doc, mode });

describe("vendor letter", () => {
  it.each(EXAMPLES)("asks each unknown [V] question of %s once, and none of the known ones", (name) => {
    const doc = loadExample(name);
    const asked = evaluate(doc.answers, CATALOGUE).vendorQuestions;
    const text = all(buildDocument(doc, "vendor-letter", "en", { now: NOW }));
    for (const r of RULES.filter((r) => r.who === "V")) {
      const q = en(ruleKey(r.id, "vendorQuestion"));
      expect(text.split(q).length - 1, r.id).toBe(asked.includes(r.id) ? 1 : 0);
    }
  });

  it("counts a question left unanswered as unknown", () => {
    const doc = anAnswersDocument().withSafeAnswers().without("SEC-05").build();
    const vm = buildDocument(doc, "vendor-letter", "fr", { now: NOW });
    const questions = vm.blocks.flatMap((b) => (b.type === "questions" ? b.items : []));
    expect(questions.map((q) => q.text)).toEqual([fr(ruleKey("SEC-05", "vendorQuestion"))]);
    expect(questions[0]?.heading).toContain("SEC-05");
    expect(questions[0]?.notes.map((n) => n.text).join(" ")).toContain("32(4)");
  });

  it("groups the questions under their domain's title, with a reply date 30 days later", () => {
    const vm = buildDocument(loadExample("free-consumer-quiz"), "vendor-letter", "en", { now: NOW });
    const headings = vm.blocks.flatMap((b) => (b.type === "heading" ? [b.text] : []));
    expect(headings).toEqual(expect.arrayContaining([en("Domains.COM.title"), en("Domains.SEC.title")]));
    expect(headings).not.toContain(en("Domains.INF.title"));
    expect(all(vm)).toContain("24 December 2026");
  });

  it("gives the empty state when the vendor has nothing left to answer", () => {
    const vm = buildDocument(loadExample("gar-resource"), "vendor-letter", "fr", { now: NOW });
    expect(vm.blocks.some((b) => b.type === "questions")).toBe(false);
    expect(all(vm)).toContain(fr("Documents.vendorLetter.empty"));
  });

  it("is written by the parents' association in parents' mode", () => {
    const vm = buildDocument(withMode(loadExample("free-consumer-quiz"), "parents"), "vendor-letter", "fr", { now: NOW });
    expect(all(vm)).toContain("Association de parents d’élèves du Collège Jean-Moulin");
    expect(all(vm)).toContain("Nous sommes des parents d’élèves du Collège Jean-Moulin, où");
  });
});

describe("families' notice", () => {
  it.each([
    ["free-consumer-quiz", "The data are stored in the United States.", "the head of Collège Jean-Moulin"],
    ["gar-resource", "The data are stored in France.", "DASEN"],
    ["education-suite-contract", "The data are stored in the European Union.", "the head of Lycée Marie-Curie"],
  ] as const)("of %s says where the data are and who is responsible", (name, storage, controller) => {
    const text = all(buildDocument(loadExample(name), "family-notice", "en", { now: NOW }));
    expect(text).toContain(storage);
    expect(text).toContain(controller);
  });

  it("leaves a blank for what is unknown, never a made-up value", () => {
    const doc = anAnswersDocument().build(); // nothing answered
    const text = all(buildDocument(doc, "family-notice", "fr", { now: NOW }));
    expect(text).toContain("Pays où les données sont stockées\u00a0: [à compléter\u00a0: pays]");
    expect(text).toContain(fr("Documents.controller.what"));
    for (const place of ["france", "eu", "us", "other", "adequate"]) expect(text).not.toContain(fr(`Documents.familyNotice.storage.${place}`));
  });

  it("says the data leave the EU only when the answers say so, and on what basis", () => {
    const quiz = all(buildDocument(loadExample("free-consumer-quiz"), "family-notice", "en", { now: NOW }));
    expect(quiz).toContain(en("Documents.familyNotice.leavesEu.yes"));
    expect(quiz).toContain(en("Documents.familyNotice.transferBasis.dpf"));
    const gar = all(buildDocument(loadExample("gar-resource"), "family-notice", "en", { now: NOW }));
    expect(gar).toContain(en("Documents.familyNotice.leavesEu.no"));
    expect(gar).not.toContain("Data Privacy Framework");
  });

  it("does not end a sentence twice after a vendor name with a full stop", () => {
    const text = all(buildDocument(loadExample("free-consumer-quiz"), "family-notice", "en", { now: NOW }));
    expect(text).toContain("It is provided by QuizÉclair Inc.");
    expect(text).not.toContain("Inc..");
  });
});

describe("register entry", () => {
  it("has every art. 30 heading, and marks the blanks to complete", () => {
    const entry = buildRegisterEntry(documentContext(loadExample("education-suite-contract"), "fr", { now: NOW }));
    expect(entry.fields.map((f) => f.id)).toEqual([...REGISTER_FIELDS]);
    const field = (id: string) => entry.fields.find((f) => f.id === id);
    expect(field("dpo")?.toComplete).toBe(true);
    expect(field("name")).toMatchObject({ value: "Utilisation du service Suite Collaborative Éducation", toComplete: false });
    expect(field("transfers")?.value).toContain("Clauses contractuelles types");
    expect(field("security")?.value).toContain("chiffrement des échanges");
    expect(field("dpia")?.value).toContain("Requise");
    expect(entry.date).toBe("2026-11-24");
  });

  it("as CSV: a header line and one line of values, ';' in French and ',' in English", () => {
    const doc = loadExample("free-consumer-quiz");
    const frCsv = registerEntryCsv(buildRegisterEntry(documentContext(doc, "fr", { now: NOW })));
    const enCsv = registerEntryCsv(buildRegisterEntry(documentContext(doc, "en", { now: NOW })));
    expect(frCsv.startsWith("\uFEFFTraitement;Responsable du traitement;")).toBe(true);
    expect(enCsv.startsWith("\uFEFFProcessing,Controller,")).toBe(true);
    expect(frCsv.split("\r\n")).toHaveLength(3);
    expect(enCsv).toContain("United States");
  });

  it("as CSV: names with separators and formulas stay one cell each, and run nothing whatever the separator", () => {
    const base = loadExample("free-consumer-quiz");
    const doc = { ...base, service: { name: "Quiz,=1+1", vendor: "Éditeur;@SUM(A1)" }, school: { name: "Collège\t-2+3" }, assessor: { name: "=HYPERLINK(1)", role: 'DPO "," +1' } };
    for (const locale of LOCALES) {
      const csv = registerEntryCsv(buildRegisterEntry(documentContext(doc, locale, { now: NOW }))).slice(1);
      for (const sep of [",", ";", "\t"]) for (const cell of readCsv(csv, sep).flat()) expect(cell, `${locale} ${JSON.stringify(sep)}`).not.toMatch(STARTS_FORMULA);
      const [header, values] = readCsv(csv, locale === "fr" ? ";" : ",");
      expect(values).toHaveLength(header!.length);
      expect(values!.some((v) => v.includes("Quiz,'=1+1")), locale).toBe(true);
    }
  });
});

describe("action plan", () => {
  it("lists every condition and school action, with the owner and due date set in the answers document", () => {
    const base = loadExample("free-consumer-quiz");
    const doc = ZAnswersDocumentSchema.parse({ ...base, actionPlan: { "ACC-01": { owner: "Mme Martin", due: "2027-01-15" }, blockUnknown: { owner: "M. Diallo" } } });
    const evaluation = evaluate(doc.answers, CATALOGUE);
    const vm = buildDocument(doc, "action-plan", "en", { now: NOW });
    const table = vm.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    expect(table.rows).toHaveLength(evaluation.conditions.length + evaluation.schoolActions.length);
    const row = table.rows.find((r) => r[1]?.details?.some((d) => d.startsWith("ACC-01")));
    expect(row?.map((c) => c.text).slice(3)).toEqual(["Mme Martin", "15 January 2027"]);
    expect(table.rows[0]?.[3]?.text).toBe("M. Diallo");
    expect(table.rows.at(-1)?.[1]?.details?.[0]).toMatch(/^RIG-07/);
    expect(all(vm)).toContain("2 with an owner, 1 with a due date");
  });

  it("carries the owner and due date into the report's conditions", () => {
    const doc = ZAnswersDocumentSchema.parse({ ...loadExample("free-consumer-quiz"), actionPlan: { "ACC-01": { owner: "Mme Martin", due: "2027-01-15" } } });
    const item = buildReportViewModel(doc, "fr", { now: NOW }).conditions.items.find((i) => i.actionId === "ACC-01");
    expect(item).toMatchObject({ owner: "Mme Martin", due: "15 janvier 2027" });
  });

  it("refuses an owner or due date for something that is not a rule, or a date that does not exist", () => {
    const bad = ZAnswersDocumentSchema.safeParse({ ...loadExample("gar-resource"), actionPlan: { "ZZZ-01": {}, "COM-01": { due: "2027-02-30" } } });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => [...i.path, ...("keys" in i ? i.keys : [])].join("."));
    expect(paths).toEqual(expect.arrayContaining(["actionPlan.ZZZ-01", "actionPlan.COM-01.due"]));
  });
});

describe("DPIA explained", () => {
  it("lists the nine criteria, says which are met and points to the CNIL's PIA tool", () => {
    const vm = buildDocument(loadExample("education-suite-contract"), "dpia", "en", { now: NOW });
    const table = vm.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    expect(table.rows).toHaveLength(CATALOGUE.dpiaCriteria.length);
    expect(table.rows.filter((r) => r[1]?.text === "Yes").map((r) => r[0]?.text)).toEqual([en("Dpia.criteria.large-scale.label"), en("Dpia.criteria.vulnerable.label")]);
    expect(all(vm)).toContain("cnil.fr");
    expect(all(vm)).toContain(en("Documents.dpia.meaning.required"));
  });

  it("marks the criteria left unknown and says the DPIA is to be determined, here and in the register entry", () => {
    const example = loadExample("gar-resource");
    const doc = { ...example, answers: { ...example.answers, "MIN-03": "unknown" } };
    const vm = buildDocument(doc, "dpia", "fr", { now: NOW });
    const table = vm.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    expect(table.rows.filter((r) => r[1]?.text === fr("Documents.dpia.unknown")).map((r) => r[0]?.text)).toEqual([fr("Dpia.criteria.sensitive-data.label")]);
    expect(all(vm)).toContain(fr("Documents.dpia.meaning.undetermined"));
    expect(all(vm)).not.toContain(fr("Report.dpia.nextSteps.notRequired.register"));
    const entry = buildRegisterEntry(documentContext(doc, "fr", { now: NOW }));
    expect(entry.fields.find((f) => f.id === "dpia")?.value).toContain(fr("Documents.registerEntry.dpiaUndetermined"));
  });
});

describe("decision", () => {
  const md = (doc: TAnswersDocument, locale: "fr" | "en") =>
    documentMarkdown(buildDocument(doc, "decision", locale, { now: NOW }), translatorFor(locale));

  it("states the service, school, verdict and date, the outcome, conditions, who decides, the DPD, the board and review dates (fr)", () => {
    const text = md(withDecision(loadExample("education-suite-contract")), "fr");
    for (const s of [
      "# Décision d’utilisation : Suite Collaborative Éducation",
      "Lycée Marie-Curie (UAI 0330023A)",
      "Acceptable sous conditions, évaluation du 24 novembre 2026",
      "**Décision** : Utilisation autorisée sous conditions",
      "**Date de la décision** : 20 novembre 2026",
      "- Comptes élèves pseudonymes uniquement",
      "- Avenant au contrat signé avant le 1er janvier",
      "**Nom** : Mme Claire Durand",
      "**Fonction** : Proviseure",
      "**DPD consulté** : Oui",
      "**Date de l’avis** : 12 novembre 2026",
      "**Avis du DPD** : Avis favorable sous réserve de l’avenant.",
      "**Présentée au conseil d’administration le** : 27 novembre 2026",
      "**À réexaminer le** : 20 novembre 2027",
      "**Le chef d’établissement**  \nNom : Mme Claire Durand  \nDate : 20 novembre 2026  \nSignature :",
      "**Vu, le délégué à la protection des données**",
    ]) expect(text.replace(/\u00a0|\u202f/g, " ")).toContain(s);
    expect(text).not.toContain("……");
  });

  it("in English, a refusal has no conditions, and an unconsulted DPD no opinion; the primary school's board is the school council", () => {
    const doc = withDecision(loadExample("gar-resource"), { outcome: "refuse", dpd: { consulted: false }, boardDate: "", reviewDate: "" });
    const text = md(doc, "en");
    expect(text).toContain("**Decision**: Use refused");
    expect(text).not.toContain(en("Documents.decision.conditionsIntro"));
    expect(text).toContain("**DPD consulted**: No");
    expect(text).not.toContain(en("Documents.decision.dpdOpinion"));
    expect(text).toContain("**Presented to the school council on**: not given");
    expect(text).toContain("Acceptable, assessment of 24 November 2026");
  });

  it.each(LOCALES)("without a recorded decision is a blank form to fill by hand (%s)", (locale) => {
    const t = translatorFor(locale);
    const text = md(loadExample("free-consumer-quiz"), locale);
    expect(text).toContain(t("Documents.decision.blankIntro"));
    expect(text).toContain(t("Documents.decision.outcomeBlank"));
    expect(text).toContain(t("Documents.decision.dpdBlank"));
    expect(text.split(t("Documents.decision.line")).length - 1).toBeGreaterThanOrEqual(8);
    for (const outcome of ["authorise", "conditions", "refuse"]) expect(text).not.toMatch(new RegExp(`: ${t(`Decision.outcomes.${outcome}`)}$`, "m"));
  });
});

describe("every document", () => {
  it.each(DOCUMENT_KINDS)("%s: the same blocks as Markdown, in each language, with no key left untranslated", (kind) => {
    for (const locale of LOCALES) {
      for (const name of EXAMPLES) {
        const vm = buildDocument(loadExample(name), kind, locale, { now: NOW });
        const md = documentMarkdown(vm, translatorFor(locale));
        expect(md.startsWith(`# ${vm.title}\n`)).toBe(true);
        for (const s of texts(vm)) expect(md).toContain(markdownText(s.replace(/\s*\n\s*/g, " ")));
        expect(md).not.toMatch(/Documents\.|Report\.|Rules\./);
      }
    }
  });

  it("states the mode on the report's cover, and words a parents' report as a request for information", () => {
    const vm = buildReportViewModel(withMode(loadExample("free-consumer-quiz"), "parents"), "en", { now: NOW });
    expect(vm.cover.facts.find((f) => f.id === "mode")?.value).toBe(en("Modes.parents.label"));
    expect(vm.cover.kicker).toBe(en("Report.cover.parents.kicker"));
    expect(vm.questions.school.heading).toBe(en("Report.questions.schoolParents.heading"));
    expect(vm.questions.school.items[0]?.text).toBe(en(ruleKey("RIG-07", "question")));
    // Asked as it is in the form, each question is printed once.
    expect(vm.questions.school.items.every((q) => q.question === null)).toBe(true);
    expect(vm.questions.vendor.items.every((q) => q.question !== null && q.question !== q.text)).toBe(true);
    const head = buildReportViewModel(loadExample("free-consumer-quiz"), "en", { now: NOW });
    expect(head.questions.school.items.every((q) => q.question !== null && q.question !== q.text)).toBe(true);
    expect(head.cover.facts.some((f) => f.id === "mode")).toBe(false);
    expect(head.cover.kicker).toBe(en("Report.cover.kicker"));
  });
});

describe("user text in Markdown documents", () => {
  /** What a school's staff could type, or a published entry could carry into another school's papers. */
  const HOSTILE = {
    service: "<img src=x onerror=alert(1)>",
    vendor: "![p](http://evil.example/p.png) www.evil.example contact@evil.example",
    school: "[clic](javascript:alert(1)) &amp; <script>x</script>",
    assessor: "**Camille** _x_ `code`",
    role: "# Titre",
    owner: "<b>Direction</b> | a ~~b~~ > c",
  };
  const hostileDocument = (): TAnswersDocument => {
    const doc = loadExample("free-consumer-quiz");
    return {
      ...doc,
      service: { name: HOSTILE.service, vendor: HOSTILE.vendor },
      school: { name: HOSTILE.school },
      assessor: { name: HOSTILE.assessor, role: HOSTILE.role },
      actionPlan: Object.fromEntries(ACTION_PLAN_KEYS.map((k) => [k, { owner: HOSTILE.owner }])),
    };
  };
  /** The elements the writer itself makes; anything else came from a text. */
  const WRITER_TAGS = new Set(["h1", "h2", "h3", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "hr", "blockquote"]);
  const visibleText = (html: string) =>
    html
      .replace(/<[^>]*>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");

  it.each(DOCUMENT_KINDS)("%s: names with HTML and Markdown come out as the text typed, and inert", (kind) => {
    for (const locale of LOCALES) {
      const vm = buildDocument(hostileDocument(), kind, locale, { now: NOW });
      const md = documentMarkdown(vm, translatorFor(locale));
      const html = marked.parse(md, { async: false });
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].filter((tag) => !WRITER_TAGS.has(tag)), `${kind} ${locale}`).toEqual([]);
      expect(html).not.toMatch(/<(img|a|script|b|code|del)\b|<[^>]*\s(src|href|on\w+)=/i);
      const shown = all(vm);
      const present = Object.values(HOSTILE).filter((v) => shown.includes(v));
      expect(present.length, `${kind} ${locale}`).toBeGreaterThan(0);
      for (const value of present) expect(visibleText(html), `${kind} ${locale}`).toContain(value);
    }
  });
});
