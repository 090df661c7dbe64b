import { describe, expect, it } from "vitest";
import { CATALOGUE, conditionKey, followUpKey, prohibitedVerdictKey, verdictSummaryKey } from "@/lib/domain/catalogue";
import { safeAnswers } from "@/lib/testing/answers-document-builder";
import { translatorFor } from "@/lib/i18n/translator";
import { firstActions } from "@/lib/domain/engine/action-plan";
import { evaluate } from "@/lib/domain/engine/evaluate";
import { countedApart, keyFigures } from "@/lib/domain/engine/key-figures";

const fr = translatorFor("fr");
const en = translatorFor("en");
const run = (over: Record<string, string>) => evaluate({ ...safeAnswers(), ...over }, CATALOGUE);
const finding = (e: ReturnType<typeof run>, id: string) => e.findings.find((f) => f.ruleId === id);

describe("types of the CNIL's list (deliberation 2018-327): dpia.listed", () => {
  it("lists biometrics of vulnerable people when MIN-09 is yes and the service processes pupils' data", () => {
    for (const who of ["pupils", "families"]) {
      const e = run({ "MIN-09": "yes", "CTX-02": who });
      expect(e.dpia.listed, who).toEqual(["biometrics-vulnerable"]);
      expect(e.dpia).toMatchObject({ status: "required", required: true });
      expect(keyFigures(e).dpiaListed).toBe(true);
    }
  });

  it("requires the DPIA for a listed type whatever the criteria count", () => {
    const strict = { ...CATALOGUE, scoring: { ...CATALOGUE.scoring, dpiaThreshold: 9 } };
    const answers = { ...safeAnswers(), "MIN-09": "yes" };
    expect(evaluate(answers, strict).dpia).toMatchObject({ status: "required", required: true, listed: ["biometrics-vulnerable"] });
    expect(evaluate({ ...answers, "CTX-02": "staff" }, strict).dpia).toMatchObject({ status: "not_required", listed: [] });
  });

  it("lists nothing for staff only, for no biometrics, or while MIN-09 or CTX-02 is unknown", () => {
    expect(run({ "MIN-09": "yes", "CTX-02": "staff" }).dpia.listed).toEqual([]);
    expect(run({ "MIN-09": "no" }).dpia.listed).toEqual([]);
    expect(run({ "MIN-09": "unknown" }).dpia.listed).toEqual([]);
    expect(run({ "MIN-09": "yes", "CTX-02": "unknown" }).dpia.listed).toEqual([]);
  });

  it("makes ACC-05 'not required' a HIGH finding whose remedy says no written set-aside is open", () => {
    const e = run({ "MIN-09": "yes", "ACC-05": "not_required" });
    const f = finding(e, "ACC-05");
    expect(f).toMatchObject({ severity: "HIGH", answer: "not_required", remedy: "not_required_listed" });
    if (f === undefined) throw new Error("no ACC-05 finding");
    expect(fr(followUpKey(f))).toContain("liste de la CNIL");
    expect(fr(followUpKey(f))).toContain("ne peut pas l’écarter, même par écrit");
    expect(en(followUpKey(f))).toContain("cannot set it aside, even in writing");
    const c = e.conditions.find((x) => x.kind === "remediation" && x.ruleId === "ACC-05");
    if (c === undefined || c.kind === "blockUnknown") throw new Error("no ACC-05 condition");
    expect(fr(conditionKey(c))).toBe(fr(followUpKey(f)));
  });

  it("keeps the written set-aside for the two-criteria presumption when no type of the list is established", () => {
    const e = run({ "MIN-03": "yes", "ACC-05": "not_required" });
    expect(e.dpia).toMatchObject({ status: "required", listed: [] });
    const f = finding(e, "ACC-05");
    expect(f).toMatchObject({ severity: "HIGH" });
    expect(f?.remedy).toBeUndefined();
    if (f === undefined) throw new Error("no ACC-05 finding");
    expect(fr(followUpKey(f))).toContain("consigner par écrit");
  });

  it("words the indicator « obligatoire » / \"mandatory\" for a listed type, « dans la plupart des cas » / \"in most cases\" otherwise", () => {
    expect(fr("Dpia.listed")).toContain("obligatoire");
    expect(en("Dpia.listed")).toContain("mandatory");
    expect(fr("Dpia.listed")).not.toContain("plupart");
    expect(fr("ResultPage.dpiaStatus.listed")).toContain("Obligatoire");
    for (const [t, words] of [[fr, "dans la plupart des cas"], [en, "in most cases"]] as const) {
      expect(t("Dpia.required", { count: 2 })).toContain(words);
      expect(t("Dpia.undetermined", { count: 1, unknown: 1, threshold: 2 })).toContain(words);
      expect(t("Report.dpia.required")).toContain(words);
      expect(t("ResultPage.dpiaStatus.required").toLowerCase()).toContain(words);
      expect(t("Report.method.rules.dpia", { threshold: 2 })).toContain(words);
    }
  });
});

describe("prohibited practices (AI Act art. 5)", () => {
  const emotions = { "AI-01": "yes", "AI-03": "yes" };
  const intimate = { "AI-01": "yes", "AI-09": "no" };

  it("flags AI-03 yes and AI-09 no, and no other answer", () => {
    expect(run(emotions).prohibited).toEqual(["AI-03"]);
    expect(run(intimate).prohibited).toEqual(["AI-09"]);
    expect(run({ ...emotions, "AI-09": "no" }).prohibited).toEqual(["AI-03", "AI-09"]);
    expect(run({ "AI-01": "yes", "COM-01": "no" }).prohibited).toEqual([]);
    expect(run({ "AI-01": "yes", "AI-03": "unknown" }).prohibited).toEqual([]);
  });

  it("puts the prohibited practice first in the action plan, before other blocking risks and blocking unknowns", () => {
    const e = run({ ...emotions, "COM-01": "no", "ACC-01": "unknown" });
    expect(e.verdict).toBe("not_recommended");
    expect(e.conditions[0]).toMatchObject({ kind: "remediation", ruleId: "AI-03", prohibited: true });
    expect(e.findings[0]).toMatchObject({ ruleId: "AI-03", prohibited: true });
    expect(firstActions(e, "school")[0]).toMatchObject({ ruleId: "AI-03" });
    expect(firstActions(e, "parents")[0]).toMatchObject({ ruleId: "AI-03" });
  });

  it("words the first action, the finding and the verdict's reason as a prohibited practice that nothing makes usable", () => {
    for (const [answers, id] of [[emotions, "AI-03"], [intimate, "AI-09"]] as const) {
      const e = run(answers);
      const first = e.conditions[0];
      if (first === undefined || first.kind === "blockUnknown") throw new Error("no first remedy");
      const texts = {
        fr: [fr(conditionKey(first)), fr(verdictSummaryKey(e.verdict, e.basis, "head", true))],
        en: [en(conditionKey(first)), en(verdictSummaryKey(e.verdict, e.basis, "head", true))],
      };
      expect(first.ruleId).toBe(id);
      for (const text of texts.fr) {
        expect(text).toMatch(/pratique interdite/i);
        expect(text).toContain("ni une analyse d’impact ni des conditions");
        expect(text).not.toMatch(/changements de l’éditeur|Terminez l’AIPD/);
      }
      for (const text of texts.en) {
        expect(text).toMatch(/prohibited practice/i);
        expect(text).toContain("neither a DPIA nor conditions");
        expect(text).not.toMatch(/get the vendor to make changes|Finish the DPIA/);
      }
      expect(fr(conditionKey(first))).toMatch(/Ne pas déployer/);
    }
    expect(fr(prohibitedVerdictKey("parents"))).toContain("pratique interdite");
    expect(fr(prohibitedVerdictKey("parents"))).not.toContain("moindre donnée");
  });
});

describe("biometric data and automated decisions", () => {
  it("raises security and hosting findings when MIN-09 is yes, as sensitive data do", () => {
    const e = run({ "MIN-09": "yes", "CTX-02": "staff", "HOST-05": "no", "SEC-02": "no" });
    expect(e.modifiers).toContain("biometric-data");
    expect(finding(e, "HOST-05")).toMatchObject({ severity: "MEDIUM", raisedBy: ["biometric-data"] });
    expect(finding(e, "SEC-02")).toMatchObject({ severity: "HIGH", raisedBy: ["biometric-data"] });
    // Both modifiers raise once, never twice.
    expect(finding(run({ "MIN-09": "yes", "MIN-03": "yes", "HOST-05": "no" }), "HOST-05")).toMatchObject({ severity: "MEDIUM" });
  });

  it("counts RIG-06 yes for WP248 criterion 2 (automated decision) as well as criterion 1", () => {
    const e = run({ "RIG-06": "yes" });
    expect(e.dpia.criteria).toEqual(expect.arrayContaining(["evaluation", "automated-decision"]));
    expect(run({ "RIG-06": "unknown" }).dpia.unknown).toEqual(expect.arrayContaining(["automated-decision"]));
  });
});

describe("counts that add up", () => {
  it("sums the unknown answers to the questions and checks they yield, the gate and the DPIA action apart", () => {
    const e = evaluate({ "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "CTX-04": "public" }, CATALOGUE);
    const figures = keyFigures(e);
    const apart = countedApart(e);
    expect(apart).toEqual({ vendor: ["AI-01"], school: ["ACC-05"] });
    expect(figures.unknown).toBe(figures.vendorQuestions - apart.vendor.length + figures.schoolActions - apart.school.length);
  });
});
