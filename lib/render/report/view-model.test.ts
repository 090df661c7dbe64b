import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, remediationKey, SCORING, SEVERITIES, type TSeverity } from "@/lib/domain/catalogue";
import { formatPercent } from "@/lib/i18n/format";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { ALL_QUESTION_IDS, anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { withDecision } from "@/lib/testing/decision";
import { EXAMPLES, loadExample } from "@/lib/testing/examples";
import { buildReportViewModel, type TReportViewModel } from "./view-model";

const NOW = new Date("2026-11-24T10:00:00Z");
const build = (name: (typeof EXAMPLES)[number], locale: TLocale) =>
  buildReportViewModel(loadExample(name), locale, { now: NOW });

/** What rules.md says the user reads, per example. */
const VERDICT_LABELS = {
  "education-suite-contract": { fr: "Acceptable sous conditions", en: "Acceptable with conditions" },
  "free-consumer-quiz": { fr: "Déconseillé", en: "Not recommended" },
  "gar-resource": { fr: "Acceptable", en: "Acceptable" },
} as const;

type TMessagesTree = { [key: string]: string | TMessagesTree };
const message = (locale: TLocale, key: string): string => {
  const value = key.split(".").reduce<unknown>((node, part) => (node as TMessagesTree)?.[part], MESSAGES[locale]);
  if (typeof value !== "string") throw new Error(`No message ${key} in ${locale}`);
  return value;
};

/** Every leaf of the view-model, with its path. */
function leaves(value: unknown, at = ""): [string, unknown][] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at === "" ? k : `${at}.${k}`));
  }
  return [[at, value]];
}

/** Code points the embedded fonts cover (Noto Sans "latin" and "latin-ext" subsets). */
function coveredBy(): (cp: number) => boolean {
  const file = path.join(process.cwd(), "node_modules/@fontsource/noto-sans/unicode.json");
  const subsets = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const ranges = ["latin", "latin-ext"].flatMap((s) =>
    (subsets[s] ?? "").split(",").map((r) => {
      const [from, to] = r.trim().replace(/^U\+/, "").split("-");
      return [parseInt(from ?? "", 16), parseInt(to ?? from ?? "", 16)] as const;
    }),
  );
  return (cp) => ranges.some(([from, to]) => cp >= from && cp <= to);
}

const rank = (s: TSeverity) => SEVERITIES.indexOf(s);

describe.each(EXAMPLES)("report view-model of %s", (name) => {
  describe.each(LOCALES)("in %s", (locale) => {
    const vm = build(name, locale);

    it("shows the verdict label the rules give for this language", () => {
      expect(vm.cover.verdict.label).toBe(VERDICT_LABELS[name][locale]);
      expect(vm.cover.verdict.summary).toBe(message(locale, `Verdict.${vm.cover.verdict.id}.summary`));
    });

    it("names the eight domains, in catalogue order, in the summary, the matrix and the findings", () => {
      const titles = CATALOGUE.domains.map((d) => message(locale, `Domains.${d.id}.title`));
      expect(titles).toHaveLength(8);
      expect(vm.summary.table.rows.map((r) => r.title)).toEqual(titles);
      expect(vm.matrix.rows.map((r) => r.title)).toEqual(titles);
      expect(vm.findings.domains.map((d) => d.title)).toEqual(titles);
    });

    it("lists each domain's findings worst first, confirmed before unknown at the same severity", () => {
      for (const d of vm.findings.domains) {
        for (const [a, b] of d.findings.slice(1).map((f, i) => [d.findings[i]!, f] as const)) {
          const order = rank(a.severity) - rank(b.severity) || Number(b.unknown) - Number(a.unknown);
          expect(order, `${a.ruleId} before ${b.ruleId}`).toBeGreaterThanOrEqual(0);
        }
      }
    });

    it("has every question of the catalogue in the annex, each with an answer label", () => {
      const rows = vm.annex.groups.flatMap((g) => g.rows);
      expect(rows.map((r) => r.id)).toEqual(ALL_QUESTION_IDS);
      for (const r of rows) expect(r.answer.trim(), r.id).not.toBe("");
      expect(vm.annex.groups.map((g) => g.id)).toEqual(["CTX", ...CATALOGUE.domains.map((d) => d.id)]);
    });

    it("is plain data: JSON keeps all of it, and every leaf is a string, number, boolean or null", () => {
      expect(JSON.parse(JSON.stringify(vm))).toEqual(vm);
      for (const [at, v] of leaves(vm)) expect(["string", "number", "boolean"].includes(typeof v) || v === null, at).toBe(true);
    });

    it("is fully translated: no message key, no ICU placeholder left, no empty text", () => {
      for (const [at, v] of leaves(vm)) {
        if (typeof v !== "string" || at === "page.pageNumberTemplate") continue;
        expect(v, at).not.toMatch(/^(Report|Rules|Domains|Sources|Reference|Answers|Severity|Verdict|DomainStatus|Dpia|Modifiers|Conditions)\./);
        expect(v, at).not.toMatch(/[{}]/);
      }
      expect(vm.page.pageNumberTemplate).toMatch(/\{page\}.*\{total\}/);
    });

    it("uses only characters the embedded fonts can draw (and never U+202F)", () => {
      const covered = coveredBy();
      for (const [at, v] of leaves(vm)) {
        if (typeof v !== "string") continue;
        const missing = [...v].filter((c) => !covered(c.codePointAt(0) ?? 0) || c === "\u202f");
        expect(missing, `${at}: ${v}`).toEqual([]);
      }
    });

    it("states the method with the catalogue's own thresholds, and says they are Vigie's, not the CNIL's", () => {
      const rules = vm.method.rules.join(" ");
      expect(rules).toContain(formatPercent(locale, SCORING.domain.failPercent / 100));
      expect(rules).toContain(formatPercent(locale, SCORING.domain.warnPercent / 100));
      expect(vm.method.pointsTable.rows.map((r) => r.value.split(" ")[0])).toEqual(
        SEVERITIES.map((s) => String(SCORING.points[s])),
      );
      expect(vm.method.disclaimer).toBe(message(locale, "Report.method.disclaimer"));
      expect(vm.method.disclaimer).toContain("CNIL");
      expect(vm.method.catalogue).toContain(CATALOGUE.version);
    });

    it("counts every finding once in the risk matrix", () => {
      const cells = vm.matrix.rows.flatMap((r) => r.cells);
      const total = cells.reduce((n, c) => n + c.confirmed + c.unknown, 0);
      expect(total).toBe(vm.findings.domains.reduce((n, d) => n + d.findings.length, 0));
      expect(vm.matrix.columns.map((c) => c.severity)).toEqual([...SEVERITIES].reverse());
    });
  });
});

describe("report view-model details", () => {
  it("formats references with the articles as a list and the source's date at its precision", () => {
    const fr = build("free-consumer-quiz", "fr");
    const en = build("free-consumer-quiz", "en");
    const refs = (vm: TReportViewModel, id: string) =>
      vm.findings.domains.flatMap((d) => d.findings).find((f) => f.ruleId === id)?.references;
    expect(refs(fr, "COM-02")?.[2]).toBe(`${message("fr", "Sources.gdpr")}, art. 21(2) (27 avril 2016)`);
    expect(refs(en, "COM-02")?.[2]).toBe(`${message("en", "Sources.gdpr")}, Art. 21(2) (27 April 2016)`);
    // Two articles make a list.
    expect(refs(fr, "COM-01")).toEqual([
      `${message("fr", "Sources.cnil-2017")} (23 mai 2017)`,
      `${message("fr", "Sources.gdpr")}, art. 5(1)(b) et 28(3)(a) (27 avril 2016)`,
    ]);
    expect(refs(en, "COM-01")?.[1]).toContain("5(1)(b) and 28(3)(a)");
  });

  it("keeps the engine's order for the conditions: unknown blocking answers, remediations, the vendor's letter", () => {
    const vm = build("free-consumer-quiz", "fr");
    const kinds = vm.conditions.items.map((c) => c.kind);
    expect(kinds[0]).toBe("blockUnknown");
    expect(kinds).not.toContain("vendorQuestion");
    expect(kinds.filter((k) => k === "vendorLetter")).toHaveLength(1);
    expect(kinds.lastIndexOf("remediation")).toBeLessThan(kinds.indexOf("vendorLetter"));
    expect(vm.conditions.items[0]?.text).toBe(message("fr", "Conditions.blockUnknown"));
    expect(vm.conditions.items[0]?.details.map((d) => d.split(" ")[0])).toEqual(["COM-01", "COM-03", "COM-04"]);
  });

  it("turns [V] unknowns into vendor questions and [S] unknowns into school checks", () => {
    const vm = build("free-consumer-quiz", "en");
    expect(vm.questions.vendor.items.map((q) => q.ruleId)).toContain("COM-01");
    expect(vm.questions.vendor.items[0]?.text).toBe(message("en", "Rules.COM-01.vendorQuestion"));
    expect(vm.questions.school.items.map((q) => q.ruleId)).toEqual(["RIG-07"]);
    expect(vm.questions.school.items[0]?.text).toBe(message("en", "Rules.RIG-07.schoolAction"));
    const card = vm.findings.domains.flatMap((d) => d.findings).find((f) => f.ruleId === "COM-01");
    expect(card).toMatchObject({ unknown: true, answer: message("en", "Answers.unknown") });
    expect(card?.nextStep?.text).toBe(message("en", "Rules.COM-01.vendorQuestion"));
  });

  it("tells what to do about an unknown answer (ask the vendor, check at the school), not the risky answer's remedy", () => {
    for (const locale of LOCALES) {
      const doc = loadExample("free-consumer-quiz");
      const cards = build("free-consumer-quiz", locale).findings.domains.flatMap((d) => d.findings);
      const unknown = cards.filter((c) => c.unknown);
      expect(unknown.map((c) => c.ruleId)).toEqual(expect.arrayContaining(["COM-01", "RIG-07"]));
      for (const c of unknown) {
        expect(c.remediation, c.ruleId).toBeNull();
        expect(c.nextStep, c.ruleId).not.toBeNull();
      }
      const school = unknown.find((c) => c.ruleId === "RIG-07");
      expect(school?.nextStep).toEqual({
        label: message(locale, "Report.findings.labels.schoolStep"),
        text: message(locale, "Rules.RIG-07.schoolAction"),
      });
      // A risky answer keeps its remedy and has no next step.
      for (const c of cards.filter((c) => !c.unknown)) {
        expect(c.remediation, c.ruleId).toBe(message(locale, remediationKey(c.ruleId, doc.answers[c.ruleId as keyof typeof doc.answers] ?? "")));
        expect(c.nextStep, c.ruleId).toBeNull();
      }
    }
  });

  it("shows the DPIA indicator with the criteria met, their explanation and next steps", () => {
    const quiz = build("free-consumer-quiz", "fr");
    expect(quiz.dpia.status).toBe("required");
    expect(quiz.dpia.criteria).toEqual([
      { id: "monitoring", label: message("fr", "Dpia.criteria.monitoring.label"), explanation: message("fr", "Dpia.criteria.monitoring.explanation") },
      { id: "vulnerable", label: message("fr", "Dpia.criteria.vulnerable.label"), explanation: message("fr", "Dpia.criteria.vulnerable.explanation") },
    ]);
    expect(quiz.dpia.nextSteps.length).toBeGreaterThan(0);
    const gar = build("gar-resource", "en");
    expect(gar.dpia).toMatchObject({ status: "not_required", statusLabel: message("en", "Report.dpia.notRequired"), unknown: [] });
    expect(gar.dpia.notMet).toHaveLength(CATALOGUE.dpiaCriteria.length - 1);
  });

  it("says the DPIA is to be determined, not \"not required\", while unknown criteria could require it", () => {
    const example = loadExample("gar-resource");
    const doc = { ...example, answers: { ...example.answers, "MIN-03": "unknown", "RIG-06": "unknown" } };
    const { dpia } = buildReportViewModel(doc, "fr", { now: NOW });
    expect(dpia).toMatchObject({ status: "undetermined", statusLabel: message("fr", "Report.dpia.undetermined") });
    // RIG-06 decides criteria 1 (evaluation) and 2 (automated decision).
    expect(dpia.summary).toContain("1 critère est rempli et 3 restent inconnus");
    const label = (id: string) => message("fr", `Dpia.criteria.${id}.label`);
    expect(dpia.unknown).toEqual([label("evaluation"), label("automated-decision"), label("sensitive-data")]);
    expect(dpia.notMet).not.toContain(label("sensitive-data"));
    expect(dpia.notMet).toHaveLength(CATALOGUE.dpiaCriteria.length - 4);
    expect(dpia.nextSteps[0]).toBe(message("fr", "Report.dpia.nextSteps.undetermined.find"));
  });

  it("shows a question that does not apply as such, in its domain and in the annex", () => {
    const vm = build("gar-resource", "fr");
    const host = vm.findings.domains.find((d) => d.id === "HOST");
    expect(host?.notApplicable.items.map((n) => n.ruleId)).toEqual(["HOST-03"]);
    const row = vm.annex.groups.flatMap((g) => g.rows).find((r) => r.id === "HOST-03");
    expect(row).toMatchObject({ state: "not_applicable", answer: message("fr", "Report.annex.notApplicable") });
  });

  it("says why consent questions do not apply when only staff use the service", () => {
    const doc = anAnswersDocument().withSafeAnswers().with("CTX-02", "staff").build();
    const vm = buildReportViewModel(doc, "en", { now: NOW });
    const inf = vm.findings.domains.find((d) => d.id === "INF");
    expect(inf?.notApplicable.items.map((n) => [n.ruleId, n.reason])).toEqual([
      ["INF-03", message("en", "Modifiers.staff-only")],
      ["INF-04", message("en", "Modifiers.staff-only")],
    ]);
  });

  it("shows the modifier that raised a finding", () => {
    const vm = build("free-consumer-quiz", "fr");
    const card = vm.findings.domains.flatMap((d) => d.findings).find((f) => f.ruleId === "COM-07");
    expect(card).toMatchObject({ severity: "HIGH", raisedBy: [message("fr", "Modifiers.under-15")] });
  });

  it("reads 'Not answered' for a missing answer, and leaves out the facts nobody gave", () => {
    const doc = anAnswersDocument().withService({ name: "Écrivons ensemble" }).with("COM-01", "no").build();
    const vm = buildReportViewModel(doc, "fr", { now: NOW });
    expect(vm.cover.verdict.label).toBe("Déconseillé");
    expect(vm.cover.serviceName).toBe("Écrivons ensemble");
    expect(vm.cover.facts.map((f) => f.id)).toEqual(["date", "catalogue"]);
    expect(vm.cover.facts[0]?.value).toBe("24 novembre 2026");
    const rows = vm.annex.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.id === "COM-02")).toMatchObject({ state: "not_answered", answer: message("fr", "Answers.notAnswered") });
    expect(rows.find((r) => r.id === "COM-01")).toMatchObject({ state: "answered", answer: message("fr", "Answers.no") });
  });

  it("gives an 'acceptable' report with no condition for safe answers", () => {
    const vm = buildReportViewModel(anAnswersDocument().withSafeAnswers().build(), "en", { now: NOW });
    expect(vm.cover.verdict.label).toBe("Acceptable");
    expect(vm.conditions.items).toEqual([]);
    expect(vm.summary.table.rows.every((r) => (r.tone === "pass" || (r.id === "AI" && r.tone === "na")) && r.points === 0)).toBe(true);
  });

  it("fills school, UAI and assessor on the cover", () => {
    const vm = build("free-consumer-quiz", "en");
    const fact = (id: string) => vm.cover.facts.find((f) => f.id === id)?.value;
    expect(fact("school")).toBe("Collège Jean-Moulin (UAI 0691234X)");
    expect(fact("assessor")).toBe("Mme Lefèvre, Professeure de mathématiques");
    expect(fact("vendor")).toBe("QuizÉclair Inc.");
    expect(fact("date")).toBe("24 November 2026");
    expect(vm.meta.title).toContain("QuizÉclair (compte gratuit)");
  });
});

describe("the head of school's decision in the report", () => {
  it("is stated on the cover and in the summary: outcome, when and by whom, conditions, DPD, board and review", () => {
    const vm = buildReportViewModel(withDecision(loadExample("education-suite-contract")), "en", { now: NOW });
    expect(vm.cover.decision).toEqual({
      heading: "Decision of the controller",
      outcome: "conditions",
      label: "Use authorised with conditions",
      title: "Decision of the controller: Use authorised with conditions",
      lines: [
        "On 20 November 2026, by Mme Claire Durand, Proviseure.",
        "Conditions (2):",
        "– Comptes élèves pseudonymes uniquement",
        "– Avenant au contrat signé avant le 1er janvier",
        "DPD consulted on 12 November 2026.",
        "Presented to the board on 27 November 2026.",
        "Review due on 20 November 2027.",
      ],
    });
    expect(vm.summary.decision).toEqual(vm.cover.decision);
  });

  it("says none is recorded yet, and is left out of a parents' association's report", () => {
    expect(build("gar-resource", "fr").cover.decision).toMatchObject({ outcome: null, label: null, lines: [message("fr", "Decision.report.none")] });
    const parents = buildReportViewModel({ ...loadExample("gar-resource"), mode: "parents" }, "fr", { now: NOW });
    expect(parents.cover.decision).toBeNull();
    expect(parents.summary.decision).toBeNull();
  });
});

describe("answers document builder", () => {
  it("validates with the real schema, so a wrong value fails at once", () => {
    expect(() => anAnswersDocument().with("COM-01", "maybe").build()).toThrow();
    expect(anAnswersDocument().with("HOST-01", "eu").build().answers).toEqual({ "HOST-01": "eu" });
  });
});

describe("a parents' association's report", () => {
  it.each(LOCALES)("words the verdict on its cover as a request to the school, never as the school's decision (%s)", (locale) => {
    const doc = { ...loadExample("free-consumer-quiz"), mode: "parents" as const };
    const vm = buildReportViewModel(doc, locale, { now: NOW });
    const head = buildReportViewModel({ ...doc, mode: "head" }, locale, { now: NOW });
    expect(vm.cover.verdict.label).toBe(head.cover.verdict.label);
    expect(vm.cover.verdict.summary).toBe(message(locale, `ParentsVerdict.${vm.cover.verdict.id}.answers`));
    expect(vm.cover.verdict.summary).not.toBe(head.cover.verdict.summary);
    // The same key figures whoever reads.
    expect(vm.summary.keyFigures.slice(0, 4)).toEqual(head.summary.keyFigures.slice(0, 4));
  });
});
