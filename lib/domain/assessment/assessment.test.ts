import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUE, DOMAINS } from "../catalogue";
import { notApplicableRules } from "../engine";
import { emptyDraft, gapsByStep, isStarted, newEvidenceItem, sanitizeDraft } from "./draft";
import { fieldErrorMessage } from "../schema/field-error-message";
import { toDocument } from "./to-document";
import { ACTION_PLAN_KEYS, MODES, QUESTIONS, ZActionPlanSchema, ZAnswerMapSchema, ZModeSchema } from "../schema";
import { reportFilename } from "./filename";
import { STEPS, fieldsOfStep, nextStep, previousStep, stepOfQuestion } from "./steps";

const example = JSON.parse(readFileSync("examples/free-consumer-quiz.json", "utf8")) as unknown;

describe("steps", () => {
  it("are the context, the catalogue's domains in order, then the review", () => {
    expect(STEPS).toEqual(["context", ...DOMAINS.map((d) => d.id.toLowerCase()), "review"]);
    expect(nextStep("context")).toBe("com");
    expect(previousStep("com")).toBe("context");
    expect(nextStep("review")).toBeUndefined();
    expect(stepOfQuestion("HOST-03")).toBe("host");
    expect(stepOfQuestion("CTX-02")).toBe("context");
    expect(fieldsOfStep("context")).toContain("service.name");
    expect(fieldsOfStep("min")).toContain("answers.MIN-08");
    expect(fieldsOfStep("min")).toContain("evidence.MIN-08");
    expect(fieldsOfStep("context").filter((f) => f.startsWith("evidence."))).toEqual([]);
  });
});

describe("draft", () => {
  it("keeps a valid document whole", () => {
    const draft = sanitizeDraft(example);
    const doc = toDocument(draft);
    expect(doc.success).toBe(true);
    expect(doc.data?.answers).toEqual((example as { answers: unknown }).answers);
  });

  it("keeps a recorded decision through storage, and the document reads it back as the schema does", () => {
    const decision = {
      outcome: "conditions",
      date: "2026-11-20",
      by: { name: "Mme Durand", role: "" },
      conditions: ["Comptes pseudonymes", " "],
      dpd: { consulted: false, date: "2026-11-10", opinion: "" },
      boardDate: "",
      reviewDate: "2027-11-20",
    };
    const draft = sanitizeDraft(JSON.parse(JSON.stringify({ ...(example as object), decision })));
    expect(draft.decision).toEqual(decision);
    expect(toDocument(draft).data?.decision).toEqual({
      outcome: "conditions",
      date: "2026-11-20",
      by: { name: "Mme Durand" },
      conditions: ["Comptes pseudonymes"],
      dpd: { consulted: false },
      reviewDate: "2027-11-20",
    });
    expect(sanitizeDraft({ ...(example as object), decision: { outcome: "maybe" } }).decision).toBeUndefined();
  });

  it("keeps the sources through storage, blank ones included, and the document reads them as the schema does", () => {
    const doc = JSON.parse(readFileSync("examples/education-suite-contract.json", "utf8")) as { evidence: Record<string, unknown[]> };
    const draft = sanitizeDraft(doc);
    expect(Object.keys(draft.evidence ?? {})).toEqual(Object.keys(doc.evidence));
    expect(toDocument(draft).data?.evidence).toEqual(doc.evidence);
    const blank = newEvidenceItem(new Date(2026, 0, 5));
    expect(blank).toEqual({ kind: "document", source: "", quote: "", date: "2026-01-05", by: "" });
    const stored = sanitizeDraft({ ...doc, evidence: { "COM-01": [blank, { kind: "rumour", source: 3 }], "ZZZ-01": [blank], "COM-02": "x" } });
    expect(stored.evidence).toEqual({ "COM-01": [blank, { kind: "document", source: "", quote: "", date: "", by: "" }] });
    const checked = toDocument(stored);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((i) => i.path.join("."))).toEqual(["evidence.COM-01.0.source", "evidence.COM-01.1.source", "evidence.COM-01.1.date"]);
    expect(fieldErrorMessage("evidence.COM-01.0.source", "too_small")).toEqual(["sourceRequired"]);
    expect(fieldErrorMessage("evidence.COM-01.0.quote", "too_big")).toEqual(["tooLong", { max: 2000 }]);
    expect(fieldErrorMessage("evidence.COM-01.1.date", "invalid_format")).toEqual(["date"]);
    expect(fieldErrorMessage("evidence.COM-01", "too_big")).toEqual(["tooManySources", { max: 5 }]);
  });

  it("drops what the schema refuses and survives junk", () => {
    const draft = sanitizeDraft({
      service: { name: 42, url: "https://" },
      answers: { "COM-01": "maybe", "COM-02": "targeted", "XYZ-99": "yes", "HOST-01": null },
      __proto__: { polluted: true },
    });
    expect(draft.service).toEqual({ name: "", vendor: "", url: "https://" });
    expect(draft.answers).toEqual({ "COM-02": "targeted" });
    for (const junk of [null, 3, "text", [], { answers: [1, 2] }]) expect(sanitizeDraft(junk)).toEqual(emptyDraft());
  });

  // sanitizeDraft reads answers, mode and action-plan keys without zod: it must agree with the schema.
  it("keeps exactly the answers, mode and action-plan entries the schema accepts", () => {
    const ids = QUESTIONS.map((q) => q.id);
    const anyValue = fc.oneof(fc.constantFrom(...new Set(QUESTIONS.flatMap((q) => q.values))), fc.jsonValue());
    // Keys every object inherits, or that set its prototype, are the classic way to fool a lookup.
    const trickyKey = fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty");
    const anyKey = (known: readonly string[]) => fc.oneof(fc.constantFrom(...known), trickyKey, fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.dictionary(anyKey(ids), anyValue),
        fc.oneof(fc.constantFrom(...MODES), fc.jsonValue()),
        fc.dictionary(anyKey(ACTION_PLAN_KEYS), fc.constant({ owner: "Direction" })),
        (answers, mode, actionPlan) => {
          const draft = sanitizeDraft({ service: { name: "Quiz" }, answers, mode, actionPlan });
          for (const [id, value] of Object.entries(answers)) {
            const accepted = ZAnswerMapSchema.safeParse({ [id]: value }).success;
            expect(Object.hasOwn(draft.answers, id) && draft.answers[id] === value, `${id}: ${JSON.stringify(value)}`).toBe(accepted);
          }
          expect(draft.mode === mode).toBe(ZModeSchema.safeParse(mode).success);
          for (const id of Object.keys(actionPlan)) {
            expect(Object.hasOwn(draft.actionPlan ?? {}, id), id).toBe(ZActionPlanSchema.safeParse({ [id]: actionPlan[id] }).success);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("turns blank text into absent fields and requires the service name", () => {
    const draft = emptyDraft();
    expect(toDocument(draft).success).toBe(false);
    expect(isStarted(draft)).toBe(false);
    draft.service.name = "Quiz";
    draft.school.uai = "0691234x";
    const doc = toDocument(draft);
    expect(doc.success).toBe(true);
    expect(doc.data?.service.vendor).toBeUndefined();
    expect(doc.data?.school?.uai).toBe("0691234X");
    expect(isStarted(draft)).toBe(true);
  });

  it("lists unanswered questions per step, leaving out those that do not apply", () => {
    const draft = emptyDraft();
    draft.answers = { "CTX-02": "staff", "HOST-01": "france", "HOST-02": "no", "HOST-04": "unknown" };
    const gaps = gapsByStep(draft, notApplicableRules(draft.answers, CATALOGUE));
    const host = gaps.find((g) => g.domain === "HOST");
    const inf = gaps.find((g) => g.domain === "INF");
    expect(host?.unanswered).not.toContain("HOST-03");
    expect(host?.unanswered).not.toContain("HOST-01");
    expect(inf?.unanswered).toEqual(["INF-01", "INF-02"]);
    expect(host?.unknown).toEqual(["HOST-04"]);
    expect(host?.unanswered).not.toContain("HOST-04");
    expect(gaps[0]).toMatchObject({ step: "context", unanswered: ["CTX-01", "CTX-03", "CTX-04"], asked: 4 });
  });
});

describe("report file name", () => {
  it("makes a short ASCII file name", () => {
    expect(reportFilename("QuizÉclair (compte gratuit)", "en")).toBe("vigie-quizeclair-compte-gratuit-en.pdf");
    expect(reportFilename("   ", "fr")).toBe("vigie-service-fr.pdf");
  });
});
