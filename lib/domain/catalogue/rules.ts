import type { TSourceId } from "./sources";
import type { TContextQuestion, TDomain, TReference, TRule, TRuleCondition } from "./types";
import { YES_NO } from "./types";

type TRefParts = Omit<TReference, "source">;
const ref = (source: TSourceId, ...articles: string[]): TReference =>
  articles.length > 0 ? { source, articles } : { source };
const refWith = (source: TSourceId, parts: TRefParts): TReference => ({ source, ...parts });

const MINORS = { rule: "CTX-01", in: ["primary", "college", "lycee"] } as const satisfies TRuleCondition;
const STAFF_ONLY = { rule: "CTX-02", in: ["staff"] } as const satisfies TRuleCondition;
const DPIA_REQUIRED = { dpia: "required" } as const;
/** The answers establish a type of the CNIL's list: the DPIA is mandatory. */
const DPIA_LISTED = { dpiaListed: true } as const;
/** The AI questions are asked when the service uses AI, or when nobody knows yet. */
const USES_AI = { rule: "AI-01", in: ["yes", "unknown"] } as const satisfies TRuleCondition;

/** AI Act dates, as amended (rules.md, AI); the ones the Digital Omnibus set name it (`appliesFromSetBy`). */
const AI_ACT_PROHIBITIONS = "2025-02-02";
const AI_ACT_TRANSPARENCY = "2026-08-02";
const AI_ACT_NEW_BAN = "2026-12-02";
const AI_ACT_HIGH_RISK = "2027-12-02";

export const CONTEXT = [
  { id: "CTX-01", options: ["primary", "college", "lycee", "adult"] },
  { id: "CTX-02", options: ["pupils", "staff", "families"] },
  { id: "CTX-03", options: ["class", "school", "multi"] },
  { id: "CTX-04", options: ["public", "private"] },
] as const satisfies readonly TContextQuestion[];

export const DOMAINS = [
  {
    id: "COM",
    rules: [
      { id: "COM-01", who: "V", options: YES_NO, risky: { no: "BLOCK" }, references: [ref("cnil-2017"), ref("gdpr", "5(1)(b)", "28(3)(a)")] },
      {
        id: "COM-02", who: "V", options: ["none", "contextual", "targeted"], risky: { contextual: "HIGH", targeted: "BLOCK" },
        references: [ref("circular-2001-053"), ref("ce-molinier-2002"), ref("gdpr", "21(2)"), ref("dsa", "28(2)", "19")],
      },
      {
        id: "COM-03", who: "V", options: YES_NO, risky: { yes: "BLOCK" },
        references: [ref("gdpr", "5(1)(b)", "21(2)"), refWith("gdpr", { recitals: ["38", "71"] }), ref("cnil-children-2021")],
      },
      { id: "COM-04", who: "V", options: YES_NO, risky: { yes: "BLOCK" }, references: [ref("gdpr", "5(1)(b)", "28(3)(a)", "28(10)")] },
      { id: "COM-05", who: "V", options: YES_NO, risky: { yes: "HIGH" }, references: [ref("lil", "82"), ref("cnil-cookies-2020")] },
      { id: "COM-06", who: "S", options: YES_NO, risky: { yes: "HIGH" }, references: [ref("gdpr", "5(1)(b)"), ref("cnil-2017")] },
      { id: "COM-07", who: "S", options: YES_NO, risky: { yes: "MEDIUM" }, references: [ref("gdpr", "28(3)"), ref("written-question-971")] },
    ],
  },
  {
    id: "HOST",
    rules: [
      { id: "HOST-01", who: "V", options: ["france", "eu", "adequate", "us", "other"], risky: { adequate: "LOW" }, unknown: "HIGH", references: [ref("gdpr", "44", "45"), ref("cnil-2017")] },
      { id: "HOST-02", who: "V", options: YES_NO, risky: { yes: "MEDIUM" }, references: [ref("gdpr", "44"), ref("edpb-01-2020")] },
      {
        id: "HOST-03", who: "V", options: ["not_applicable", "dpf", "scc_tia", "none"],
        risky: { dpf: "MEDIUM", scc_tia: "MEDIUM", none: "BLOCK" },
        remedies: ["dpf", "scc_tia", "none"],
        unknownAnswers: ["not_applicable"],
        askedWhen: [{ rule: "HOST-01", in: ["us", "other", "unknown"] }, { rule: "HOST-02", in: ["yes", "unknown"] }],
        references: [
          ref("gdpr", "45"),
          ref("decision-2023-1795"),
          ref("general-court-t-553-23"),
          ref("appeal-c-703-25"),
          ref("gdpr", "46"),
          ref("decision-2021-914"),
          ref("cjeu-c-311-18"),
          ref("edpb-05-2021"),
        ],
      },
      { id: "HOST-04", who: "V", options: YES_NO, risky: { yes: "HIGH" }, references: [ref("cnil-universities-2021"), ref("circular-6282"), ref("circular-6404")] },
      { id: "HOST-05", who: "V", options: YES_NO, risky: { no: "LOW" }, references: [ref("secnumcloud"), ref("circular-6404")] },
      { id: "HOST-06", who: "S", options: YES_NO, risky: { yes: "HIGH" }, kindOfService: true, references: [ref("written-question-971"), ref("dinum-2021")] },
      {
        id: "HOST-07", who: "V", options: YES_NO,
        risky: { no: { cases: [{ when: { rule: "HOST-04", in: ["yes"] }, severity: "MEDIUM" }], otherwise: "LOW" } },
        references: [ref("edpb-01-2020")],
      },
    ],
  },
  {
    id: "SEC",
    rules: [
      { id: "SEC-01", who: "V", options: YES_NO, risky: { no: "BLOCK" }, references: [ref("gdpr", "32"), ref("cnil-security-guide")] },
      { id: "SEC-02", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "32(1)(a)")] },
      { id: "SEC-03", who: "S", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "32"), ref("cnil-passwords-2022")] },
      { id: "SEC-04", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "32")] },
      { id: "SEC-05", who: "V", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "32(4)")] },
      { id: "SEC-06", who: "V", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "28(3)(f)", "33", "34")] },
      { id: "SEC-07", who: "V", options: YES_NO, risky: { no: "LOW" }, references: [ref("gdpr", "32(1)(c)", "32(1)(d)")] },
    ],
  },
  {
    id: "RIG",
    rules: [
      { id: "RIG-01", who: "V", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "12(3)", "15")] },
      { id: "RIG-02", who: "V", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "16", "17")] },
      { id: "RIG-03", who: "S", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "21"), refWith("gdpr", { recitals: ["26"] })] },
      { id: "RIG-04", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "12(1)"), ref("cnil-children-2021")] },
      { id: "RIG-05", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "28(3)(e)")] },
      { id: "RIG-06", who: "V", options: YES_NO, risky: { yes: "HIGH" }, references: [ref("gdpr", "22"), ref("lil", "47")] },
      { id: "RIG-07", who: "S", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "25")] },
    ],
  },
  {
    id: "ACC",
    rules: [
      { id: "ACC-01", who: "V", options: YES_NO, risky: { no: "BLOCK" }, references: [ref("gdpr", "28(3)")] },
      { id: "ACC-02", who: "V", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "28(2)", "28(4)")] },
      { id: "ACC-03", who: "S", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "30")] },
      { id: "ACC-04", who: "S", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "38", "39")] },
      {
        id: "ACC-05", who: "S", options: ["not_required", "done", "not_done"],
        // Scored only while the indicator says required; while it is undetermined, anything but "done" is a school action.
        // For a type of the CNIL's list, "not required" cannot be set aside in writing: its own remedy says so.
        risky: {
          not_done: { cases: [{ when: DPIA_REQUIRED, severity: "HIGH" }], otherwise: null },
          not_required: {
            cases: [
              { when: DPIA_LISTED, severity: "HIGH", remedy: "not_required_listed" },
              { when: DPIA_REQUIRED, severity: "HIGH" },
            ],
            otherwise: null,
          },
        },
        remedies: ["not_done", "not_required"],
        followUp: { when: { dpia: "undetermined" }, unless: ["done"] },
        references: [ref("gdpr", "35"), ref("cnil-2018-327"), ref("wp248")],
      },
      { id: "ACC-06", who: "S", options: YES_NO, risky: { yes: "MEDIUM" }, references: [ref("daj-2017")] },
      { id: "ACC-07", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "28(3)", "37(1)", "3(2)", "27"), ref("edpb-03-2018")] },
    ],
  },
  {
    id: "INF",
    rules: [
      { id: "INF-01", who: "S", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "13", "14")] },
      { id: "INF-02", who: "S", options: YES_NO, risky: { no: "LOW" }, references: [ref("code-education", "D. 411-2", "L. 421-4")] },
      {
        id: "INF-03", who: "S", options: ["not_needed", "collected", "not_collected"],
        risky: { not_collected: { cases: [{ when: MINORS, severity: "BLOCK" }], otherwise: "HIGH" } },
        references: [ref("gdpr", "6(1)(a)", "7"), ref("code-civil", "9", "372-1"), ref("loi-2024-120"), ref("gdpr", "8"), ref("lil", "45")],
      },
      { id: "INF-04", who: "V", options: YES_NO, risky: { yes: "HIGH" }, references: [ref("gdpr", "8")] },
    ],
  },
  {
    id: "MIN",
    rules: [
      { id: "MIN-01", who: "V", options: ["opaque", "first_name", "full_name", "full_plus"], risky: { full_name: "LOW", full_plus: "MEDIUM" }, references: [ref("gdpr", "5(1)(c)"), ref("arrete-gar")] },
      {
        id: "MIN-02", who: "S", options: ["none", "filtered", "whole"], risky: { whole: "HIGH" },
        references: [ref("gdpr", "5(1)(c)"), ref("arrete-gar", "1"), refWith("dne-2017", { role: "history" })],
      },
      { id: "MIN-03", who: "S", options: YES_NO, risky: { yes: "HIGH" }, references: [ref("gdpr", "9"), ref("cnil-2018-327")] },
      { id: "MIN-04", who: "V", options: YES_NO, risky: { yes: "MEDIUM" }, references: [ref("gdpr", "5(1)(c)", "25")] },
      { id: "MIN-05", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "5(1)(e)")] },
      { id: "MIN-06", who: "V", options: YES_NO, risky: { no: "HIGH" }, references: [ref("gdpr", "28(3)(g)")] },
      { id: "MIN-07", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, references: [ref("gdpr", "28(3)(g)"), ref("data-act", "23–31")] },
      { id: "MIN-08", who: "S", options: YES_NO, risky: { yes: "LOW" }, references: [ref("arrete-gar")] },
      {
        id: "MIN-09", who: "V", options: YES_NO,
        risky: { yes: { cases: [{ when: STAFF_ONLY, severity: "HIGH" }], otherwise: "BLOCK" } },
        references: [ref("gdpr", "9"), ref("cnil-facial-recognition-2019"), ref("cnil-2019-001"), ref("cnil-2018-327")],
      },
    ],
  },
  {
    id: "AI",
    rules: [
      {
        id: "AI-01", who: "V", options: YES_NO, risky: {}, gate: true,
        followUp: { unless: YES_NO },
        references: [ref("ai-act", "3(1)"), ref("cadre-ia-education")],
      },
      {
        id: "AI-02", who: "V", options: YES_NO, risky: { yes: "HIGH" }, askedWhen: [USES_AI], appliesFrom: AI_ACT_HIGH_RISK, appliesFromSetBy: "ai-omnibus",
        references: [refWith("ai-act", { annex: "III(3)(a)–(d)" }), ref("ai-act", "6", "26", "27", "86"), ref("gdpr", "22")],
      },
      {
        id: "AI-03", who: "V", options: YES_NO, risky: { yes: "BLOCK" }, prohibited: ["yes"], askedWhen: [USES_AI], appliesFrom: AI_ACT_PROHIBITIONS,
        references: [ref("ai-act", "5(1)(f)", "3(39)"), refWith("ai-act", { recitals: ["18"] })],
      },
      {
        id: "AI-04", who: "V", options: YES_NO, risky: { no: "MEDIUM" }, askedWhen: [USES_AI], appliesFrom: AI_ACT_TRANSPARENCY,
        references: [ref("ai-act", "50")],
      },
      {
        id: "AI-05", who: "V", options: YES_NO, risky: { no: "HIGH" }, askedWhen: [USES_AI],
        references: [ref("gdpr", "28(2)", "28(4)", "5(1)(b)"), ref("cadre-ia-education")],
      },
      {
        id: "AI-06", who: "S", options: YES_NO, risky: { yes: "HIGH" },
        askedWhen: [{ all: [USES_AI, { rule: "CTX-01", in: ["primary", "college", "unknown"] }] }],
        references: [ref("cadre-ia-education")],
      },
      {
        id: "AI-07", who: "S", options: YES_NO, risky: { no: "HIGH" },
        askedWhen: [{ all: [USES_AI, { rule: "AI-02", in: ["yes", "unknown"] }] }], appliesFrom: AI_ACT_HIGH_RISK, appliesFromSetBy: "ai-omnibus",
        references: [ref("ai-act", "14", "26(2)"), ref("gdpr", "22")],
      },
      {
        id: "AI-08", who: "S", options: YES_NO, risky: { no: "LOW" }, askedWhen: [USES_AI], appliesFrom: AI_ACT_PROHIBITIONS,
        references: [ref("ai-act", "4"), ref("ai-omnibus")],
      },
      {
        id: "AI-09", who: "V", options: ["not_applicable", "yes", "no"], risky: { no: "BLOCK" }, prohibited: ["no"], askedWhen: [USES_AI], appliesFrom: AI_ACT_NEW_BAN, appliesFromSetBy: "ai-omnibus",
        references: [ref("ai-act", "5"), ref("ai-omnibus"), ref("code-penal", "226-8-1")],
      },
    ],
  },
] as const satisfies readonly TDomain[];

/** Every rule, in catalogue order (gates included: they are questions, not scored). */
export const RULES: readonly TRule[] = (DOMAINS as readonly TDomain[]).flatMap((d) => d.rules);

export type TDomainId = (typeof DOMAINS)[number]["id"];
export type TRuleId = (typeof DOMAINS)[number]["rules"][number]["id"];
export type TContextId = (typeof CONTEXT)[number]["id"];
export type TQuestionId = TRuleId | TContextId;
