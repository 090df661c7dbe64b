import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { CATALOGUE, RULES, ruleKey } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { buildReportViewModel } from "../report/view-model";
import { ACTION_PLAN_KEYS, ZAnswersDocumentSchema, type TAnswersDocument } from "@/lib/domain/schema";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { withDecision } from "@/lib/testing/decision";
import { readCsv, STARTS_FORMULA } from "@/lib/testing/csv-reader";
import { EXAMPLE_FILES, EXAMPLES, loadExample, type TExampleName } from "@/lib/testing/examples";
import { buildDocument } from "./build";
import { documentContext } from "./context";
import { documentMarkdown, markdownText } from "./markdown";
import { buildRegisterEntry, REGISTER_FIELDS } from "./processing-record";
import { csvCell } from "../service-register/csv";
import { registerEntryCsv, registerEntryJson } from "./processing-record-csv";
import { type TBlock, type TDocumentViewModel } from "./types";
import { DOCUMENT_KINDS } from "@/lib/domain/documents";

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

  it("starts with the school's name and its article in French, whatever the name", () => {
    const quiz = withMode(loadExample("free-consumer-quiz"), "head");
    expect(all(buildDocument(quiz, "vendor-letter", "fr", { now: NOW }))).toContain("Le Collège Jean-Moulin envisage d’utiliser");
    expect(all(buildDocument(quiz, "vendor-letter", "en", { now: NOW }))).toContain("Collège Jean-Moulin plans to use");
    const named = (name: string) => ({ ...quiz, school: { ...quiz.school, name } }) as TAnswersDocument;
    expect(all(buildDocument(named("Saint-Joseph"), "vendor-letter", "fr", { now: NOW }))).toContain("L’établissement Saint-Joseph envisage d’utiliser");
    expect(all(buildDocument(named("École élémentaire Les Tilleuls"), "vendor-letter", "fr", { now: NOW }))).toContain("L’École élémentaire Les Tilleuls envisage");
    const unnamed = { ...quiz, school: undefined } as TAnswersDocument;
    expect(all(buildDocument(unnamed, "vendor-letter", "fr", { now: NOW }))).toContain("Notre établissement envisage d’utiliser");
    const itMode = withMode(loadExample("free-consumer-quiz"), "it");
    expect(all(buildDocument(itMode, "vendor-letter", "fr", { now: NOW }))).toContain("les services numériques utilisés par le Collège Jean-Moulin, dont");
  });

  it("is written by the parents' association in parents' mode", () => {
    const vm = buildDocument(withMode(loadExample("free-consumer-quiz"), "parents"), "vendor-letter", "fr", { now: NOW });
    expect(all(vm)).toContain("Association de parents d’élèves du Collège Jean-Moulin");
    expect(all(vm)).toContain("Nous sommes des parents d’élèves du Collège Jean-Moulin, où");
  });
});

describe("families' notice", () => {
  it.each([
    ["free-consumer-quiz", "The data are stored in the United States.", "The controller is Collège Jean-Moulin, a public local education establishment (EPLE), represented by its head."],
    ["gar-resource", "The data are stored in France.", "The controller is the director of national education services of the département (IA-DASEN) that École élémentaire Les Tilleuls belongs to, acting for the rector."],
    ["education-suite-contract", "The data are stored in the European Union.", "The controller is Lycée Marie-Curie, a public local education establishment (EPLE), represented by its head."],
    ["ai-homework-assistant", "The data are stored in the European Union.", "The controller is the managing body (organisme gestionnaire) of Collège Saint-Exupéry, a private school under contract."],
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

  it("names the controller in French as the law does: EPLE, IA-DASEN, organisme gestionnaire; never « responsable des données »", () => {
    const notice = (name: TExampleName) => all(buildDocument(loadExample(name), "family-notice", "fr", { now: NOW }));
    expect(notice("free-consumer-quiz")).toContain(
      "Le responsable du traitement est l’établissement public local d’enseignement (EPLE) Collège Jean-Moulin, représenté par son chef d’établissement.",
    );
    expect(notice("gar-resource")).toContain("directeur académique des services de l’éducation nationale (IA-DASEN) du département dont dépend l’École élémentaire Les Tilleuls");
    expect(notice("ai-homework-assistant")).toContain("l’organisme gestionnaire du Collège Saint-Exupéry, établissement privé sous contrat");
    for (const name of EXAMPLES) {
      expect(notice(name)).not.toContain("responsable des données");
      expect(notice(name)).toContain("Coordonnées du responsable du traitement\u00a0: [à compléter\u00a0: adresse postale et adresse électronique]");
    }
  });

  it("names the legal basis for a public school (art. 6(1)(e), Code de l’éducation L. 131-2), and leaves it blank for a private one", () => {
    for (const name of ["free-consumer-quiz", "gar-resource", "education-suite-contract"] as const) {
      const text = all(buildDocument(loadExample(name), "family-notice", "en", { now: NOW }));
      expect(text).toContain("GDPR, art. 6(1)(e)");
      expect(text).toContain("Code de l’éducation, art. L. 131-2");
    }
    const priv = all(buildDocument(loadExample("ai-homework-assistant"), "family-notice", "fr", { now: NOW }));
    expect(priv).toContain("Base légale\u00a0: [à compléter\u00a0: base légale à confirmer avec l’organisme gestionnaire].");
    expect(priv).not.toContain("6(1)(e))");
  });

  it("asks consent only for the optional features, with the right to withdraw it", () => {
    const suite = all(buildDocument(loadExample("education-suite-contract"), "family-notice", "en", { now: NOW }));
    expect(suite).toContain(en("Documents.familyNotice.consent.collected"));
    expect(suite).toContain("You can withdraw it at any time");
    const quiz = all(buildDocument(loadExample("free-consumer-quiz"), "family-notice", "en", { now: NOW }));
    expect(quiz).not.toContain("consent");
  });

  it("says whether the data must be provided and what happens otherwise (RIG-03)", () => {
    const example = loadExample("free-consumer-quiz");
    const say = (answer: string) => all(buildDocument({ ...example, answers: { ...example.answers, "RIG-03": answer } }, "family-notice", "en", { now: NOW }));
    expect(say("yes")).toContain("your child follows the lesson another way, without the service");
    expect(say("no")).toContain("No other way to follow the lesson is planned today");
    expect(say("unknown")).toContain("What your child is offered if you object: [to be completed: another way to follow the lesson]");
  });

  it("lists every right but portability, how to use them, and the CNIL complaint", () => {
    const text = all(buildDocument(loadExample("gar-resource"), "family-notice", "en", { now: NOW }));
    for (const right of ["access", "rectified", "erased", "restricted", "object"]) expect(text).toContain(right);
    expect(text).not.toMatch(/portab/i);
    expect(text).toContain("write to the controller or to the data protection officer");
    expect(text).toContain("www.cnil.fr/plaintes");
  });

  it("names the third country, the safeguard and how to get a copy of it when data leave the EU", () => {
    const quiz = all(buildDocument(loadExample("free-consumer-quiz"), "family-notice", "fr", { now: NOW }));
    expect(quiz).toContain("Pays hors de l’Union européenne concerné\u00a0: États-Unis.");
    const suite = all(buildDocument(loadExample("education-suite-contract"), "family-notice", "en", { now: NOW }));
    expect(suite).toContain("Country outside the European Union: [to be completed: country from which the data are accessed].");
    expect(suite).toContain("You can get a copy of them from the controller.");
    const gar = all(buildDocument(loadExample("gar-resource"), "family-notice", "en", { now: NOW }));
    expect(gar).not.toContain("Country outside the European Union");
  });

  it("says « identifiant pseudonyme » / “pseudonymous identifier”, never « anonyme »", () => {
    const frText = all(buildDocument(loadExample("gar-resource"), "family-notice", "fr", { now: NOW }));
    expect(frText).toContain("identifiant pseudonyme");
    expect(frText).not.toMatch(/anonym/i);
    expect(all(buildDocument(loadExample("gar-resource"), "family-notice", "en", { now: NOW }))).toContain("pseudonymous identifier");
  });

  it("states what the answers established on AI, automated decisions, trackers and training, and leaves a blank for the unknown", () => {
    const ai = all(buildDocument(loadExample("ai-homework-assistant"), "family-notice", "en", { now: NOW }));
    expect(ai).toContain(en("Documents.familyNotice.aiEvaluates.yes"));
    expect(ai).toContain("A teacher checks each AI result before it takes effect: [to be completed: who checks, and how].");
    expect(ai).toContain("Questions, conversations and work sent to an artificial intelligence model provider: [to be completed: yes or no, and to whom].");
    // The AI assesses pupils and the teacher's review is unanswered: never "no automated decision".
    expect(ai).not.toContain(en("Documents.familyNotice.automated.no"));
    expect(ai).toContain(en("Documents.familyNotice.automated.aiUnsettled", { blank: en("Documents.common.blank", { what: en("Documents.familyNotice.automated.aiUnsettledWhat") }) }));
    expect(ai).toContain(en("Documents.familyNotice.prompts"));
    const quiz = all(buildDocument(loadExample("free-consumer-quiz"), "family-notice", "en", { now: NOW }));
    expect(quiz).toContain(en("Documents.familyNotice.trackers.yes"));
    expect(quiz).toContain("Use of the data to train artificial intelligence models or other products: [to be completed: yes or no].");
    expect(quiz).not.toContain("artificial intelligence model provider");
    const example = loadExample("ai-homework-assistant");
    const provider = all(buildDocument({ ...example, answers: { ...example.answers, "AI-05": "no", "RIG-06": "yes", "COM-04": "yes" } }, "family-notice", "en", { now: NOW }));
    expect(provider).toContain("sent to an artificial intelligence model provider that may keep or reuse them: [to be completed: name of the provider]");
    expect(provider).toContain("The logic involved and its consequences: [to be completed: explanation of the logic and the consequences]");
    expect(provider).toContain(en("Documents.familyNotice.training.yes"));
  });

  it.each(LOCALES)("for a staff-only service, is a notice for staff that never speaks of a child (%s)", (locale) => {
    for (const name of EXAMPLE_FILES) {
      const example = loadExample(name);
      const vm = buildDocument({ ...example, answers: { ...example.answers, "CTX-02": "staff" } }, "family-notice", locale, { now: NOW });
      const text = documentMarkdown(vm, translatorFor(locale));
      expect(text).not.toMatch(locale === "fr" ? /enfant|famille/i : /child|famil/i);
      expect(vm.title).toBe(translatorFor(locale)("Documents.familyNotice.title.staff", { service: example.service.name }));
      expect(vm.page.footer).toContain(translatorFor(locale)("Documents.familyNotice.kind.staff"));
    }
  });

  it.each([
    ["free-consumer-quiz", "fr", "Projet — ne pas envoyer\u00a0: l’évaluation déconseille ce service en l’état\u00a0; aucun contrat de sous-traitance (RGPD, art. 28) n’est signé avec l’éditeur."],
    ["free-consumer-quiz", "en", "Draft — do not send: the assessment advises against this service as things stand; no processor contract (GDPR, art. 28) is signed with the vendor."],
  ] as const)("is a draft not to be sent, with the reason, at the top and bottom of the Markdown (%s, %s)", (name, locale, mark) => {
    const vm = buildDocument(loadExample(name), "family-notice", locale, { now: NOW });
    expect(vm.page.banner).toBe(mark);
    const md = documentMarkdown(vm, translatorFor(locale));
    expect(md.split(mark)).toHaveLength(3);
    expect(md.indexOf(mark)).toBeLessThan(md.indexOf(vm.blocks[0]?.type === "paragraph" ? vm.blocks[0].text : "?"));
    expect(md.lastIndexOf(mark)).toBeGreaterThan(md.indexOf("---"));
  });

  it("is a draft when the processor contract is missing, and not when the service may be used", () => {
    const example = loadExample("gar-resource");
    const noContract = buildDocument({ ...example, answers: { ...example.answers, "ACC-01": "no" } }, "family-notice", "en", { now: NOW });
    expect(noContract.page.banner).toMatch(/^Draft — do not send: .*no processor contract \(GDPR, art\. 28\) is signed with the vendor\.$/);
    for (const name of ["gar-resource", "education-suite-contract"] as const) {
      const vm = buildDocument(loadExample(name), "family-notice", "en", { now: NOW });
      expect(vm.page.banner).toBeUndefined();
      expect(documentMarkdown(vm, en)).not.toContain("do not send");
    }
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

  it("lists every category of data: identity, school life and results, content, connection logs, AI prompts, special categories", () => {
    const field = (doc: TAnswersDocument, id: string, locale: "fr" | "en" = "en") =>
      buildRegisterEntry(documentContext(doc, locale, { now: NOW })).fields.find((f) => f.id === id)?.value ?? "";
    const ai = field(loadExample("ai-homework-assistant"), "data");
    for (const category of ["identity: Full name", "school life and results (marks, assessments)", "content produced in the service", "connection logs and IP addresses", "prompts and conversations with the artificial intelligence"]) {
      expect(ai).toContain(category);
    }
    expect(field(loadExample("ai-homework-assistant"), "data", "fr")).toContain("requêtes et conversations avec l’intelligence artificielle");
    const quiz = loadExample("free-consumer-quiz");
    expect(field(quiz, "data")).not.toContain("prompts");
    expect(field(quiz, "data")).toContain("school life and results: [to be completed: yes or no]");
    expect(field(quiz, "sensitive")).toBe("No");
    const special = { ...quiz, answers: { ...quiz.answers, "MIN-03": "yes", "MIN-09": "yes" } };
    expect(field(special, "data")).toContain("special categories: health or disability data, if the service holds any: [to be completed: which, or “none”], biometric data used to identify or authenticate people (face, voice or fingerprints)");
    expect(field(special, "sensitive")).toBe("health or disability data, if the service holds any: [to be completed: which, or “none”]; biometric data used to identify or authenticate people (face, voice or fingerprints)");
    // Behaviour and free notes are highly personal data, listed apart from the art. 9 categories.
    expect(field(special, "sensitive")).not.toMatch(/behaviour|free-text/);
    expect(field(special, "highlyPersonal")).toContain("behaviour, special needs without health data, free-text notes: highly personal data (WP248 guidelines, criterion 4)");
    expect(field({ ...quiz, answers: { ...quiz.answers, "MIN-09": "unknown" } }, "sensitive")).toBe("[to be completed: biometric data: yes or no]");
  });

  it("names the third country and the safeguard, the AI model provider, the legal basis and the controller's contact", () => {
    const entry = (doc: TAnswersDocument) => buildRegisterEntry(documentContext(doc, "en", { now: NOW }));
    const field = (doc: TAnswersDocument, id: string) => entry(doc).fields.find((f) => f.id === id)?.value ?? "";
    const quiz = loadExample("free-consumer-quiz");
    expect(field(quiz, "transfers")).toBe("Third country: United States. Storage: In the United States. Access from outside the EU: Yes. Safeguard: EU–US Data Privacy Framework (DPF).");
    expect(field(loadExample("gar-resource"), "transfers")).toMatch(/^No transfer outside the EU\. Storage: In France\./);
    expect(field(loadExample("education-suite-contract"), "transfers")).toContain("Third country: [to be completed: country from which the data are accessed]");
    expect(field(quiz, "legalBasis")).toBe("Task in the public interest (GDPR, art. 6(1)(e)): the digital public service of education (Code de l’éducation, art. L. 131-2)");
    expect(field(loadExample("ai-homework-assistant"), "legalBasis")).toBe("[to be completed: legal basis to be confirmed with the managing body]");
    expect(field(loadExample("education-suite-contract"), "legalBasis")).toContain("consent for optional features (GDPR, art. 6(1)(a)), which can be withdrawn at any time");
    expect(field(quiz, "controller")).toContain("Collège Jean-Moulin, a public local education establishment (EPLE), represented by its head (UAI 0691234X). Contact details: [to be completed");
    const ai = loadExample("ai-homework-assistant");
    expect(field(ai, "recipients")).toBe("Futés Éducation SAS (processor); artificial intelligence model provider: [to be completed: yes or no, and which]");
    expect(field({ ...ai, answers: { ...ai.answers, "AI-05": "yes" } }, "recipients")).toBe("Futés Éducation SAS (processor)");
    expect(field(quiz, "recipients")).toBe("QuizÉclair Inc. (processor)");
  });

  it("lists as security measures only those answered yes, and those unknown as to check", () => {
    const value = buildRegisterEntry(documentContext(loadExample("free-consumer-quiz"), "en", { now: NOW })).fields.find((f) => f.id === "security")?.value ?? "";
    expect(value.startsWith("encrypted traffic (TLS 1.2 or later); To check: [to be completed: encryption of stored data")).toBe(true);
    expect(value).not.toContain("strong authentication"); // SEC-03 answered no
  });

  it("carries the same values in the CSV and the JSON", () => {
    const doc = loadExample("free-consumer-quiz");
    for (const locale of LOCALES) {
      const entry = buildRegisterEntry(documentContext(doc, locale, { now: NOW }));
      const csv = registerEntryCsv(entry);
      const json = JSON.parse(registerEntryJson(entry)) as typeof entry;
      expect(json.fields).toEqual(entry.fields);
      const sep = locale === "fr" ? ";" : ",";
      expect(csv.split("\r\n")[1]).toBe(entry.fields.map((f) => csvCell(f.value)).join(sep));
      expect(csv).toContain(locale === "fr" ? "Pays tiers\u00a0: États-Unis" : "Third country: United States");
      expect(json.fields.find((f) => f.id === "transfers")?.value).toContain(locale === "fr" ? "Pays tiers\u00a0: États-Unis" : "Third country: United States");
    }
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
    const vendor = evaluation.conditions.filter((c) => c.kind === "vendorQuestion").map((c) => c.ruleId);
    expect(vendor.length).toBeGreaterThan(5);
    expect(table.rows).toHaveLength(evaluation.conditions.length - vendor.length + 1 + evaluation.schoolActions.length);
    const row = table.rows.find((r) => r[1]?.details?.some((d) => d.startsWith("ACC-01")));
    expect(row?.map((c) => c.text).slice(3)).toEqual(["Mme Martin", "15 January 2027"]);
    expect(table.rows[0]?.[3]?.text).toBe("M. Diallo");
    expect(table.rows.at(-1)?.[1]?.details?.[0]).toMatch(/^RIG-07/);
    expect(all(vm)).toContain("2 with an owner, 1 with a due date");
  });

  it.each(LOCALES)("asks the vendor's questions in one row that counts and names them, with its own owner (%s)", (locale) => {
    const t = translatorFor(locale);
    const doc = ZAnswersDocumentSchema.parse({ ...loadExample("free-consumer-quiz"), actionPlan: { vendorLetter: { owner: "Mme Roux", due: "2027-02-01" } } });
    const evaluation = evaluate(doc.answers, CATALOGUE);
    const vendor = evaluation.conditions.flatMap((c) => (c.kind === "vendorQuestion" ? [c.ruleId] : []));
    expect(vendor.length).toBeGreaterThan(5);
    const letter = t("Conditions.vendorLetter", { count: vendor.length });
    const ids = t("Conditions.vendorLetterIds", { ids: vendor.join(", ") });
    expect(letter).toContain(String(vendor.length));
    const vm = buildDocument(doc, "action-plan", locale, { now: NOW });
    const table = vm.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    const rows = table.rows.filter((r) => r[1]?.text === letter);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[1]?.details).toEqual([ids]);
    expect(rows[0]?.[3]?.text).toBe("Mme Roux");
    // No row is one vendor question any more (the blocking unknowns' row still names its own).
    expect(table.rows.filter((r) => r[1]?.kicker === t("Documents.actionPlan.kinds.vendorQuestion"))).toEqual([]);
    expect(table.rows.filter((r) => r[1]?.kicker === t("Documents.actionPlan.kinds.vendorLetter"))).toEqual(rows);
    const md = documentMarkdown(vm, t);
    expect(md).toContain(markdownText(letter));
    expect(md).toContain(markdownText(ids));
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
    expect(all(vm)).toContain(en("Documents.dpia.meaning.required", { dpoWho: en("Controller.dpoWho.academie") }));
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
      "**Nom et fonction** : Mme Claire Durand, Proviseure",
      "**DPD consulté** : Oui, avis du 12 novembre 2026",
      "**Avis du DPD** : Avis favorable sous réserve de l’avenant.",
      "**Présentée au conseil d’administration le** : 27 novembre 2026",
      "**À réexaminer le** : 20 novembre 2027",
      "**Le chef d’établissement, pour l’EPLE**  \nNom : Mme Claire Durand  \nDate : 20 novembre 2026  \nSignature :",
      "**Vu, le DPD de l’académie**",
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
    expect(text).toContain(t("Documents.decision.dpdBlank", { line: t("Documents.decision.line") }));
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

describe("Markdown pasted as plain text", () => {
  it.each(DOCUMENT_KINDS)("%s: Vigie's own addresses and blanks read without escapes", (kind) => {
    for (const locale of LOCALES) {
      const md = documentMarkdown(buildDocument(loadExample("free-consumer-quiz"), kind, locale, { now: NOW }), translatorFor(locale));
      expect(md, `${kind} ${locale}`).not.toMatch(/\\[:.[\]@]/);
    }
  });

  it("keeps the complaint address and the blanks as written", () => {
    const md = documentMarkdown(buildDocument(loadExample("gar-resource"), "family-notice", "en", { now: NOW }), translatorFor("en"));
    expect(md).toContain("www.cnil.fr/plaintes");
    const quiz = documentMarkdown(buildDocument(loadExample("free-consumer-quiz"), "family-notice", "en", { now: NOW }), translatorFor("en"));
    expect(quiz).toMatch(/\[to be completed[^\]]*\]/);
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
  const WRITER_TAGS = new Set(["h1", "h2", "h3", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "hr", "blockquote", "br"]);
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
      expect([...tags].filter((tag) => !WRITER_TAGS.has(tag) && tag !== "a"), `${kind} ${locale}`).toEqual([]);
      expect(html).not.toMatch(/<(img|script|b|code|del)\b|<[^>]*\s(src|on\w+)=/i);
      // The only links are bare addresses shown as themselves (GFM autolinks), never another text.
      for (const [, href, text] of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) {
        expect(href!.replace(/^mailto:|^http:\/\//, ""), `${kind} ${locale}`).toBe(text!.replace(/^http:\/\//, ""));
      }
      expect(html.match(/<a\b/g)?.length ?? 0).toBe(html.match(/<a href="[^"]*">[^<]*<\/a>/g)?.length ?? 0);
      const shown = all(vm);
      const present = Object.values(HOSTILE).filter((v) => shown.includes(v));
      expect(present.length, `${kind} ${locale}`).toBeGreaterThan(0);
      for (const value of present) expect(visibleText(html), `${kind} ${locale}`).toContain(value);
    }
  });
});
