import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { EXAMPLE_FILES, loadExample } from "@/lib/testing/examples";
import { CATALOGUE, RULES } from "./catalogue";
import { conditionKey } from "./catalogue/message-keys";
import { evaluate, type TCondition } from "./engine";
import { ZDecisionSchema } from "./schema";
import { DECISION_CONDITIONS_MAX, DECISION_TEXT_MAX } from "./schema/document-shape";
import {
  BLOCK_UNKNOWN_CONDITION_KEY,
  conditionLines,
  conditionsLimitIssue,
  decisionConditions,
  VENDOR_ANSWERS_CONDITION_KEY,
} from "./decision-conditions";

type TTree = { readonly [key: string]: string | TTree };
const LOCALES = { fr: fr as TTree, en: en as TTree };
const textOf = (tree: TTree, key: string): unknown => key.split(".").reduce<unknown>((node, k) => (node as TTree | undefined)?.[k], tree);

const evaluationOf = (name: (typeof EXAMPLE_FILES)[number]) => evaluate(loadExample(name).answers, CATALOGUE);
const remediation = (ruleId: string): TCondition => ({ kind: "remediation", ruleId, severity: "HIGH", answer: "no" });
const vendorQuestion = (ruleId: string): TCondition => ({ kind: "vendorQuestion", ruleId, severity: "HIGH" });
const vendorQuestionKeys = new Set(RULES.map((r) => `Rules.${r.id}.vendorQuestion`));

describe("the engine's conditions copied into the decision", () => {
  it.each(EXAMPLE_FILES)("for %s: the remedies (ACC-06's left out), the blocking unknowns, and the vendor's questions as one condition", (name) => {
    const e = evaluationOf(name);
    const { keys, omitted } = decisionConditions(e.conditions);
    const remedies = e.conditions.filter((c) => c.kind === "remediation" && c.ruleId !== "ACC-06").map((c) => conditionKey(c as TCondition & { kind: "remediation" }));
    const hasVendorQuestions = e.conditions.some((c) => c.kind === "vendorQuestion");
    expect(keys.filter((k) => k.startsWith("Rules."))).toEqual(remedies);
    expect(keys.filter((k) => vendorQuestionKeys.has(k))).toEqual([]);
    expect(keys.filter((k) => k === VENDOR_ANSWERS_CONDITION_KEY).length).toBeLessThanOrEqual(1);
    expect(keys.includes(BLOCK_UNKNOWN_CONDITION_KEY)).toBe(e.conditions.some((c) => c.kind === "blockUnknown"));
    if (!e.conditions.some((c) => c.kind === "blockUnknown")) expect(keys.includes(VENDOR_ANSWERS_CONDITION_KEY)).toBe(hasVendorQuestions);
    expect(omitted).toBe(0);
    // What is copied can be saved: within the limits, in every locale.
    for (const [locale, tree] of Object.entries(LOCALES)) {
      const lines = keys.map((k) => textOf(tree, k));
      expect(lines.every((l) => typeof l === "string" && l !== ""), locale).toBe(true);
      expect(conditionsLimitIssue(lines as string[]), locale).toBeNull();
    }
  });

  it("copies far fewer lines than the engine lists when the vendor has many questions", () => {
    const e = evaluationOf("free-consumer-quiz");
    const vendorQuestions = e.conditions.filter((c) => c.kind === "vendorQuestion").length;
    expect(vendorQuestions).toBeGreaterThan(1);
    expect(decisionConditions(e.conditions).keys.length).toBe(e.conditions.length - vendorQuestions + 1 - e.conditions.filter((c) => c.kind === "remediation" && c.ruleId === "ACC-06").length);
  });

  it("leaves the vendor's answers out when the blocking unknowns' condition covers every question", () => {
    const covered = decisionConditions([{ kind: "blockUnknown", ruleIds: ["HOST-02", "SEC-01"] }, remediation("HOST-04"), vendorQuestion("HOST-02"), vendorQuestion("SEC-01")]);
    expect(covered.keys).toEqual([BLOCK_UNKNOWN_CONDITION_KEY, conditionKey({ kind: "remediation", ruleId: "HOST-04", answer: "no" })]);
    const other = decisionConditions([{ kind: "blockUnknown", ruleIds: ["HOST-02"] }, vendorQuestion("HOST-02"), vendorQuestion("SEC-01")]);
    expect(other.keys).toEqual([BLOCK_UNKNOWN_CONDITION_KEY, VENDOR_ANSWERS_CONDITION_KEY]);
  });

  it("keeps at most the decision's limit, worst first, with the vendor's answers last, and counts what it leaves out", () => {
    const many = RULES.slice(0, DECISION_CONDITIONS_MAX + 5).map((r) => remediation(r.id));
    expect(many.length).toBe(DECISION_CONDITIONS_MAX + 5);
    const capped = decisionConditions([...many, vendorQuestion("SEC-01")]);
    expect(capped.keys.length).toBe(DECISION_CONDITIONS_MAX);
    expect(capped.keys.at(-1)).toBe(VENDOR_ANSWERS_CONDITION_KEY);
    expect(capped.keys[0]).toBe(conditionKey(many[0] as TCondition & { kind: "remediation" }));
    const left = many.filter((c) => c.kind === "remediation" && c.ruleId !== "ACC-06").length - (DECISION_CONDITIONS_MAX - 1);
    expect(capped.omitted).toBe(left);
  });

  it("every remedy a decision may copy fits a condition's length, in every locale", () => {
    for (const [locale, tree] of Object.entries(LOCALES)) {
      for (const r of RULES) {
        const node = textOf(tree, `Rules.${r.id}`) as TTree;
        const texts = [node.remediation, ...Object.values((node.remediations as TTree | undefined) ?? {})].filter((x) => x !== undefined);
        for (const text of texts) expect(typeof text === "string" && text.length <= DECISION_TEXT_MAX, `${locale} ${r.id}`).toBe(true);
      }
      for (const key of [BLOCK_UNKNOWN_CONDITION_KEY, VENDOR_ANSWERS_CONDITION_KEY]) expect((textOf(tree, key) as string).length).toBeLessThanOrEqual(DECISION_TEXT_MAX);
    }
  });
});

describe("the decision's conditions and their limits", () => {
  it("reads one condition a line, trimmed, blank lines left out", () => {
    expect(conditionLines("  a \n\n b\n   \nc")).toEqual(["a", "b", "c"]);
  });

  it("names the limit passed: too many conditions, or which condition is too long", () => {
    const line = (n: number) => `condition ${n}`;
    const atMost = Array.from({ length: DECISION_CONDITIONS_MAX }, (_, i) => line(i));
    expect(conditionsLimitIssue(atMost)).toBeNull();
    expect(conditionsLimitIssue([...atMost, "one more"])).toEqual({ kind: "tooMany", count: DECISION_CONDITIONS_MAX + 1, max: DECISION_CONDITIONS_MAX });
    expect(conditionsLimitIssue(["a", "b", "x".repeat(DECISION_TEXT_MAX)])).toBeNull();
    expect(conditionsLimitIssue(["a", "b", "x".repeat(DECISION_TEXT_MAX + 1), "y".repeat(DECISION_TEXT_MAX + 9)])).toEqual({
      kind: "tooLong",
      line: 3,
      length: DECISION_TEXT_MAX + 1,
      max: DECISION_TEXT_MAX,
    });
  });

  it("passes a limit exactly when the decision's schema refuses the conditions", () => {
    const decision = (conditions: string[]) => ({ outcome: "conditions", date: "2026-11-20", by: { name: "A" }, conditions, dpd: { consulted: false } });
    const cases = [
      Array.from({ length: DECISION_CONDITIONS_MAX }, () => "c"),
      Array.from({ length: DECISION_CONDITIONS_MAX + 1 }, () => "c"),
      ["a", "x".repeat(DECISION_TEXT_MAX)],
      ["a", "x".repeat(DECISION_TEXT_MAX + 1)],
    ];
    for (const conditions of cases) expect(ZDecisionSchema.safeParse(decision(conditions)).success).toBe(conditionsLimitIssue(conditions) === null);
    expect(cases.map((c) => conditionsLimitIssue(c)?.kind ?? null)).toEqual([null, "tooMany", null, "tooLong"]);
  });
});
