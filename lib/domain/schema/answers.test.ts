import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTEXT, RULES } from "../catalogue";
import { QUESTIONS, refusalReasonIssue, toFieldIssues, ZAnswersDocumentSchema, ZNewDecisionSchema } from ".";

const doc = (over: Record<string, unknown> = {}) => ({ schemaVersion: 1, service: { name: "Pronote" }, answers: {}, ...over });
const fieldIssuesOf = (input: unknown) => {
  const r = ZAnswersDocumentSchema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error, input);
};

describe("answers document schema", () => {
  it("has one entry per catalogue question, each accepting its options and unknown", () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([...CONTEXT, ...RULES].map((q) => q.id));
    for (const rule of RULES) {
      for (const value of [...rule.options, "unknown"]) {
        expect(fieldIssuesOf(doc({ answers: { [rule.id]: value } }))).toEqual([]);
      }
    }
  });

  it.each(readdirSync("examples"))("accepts the example %s", (file) => {
    expect(fieldIssuesOf(JSON.parse(readFileSync(`examples/${file}`, "utf8")))).toEqual([]);
  });

  it("names an unknown rule id and a value that is not allowed", () => {
    expect(fieldIssuesOf(doc({ answers: { "COM-99": "yes", "COM-02": "yes" } }))).toEqual([
      { field: "answers.COM-02", code: "invalid_value", received: "yes", allowed: ["none", "contextual", "targeted", "unknown"] },
      { field: "answers.COM-99", code: "unknown_field" },
    ]);
  });

  it("requires the service name and a schema version", () => {
    expect(fieldIssuesOf({ answers: {} }).map((i) => i.field)).toEqual(["schemaVersion", "service"]);
    expect(fieldIssuesOf(doc({ service: { name: "  " } })).map((i) => i.field)).toEqual(["service.name"]);
  });

  it("treats blank optional fields as absent and normalises the UAI", () => {
    const r = ZAnswersDocumentSchema.parse(doc({ service: { name: " X ", url: "", vendor: " " }, school: { uai: "0751234a", name: "" } }));
    expect(r.service).toEqual({ name: "X" });
    expect(r.school).toEqual({ uai: "0751234A" });
  });

  it("rejects a malformed UAI, a non-http address and over-long text", () => {
    expect(fieldIssuesOf(doc({ school: { uai: "75" } })).map((i) => i.field)).toEqual(["school.uai"]);
    expect(fieldIssuesOf(doc({ service: { name: "X", url: "javascript:alert(1)" } })).map((i) => i.field)).toEqual(["service.url"]);
    expect(fieldIssuesOf(doc({ service: { name: "x".repeat(500) } }))).toEqual([{ field: "service.name", code: "too_big" }]);
  });

  it("names the root when the body is not an object", () => {
    expect(fieldIssuesOf(null)).toEqual([{ field: "(root)", code: "invalid_type" }]);
  });

  describe("decision", () => {
    const decision = (over: Record<string, unknown> = {}) => ({
      outcome: "authorise",
      date: "2026-11-20",
      by: { name: "Mme Durand", role: "Principale" },
      dpd: { consulted: true, date: "2026-11-10", opinion: "Avis favorable." },
      boardDate: "2026-11-25",
      reviewDate: "2027-11-20",
      ...over,
    });

    it("accepts a full decision and keeps it in the document", () => {
      expect(fieldIssuesOf(doc({ decision: decision() }))).toEqual([]);
      expect(ZAnswersDocumentSchema.parse(doc({ decision: decision() })).decision).toEqual(decision());
    });

    it("names each bad field of the decision", () => {
      const bad = decision({ outcome: "maybe", date: "20/11/2026", by: { name: " " }, dpd: { consulted: "yes" }, boardDate: "2026-02-30" });
      expect(fieldIssuesOf(doc({ decision: bad })).map((i) => i.field)).toEqual([
        "decision.outcome",
        "decision.date",
        "decision.by.name",
        "decision.dpd.consulted",
        "decision.boardDate",
      ]);
      expect(fieldIssuesOf(doc({ decision: decision({ extra: 1 }) }))).toEqual([{ field: "decision.extra", code: "unknown_field" }]);
    });

    it("needs at least one condition for the 'conditions' outcome, and keeps conditions only there", () => {
      expect(fieldIssuesOf(doc({ decision: decision({ outcome: "conditions" }) })).map((i) => i.field)).toEqual(["decision.conditions"]);
      expect(fieldIssuesOf(doc({ decision: decision({ outcome: "conditions", conditions: [" ", ""] }) })).map((i) => i.field)).toEqual(["decision.conditions"]);
      const kept = ZAnswersDocumentSchema.parse(doc({ decision: decision({ outcome: "conditions", conditions: [" Comptes pseudonymes ", ""] }) }));
      expect(kept.decision?.conditions).toEqual(["Comptes pseudonymes"]);
      const dropped = ZAnswersDocumentSchema.parse(doc({ decision: decision({ outcome: "refuse", conditions: ["x"] }) }));
      expect(dropped.decision).not.toHaveProperty("conditions");
    });

    it("puts the review after the decision, and drops the DPD's date and opinion when it was not consulted", () => {
      expect(fieldIssuesOf(doc({ decision: decision({ reviewDate: "2026-11-20" }) })).map((i) => i.field)).toEqual(["decision.reviewDate"]);
      const r = ZAnswersDocumentSchema.parse(doc({ decision: decision({ dpd: { consulted: false, date: "2026-11-10", opinion: "x" }, boardDate: "", reviewDate: "" }) }));
      expect(r.decision).toEqual({ outcome: "authorise", date: "2026-11-20", by: { name: "Mme Durand", role: "Principale" }, dpd: { consulted: false } });
    });

    it("refuses unsafe characters in the decision's texts, and keeps the DPD's opinion over several lines", () => {
      const bad = doc({ decision: decision({ outcome: "conditions", by: { name: "Mme\u0000Durand" }, conditions: ["a\u202eb"], dpd: { consulted: true, opinion: "x\u0007" } }) });
      expect(fieldIssuesOf(bad).map((i) => [i.field, i.code])).toEqual([
        ["decision.by.name", "unsafe_text"],
        ["decision.conditions.0", "unsafe_text"],
        ["decision.dpd.opinion", "unsafe_text"],
      ]);
      const ok = ZAnswersDocumentSchema.parse(doc({ decision: decision({ dpd: { consulted: true, opinion: "Avis favorable.\nSous réserve du contrat." } }) }));
      expect(ok.decision?.dpd.opinion).toBe("Avis favorable.\nSous réserve du contrat.");
    });

    it("is refused in a parents' association's document", () => {
      expect(fieldIssuesOf(doc({ mode: "parents", decision: decision() }))).toEqual([{ field: "decision", code: "custom" }]);
      expect(fieldIssuesOf(doc({ mode: "head", decision: decision() }))).toEqual([]);
    });
  });

  describe("evidence", () => {
    const item = { kind: "document", source: "https://vendor.example/dpa.pdf#art4", quote: "Ligne 1\nLigne 2", date: "2026-11-30", by: "DPD académique" };

    it("reads a version 1 document as version 2, and keeps the sources of version 2", () => {
      expect(ZAnswersDocumentSchema.parse(doc()).schemaVersion).toBe(2);
      const r = ZAnswersDocumentSchema.parse(doc({ schemaVersion: 2, evidence: { "COM-01": [item], "CTX-01": [{ ...item, kind: "observation", quote: " ", by: "" }] } }));
      expect(r.evidence).toEqual({ "COM-01": [item], "CTX-01": [{ kind: "observation", source: item.source, date: item.date }] });
      expect(fieldIssuesOf(doc({ schemaVersion: 3 })).map((i) => `${i.field}:${i.code}`)).toEqual(["schemaVersion:invalid_value"]);
    });

    it("names each bad field of a source", () => {
      const bad = {
        "COM-01": [{ ...item, quote: "a\u0000b" }, { ...item, kind: "rumour" }, { ...item, source: " " }, { ...item, date: "2026-02-30" }],
        "COM-02": [{ ...item, by: "x".repeat(121), source: "x".repeat(501), extra: 1 }],
        "HOST-01": [{ ...item, source: "a\nb" }, { ...item, quote: "\u202Eevil" }],
        "ZZZ-01": [item],
      };
      expect(fieldIssuesOf(doc({ schemaVersion: 2, evidence: bad })).map((i) => `${i.field}:${i.code}`)).toEqual([
        "evidence.COM-01.0.quote:unsafe_text",
        "evidence.COM-01.1.kind:invalid_value",
        "evidence.COM-01.2.source:too_small",
        "evidence.COM-01.3.date:invalid_format",
        "evidence.COM-02.0.source:too_big",
        "evidence.COM-02.0.by:too_big",
        "evidence.COM-02.0.extra:unknown_field",
        "evidence.HOST-01.0.source:unsafe_text",
        "evidence.HOST-01.1.quote:unsafe_text",
        "evidence.ZZZ-01:unknown_field",
      ]);
    });

    it("takes at most 5 sources per answer and a quote of at most 2,000 characters", () => {
      expect(fieldIssuesOf(doc({ schemaVersion: 2, evidence: { "COM-01": Array(5).fill(item) } }))).toEqual([]);
      expect(fieldIssuesOf(doc({ schemaVersion: 2, evidence: { "COM-01": Array(6).fill(item) } })).map((i) => `${i.field}:${i.code}`)).toEqual(["evidence.COM-01:too_big"]);
      expect(fieldIssuesOf(doc({ schemaVersion: 2, evidence: { "COM-01": [{ ...item, quote: "x".repeat(2000) }] } }))).toEqual([]);
      expect(fieldIssuesOf(doc({ schemaVersion: 2, evidence: { "COM-01": [{ ...item, quote: "x".repeat(2001) }] } })).map((i) => i.field)).toEqual(["evidence.COM-01.0.quote"]);
    });

    it("drops an empty list of sources", () => {
      expect(ZAnswersDocumentSchema.parse(doc({ schemaVersion: 2, evidence: { "COM-01": [] } })).evidence).toEqual({});
    });
  });
});

describe("a decision's reasons and the DPO's name and opinion", () => {
  const refusal = (over: Record<string, unknown> = {}) => ({
    outcome: "refuse",
    date: "2026-11-20",
    by: { name: "Mme Durand" },
    dpd: { consulted: true, name: " M. Martin ", favourable: false },
    ...over,
  });

  it("keeps the reasons, the DPO's name and whether the opinion is favourable; drops them with no consultation", () => {
    const parsed = ZAnswersDocumentSchema.parse(doc({ decision: refusal({ reason: " Pas de contrat. " }) }));
    expect(parsed.decision).toMatchObject({ reason: "Pas de contrat.", dpd: { consulted: true, name: "M. Martin", favourable: false } });
    expect(ZAnswersDocumentSchema.parse(doc({ decision: refusal({ dpd: { consulted: false, name: "x", favourable: true } }) })).decision?.dpd).toEqual({ consulted: false });
    expect(fieldIssuesOf(doc({ decision: refusal({ dpd: { consulted: true, favourable: "yes" } }) })).map((i) => i.field)).toEqual(["decision.dpd.favourable"]);
  });

  it("reads a refusal saved without reasons, but a new one must give them (decision.reason)", () => {
    expect(fieldIssuesOf(doc({ decision: refusal() }))).toEqual([]);
    const stored = ZAnswersDocumentSchema.parse(doc({ decision: refusal() })).decision;
    expect(refusalReasonIssue(stored)).toEqual({ field: "decision.reason", code: "too_small" });
    expect(refusalReasonIssue(stored, stored)).toBeNull();
    const fresh = ZNewDecisionSchema.safeParse(refusal());
    expect(fresh.success ? [] : toFieldIssues(fresh.error).map((i) => [i.field, i.code])).toEqual([["reason", "too_small"]]);
    expect(ZNewDecisionSchema.safeParse(refusal({ reason: "Pas de contrat." })).success).toBe(true);
    expect(ZNewDecisionSchema.safeParse(refusal({ outcome: "authorise" })).success).toBe(true);
  });
});
