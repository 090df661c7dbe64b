import { describe, expect, it } from "vitest";
import { CATALOGUE, CONTEXT, RULES } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { translatorFor } from "@/lib/i18n/translator";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { withDecision } from "@/lib/testing/decision";
import { EXAMPLES, loadExample, type TExampleName } from "@/lib/testing/examples";
import { PIA_MEASURE_RULES, PIA_QUESTIONS } from "./mapping";
import { toPiaExport } from "./to-pia";

const document = anAnswersDocument()
  .withService({ name: "Quiz <Éclair> & co", vendor: "Éclair SAS" })
  .withSchool({ name: "Collège Jean-Moulin" })
  .withAssessor({ name: "Mme Lefèvre" })
  .withSafeAnswers()
  .with("COM-02", "targeted")
  .with("SEC-02", "unknown")
  .with("CTX-02", "staff")
  .build();
const source = { document, evaluation: evaluate(document.answers, CATALOGUE), createdAt: "2026-05-02T09:00:00.000Z", evaluatedAt: "2026-05-03T10:00:00.000Z" };
const fr = toPiaExport(source, translatorFor("fr"));
const en = toPiaExport(source, translatorFor("en"));
const answer = (ref: number) => fr.answers.find((a) => a.reference_to === ref);

/** Template question ids of sections 1–3 of the PIA tool's default structure. */
const TEXT_IDS = [111, 112, 113, 121, 122, 123, 211, 212, 213, 214, 215, 221, 222, 223, 224, 225, 226, 227];

describe("toPiaExport", () => {
  it("has the envelope the PIA tool imports, with every pia field and empty evaluations", () => {
    expect(Object.keys(fr)).toEqual(["pia", "answers", "measures", "evaluations", "comments"]);
    expect(fr.evaluations).toEqual([]);
    expect(fr.comments).toEqual([]);
    expect(fr.pia).toMatchObject({ name: "Quiz <Éclair> & co – Collège Jean-Moulin", status: 0, author_name: "Mme Lefèvre", structure_id: null });
    expect(Object.values(fr.pia).includes(undefined as never)).toBe(false);
    const parsed = JSON.parse(JSON.stringify(fr));
    expect(Object.keys(parsed.pia)).toHaveLength(19);
  });

  it("answers every text question of sections 1 and 2 with a numeric reference and a text", () => {
    const texts = fr.answers.filter((a) => a.data.text !== null);
    expect(texts.map((a) => a.reference_to)).toEqual(TEXT_IDS);
    for (const a of fr.answers) {
      expect(typeof a.reference_to).toBe("number");
      expect(a.data.gauge).toBeNull();
      expect(Array.isArray(a.data.list)).toBe(true);
      expect(a.created_at).toBe(source.evaluatedAt);
    }
  });

  it("puts every catalogue question somewhere", () => {
    const placed = new Set<string>([...Object.values(PIA_QUESTIONS).flat(), ...PIA_MEASURE_RULES]);
    expect([...CONTEXT, ...RULES].map((q) => q.id).filter((id) => !placed.has(id))).toEqual([]);
  });

  it("writes questions, answers and remediations as escaped HTML in the chosen language", () => {
    const overview = answer(111)?.data.text ?? "";
    expect(overview).toContain("Quiz &#60;Éclair&#62; &#38; co");
    expect(overview).not.toContain("<Éclair>");
    expect(overview).toContain("Déconseillé");
    expect(answer(211)?.data.text).toMatch(/Bloquant/);
    expect(answer(212)?.data.text).toContain("Sans objet");
    expect(en.answers.find((a) => a.reference_to === 111)?.data.text).toContain("Not recommended");
  });

  it("turns the security answers into measures and lists the existing ones as controls", () => {
    expect(fr.measures.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fr.measures.every((m) => m.placeholder === "measures.default_placeholder" && m.title.length > 0)).toBe(true);
    expect(fr.measures[1]?.content).toContain("À vérifier");
    const controls = answer(324)?.data;
    expect(controls).toMatchObject({ text: null, gauge: null });
    expect(controls?.list).toContain(fr.measures[0]?.title);
    expect(controls?.list).not.toContain(fr.measures[1]?.title);
  });
});

describe("the DPIA criteria in the PIA export", () => {
  it("lists the criteria met and, apart, those left unknown", () => {
    const doc = anAnswersDocument().withSafeAnswers().with("MIN-03", "unknown").build();
    const pia = toPiaExport({ ...source, document: doc, evaluation: evaluate(doc.answers, CATALOGUE) }, translatorFor("en"));
    const t = translatorFor("en");
    const text = JSON.stringify(pia.answers);
    expect(text).toContain(t("PiaExport.dpiaUnknown", { criteria: t("Dpia.criteria.sensitive-data.label") }));
  });
});

describe("the PIA export of the examples", () => {
  const exportOf = (name: TExampleName, locale: "fr" | "en", doc = loadExample(name)) =>
    JSON.parse(
      JSON.stringify(
        toPiaExport(
          { document: doc, evaluation: evaluate(doc.answers, CATALOGUE), createdAt: "2026-05-02T09:00:00.000Z", evaluatedAt: "2026-11-24T10:00:00.000Z" },
          translatorFor(locale),
        ),
      ),
    ) as ReturnType<typeof toPiaExport>;

  it("exports as existing only the measures the answers establish; missing ones as planned, unknown ones to be checked", () => {
    expect(exportOf("free-consumer-quiz", "fr").measures.map((m) => m.title)).toEqual([
      "Chiffrement des échanges (HTTPS, TLS 1.2 ou plus)",
      "À vérifier : Chiffrement des données stockées",
      "Prévue : Authentification forte ou connexion par l’ENT / EduConnect",
      "À vérifier : Certification de l’éditeur (ISO/IEC 27001, HDS, SecNumCloud)",
      "À vérifier : Accès du personnel de l’éditeur restreints et journalisés",
      "À vérifier : Notification des violations de données",
      "À vérifier : Sauvegardes et tests d’intrusion",
      "Prévue : Clés de chiffrement détenues par l’établissement ou un tiers européen",
    ]);
    const en = exportOf("free-consumer-quiz", "en");
    expect(en.measures[1]?.title).toBe("To be checked: Encryption of stored data");
    expect(en.measures[2]?.title).toBe("Planned: Strong authentication or sign-in through the ENT / EduConnect");
    // The risk sections' controls list only what is in place.
    expect(en.answers.find((a) => a.reference_to === 324)?.data.list).toEqual(["Encryption in transit (HTTPS, TLS 1.2 or later)"]);
  });

  it.each(EXAMPLES)("%s: every measure's title says whether it exists, matching the answer", (name) => {
    const doc = loadExample(name);
    const pia = exportOf(name, "en");
    const plain = pia.measures.filter((m) => !/^(Planned|To be checked): /.test(m.title));
    for (const m of plain) {
      const id = PIA_MEASURE_RULES.find((r) => translatorFor("en")(`PiaExport.measures.${r}`) === m.title);
      expect(id, m.title).toBeDefined();
      expect((doc.answers as Record<string, string>)[id ?? ""], m.title).toBe("yes");
    }
    expect(pia.measures.map((m) => m.id)).toEqual(pia.measures.map((_, i) => i + 1));
  });

  it.each(EXAMPLES)("%s: keeps the assessment's date in 1.1 and, without a decision, leaves validation and the DPO's opinion empty", (name) => {
    const pia = exportOf(name, "en");
    expect(pia.answers.find((a) => a.reference_to === 111)?.data.text).toContain("evaluated on 24 November 2026");
    expect(pia.pia).toMatchObject({ status: 0, validator_name: "", dpos_names: null, dpo_status: null, dpo_opinion: null, rejection_reason: "", applied_adjustments: "" });
  });

  it("validates the DPIA (status 2) only when it was carried out and a decision is recorded, and puts the conditions in 1.1, never in applied_adjustments", () => {
    const done = withDecision(loadExample("education-suite-contract"), { dpd: { consulted: true, name: "M. Paul Martin", favourable: true, date: "2026-11-12", opinion: "Avis favorable sous réserve de l’avenant." } });
    expect((done.answers as Record<string, string>)["ACC-05"]).toBe("done");
    const exported = exportOf("education-suite-contract", "fr", done);
    const pia = JSON.parse(JSON.stringify(exported).replace(/[\u00a0\u202f]/g, " ")) as typeof exported;
    expect(pia.pia).toMatchObject({
      status: 2,
      validator_name: "Mme Claire Durand, Proviseure",
      dpos_names: "M. Paul Martin",
      dpo_status: 1,
      dpo_opinion: "Avis du 12 novembre 2026 : Avis favorable sous réserve de l’avenant.",
      applied_adjustments: "",
      rejection_reason: "",
    });
    const overview = pia.answers.find((a) => a.reference_to === 111)?.data.text ?? "";
    expect(overview).toContain("Décision du responsable du traitement : Utilisation autorisée sous conditions, le 20 novembre 2026, par Mme Claire Durand, Proviseure.");
    expect(overview).toContain("Conditions posées par la décision : Comptes élèves pseudonymes uniquement ; Avenant au contrat signé avant le 1er janvier.");
    expect(overview).not.toContain("ne vaut pas validation");
  });

  it.each(["not_required", "not_done", "unknown"] as const)("never marks a DPIA validated when ACC-05 is %s: a head's authorisation is not a validated DPIA", (acc05) => {
    const base = loadExample("ai-homework-assistant");
    const doc = withDecision({ ...base, answers: { ...base.answers, "ACC-05": acc05 } }, { outcome: "authorise", dpd: { consulted: true, favourable: false } });
    const pia = exportOf("ai-homework-assistant", "fr", doc);
    expect(pia.pia.status).toBe(0);
    expect(pia.pia.validator_name).toBe("");
    expect(pia.pia.dpo_status).toBe(0);
    expect(pia.pia.applied_adjustments).toBe("");
    expect(JSON.stringify(pia.pia)).not.toContain("Réaliser l’analyse d’impact");
    expect(pia.answers.find((a) => a.reference_to === 111)?.data.text).toContain("Cette décision ne vaut pas validation de l’analyse d’impact");
  });

  it("fills validation from the decision: a refusal with its reasons, and an older refusal recorded without any", () => {
    const doc = withDecision(loadExample("free-consumer-quiz"), { outcome: "refuse", by: { name: "M. Petit" }, reason: "No processor contract.", dpd: { consulted: false } });
    const pia = exportOf("free-consumer-quiz", "en", doc);
    expect(pia.pia).toMatchObject({
      status: 1,
      validator_name: "M. Petit",
      dpos_names: null,
      dpo_status: null,
      dpo_opinion: "The DPD was not consulted before the decision.",
      rejection_reason: "Use refused by the controller on 20 November 2026. Reasons: No processor contract.",
      applied_adjustments: "",
    });
    expect(pia.answers.find((a) => a.reference_to === 111)?.data.text).toContain("Decision of the controller: Use refused, on 20 November 2026, by M. Petit.");
    const older = withDecision(loadExample("free-consumer-quiz"), { outcome: "refuse", dpd: { consulted: false } });
    expect(exportOf("free-consumer-quiz", "en", older).pia.rejection_reason).toBe("Use refused by the controller on 20 November 2026; the reasons were not recorded in Vigie.");
  });

  it("states the legal basis in 2.1.2 (art. 6(1)(e) and the Code de l'éducation for a public school, a blank for a private one) and a purpose blank in 2.1.1", () => {
    const text = (name: TExampleName, ref: number, doc = loadExample(name)) => exportOf(name, "en", doc).answers.find((a) => a.reference_to === ref)?.data.text ?? "";
    expect(text("gar-resource", 212)).toContain("<p>Task in the public interest (GDPR, art. 6(1)(e)): the digital public service of education (Code de l’éducation, art. L. 131-2)</p>");
    expect(text("ai-homework-assistant", 212)).toContain("<p>[to be completed: legal basis to be confirmed with the managing body]</p>");
    expect(text("ai-homework-assistant", 212)).not.toContain("L. 131-2");
    const health = loadExample("gar-resource");
    expect(text("gar-resource", 212, { ...health, answers: { ...health.answers, "MIN-03": "yes" } })).toContain("a condition of GDPR Art. 9(2) for the special categories: [to be completed:");
    expect(text("gar-resource", 211)).toMatch(/^<p>Purpose of the processing: \[to be completed: /);
  });
});
