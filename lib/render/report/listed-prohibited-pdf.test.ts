import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TLocale } from "@/lib/i18n/locales";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { normaliseSpaces, pdfText } from "@/lib/testing/pdf-tools";
import { renderViewModelPdf } from "./render";
import { buildReportViewModel } from "./view-model";

const NOW = new Date("2026-12-07T10:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "vigie-listed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTEXT = { "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "CTX-04": "public" } as const;
const DOCS = {
  // Face recognition of pupils, the DPIA judged "not required" by the school.
  biometrics: anAnswersDocument().withService({ name: "Cantine biométrique" }).withSafeAnswers().with("MIN-09", "yes").with("ACC-05", "not_required").build(),
  // Emotion inference, everything else safe.
  emotions: anAnswersDocument().withService({ name: "Attention en classe" }).withSafeAnswers().with("AI-01", "yes").with("AI-03", "yes").build(),
  unknown: anAnswersDocument().withService({ name: "Tout inconnu" }).withAnswers(CONTEXT).build(),
} satisfies Record<string, TAnswersDocument>;
type TName = keyof typeof DOCS | "unknownParents";

const texts = new Map<string, string>();
const text = (name: TName, locale: TLocale) => {
  const t = texts.get(`${name}.${locale}`);
  if (t === undefined) throw new Error(`not rendered: ${name}.${locale}`);
  return t;
};

beforeAll(async () => {
  const all: [TName, TAnswersDocument][] = [...Object.entries(DOCS) as [TName, TAnswersDocument][], ["unknownParents", { ...DOCS.unknown, mode: "parents" }]];
  for (const [name, doc] of all) {
    for (const locale of ["fr", "en"] as const) {
      const file = path.join(dir, `${name}.${locale}.pdf`);
      writeFileSync(file, await renderViewModelPdf(buildReportViewModel(doc, locale, { now: NOW })));
      texts.set(`${name}.${locale}`, normaliseSpaces(pdfText(file)));
    }
  }
}, 240_000);

describe("the report of a type on the CNIL's list (biometrics of pupils)", () => {
  it("says the DPIA is mandatory, names the type, and offers no written set-aside (fr)", () => {
    const t = text("biometrics", "fr");
    expect(t).toContain("Obligatoire (liste de la CNIL)");
    expect(t).toContain("Une analyse d’impact (AIPD) est obligatoire : le traitement relève d’un type de la liste de la CNIL");
    expect(t).toContain("Traitement de données biométriques aux fins de reconnaissance des personnes");
    expect(t).toContain("l’établissement ne peut pas l’écarter, même par écrit avec l’avis du DPD");
    expect(t).not.toContain("ou consigner par écrit pourquoi l’établissement l’estime non requise");
    expect(t).not.toContain("Analyse d’impact (AIPD) : Requise");
  });

  it("says the DPIA is mandatory, names the type, and offers no written set-aside (en)", () => {
    const t = text("biometrics", "en");
    expect(t).toContain("Mandatory (CNIL list)");
    expect(t).toContain("An impact assessment (DPIA) is mandatory: the processing is of a type on the CNIL’s list");
    expect(t).toContain("Processing of biometric data to recognise people");
    expect(t).toContain("the school cannot set it aside, even in writing with the DPD’s view");
    expect(t).not.toContain("or record in writing why the school finds it not required");
  });
});

describe("the report of a prohibited practice (emotion inference)", () => {
  it.each([
    ["fr", "Premières actions", "Pratique interdite", ["obtenez d’abord des changements de l’éditeur", "Terminez l’AIPD avant"], "ni une analyse d’impact ni des conditions ne peuvent la rendre utilisable"],
    ["en", "First actions", "Prohibited practice", ["first get the vendor to make changes", "Finish the DPIA before"], "neither a DPIA nor conditions can make it usable"],
  ] as const)("in %s: the verdict's reason and the first action say it is prohibited, and never ask the vendor for changes", (locale, heading, first, never, nothing) => {
    const t = text("emotions", locale);
    for (const s of never) expect(t).not.toContain(s);
    expect(t.toLowerCase()).toContain(locale === "fr" ? "pratique interdite" : "prohibited practice");
    expect(t).toContain(nothing);
    // The first of the first actions is the prohibited practice's remedy.
    const after = t.slice(t.indexOf(heading) + heading.length);
    expect(after.trimStart().replace(/^1\.?\s*/, "").slice(0, 200)).toMatch(new RegExp(`^(\\S+\\s+){0,3}${first}`));
  });
});

describe("the report's counts and wording", () => {
  it("adds up the unknown answers and says what is counted apart (fr and en)", () => {
    expect(text("unknown", "fr")).toContain(
      "54 réponses sont inconnues : 37 questions à poser à l’éditeur, 17 vérifications à faire à l’école. Comptées à part (elles ne viennent pas d’une réponse inconnue notée) : 1 question à l’éditeur sur AI-01",
    );
    expect(text("unknown", "fr")).toContain("1 action de l’établissement sur l’analyse d’impact (ACC-05)");
    expect(text("unknown", "en")).toContain("54 answers are unknown: 37 questions for the vendor, 17 checks for the school. Counted apart");
  });

  it("never tells parents « avant d’envoyer la moindre donnée d’élève »", () => {
    expect(text("unknown", "fr")).toContain("avant d’envoyer la moindre donnée d’élève");
    expect(text("unknownParents", "fr")).not.toContain("avant d’envoyer la moindre donnée d’élève");
    expect(text("unknownParents", "en")).not.toContain("before any pupil data is sent; the opinion");
    // The summary's first actions are the parents' questions, in their words.
    const items = buildReportViewModel({ ...DOCS.unknown, mode: "parents" }, "fr", { now: NOW }).summary.firstActions.items;
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(i.text).toMatch(/^À (demander|soulever)/);
      expect(i.text).not.toMatch(/avant d’envoyer/);
    }
    expect(text("unknownParents", "fr")).toContain(normaliseSpaces(items[0]?.text ?? "—"));
  });

  it("states the two-criteria presumption as « dans la plupart des cas » on the method page too, and dates the Omnibus dates as reported", () => {
    const t = text("unknown", "fr");
    expect(t).toContain("Analyse d’impact : requise dans la plupart des cas à partir de 2 critères remplis");
    expect(t).toMatch(/Applicable à partir du 2 décembre 2027, date fixée par : Règlement \(UE\) 2026\/1744[^;]*annoncé, non vérifié au Journal officiel/);
    expect(text("unknown", "en")).toMatch(/Applies from 2 December 2027, a date set by: Regulation \(EU\) 2026\/1744[^;]*reported, not checked in the Official Journal/);
  });
});
