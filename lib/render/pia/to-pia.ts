import { answerKey, CONTEXT, dpiaCriterionKey, remediationKey, RULES, ruleKey, severityKey, UNKNOWN, verdictKey, type TContextQuestion, type TRule } from "@/lib/domain/catalogue";
import type { TEvaluation } from "@/lib/domain/engine/types";
import { clauseSeparator, formatDate } from "@/lib/i18n/format";
import type { TTranslate } from "@/lib/i18n/translator";
import type { TAnswersDocument, TDecision } from "@/lib/domain/schema";
import { piaSources } from "./evidence";
import { PIA_MEASURE_RULES, PIA_QUESTIONS, PIA_RISK_CONTROLS } from "./mapping";
import type { TPiaAnswer, TPiaExport, TPiaMeasure } from "./types";

export interface TPiaSource {
  document: TAnswersDocument;
  evaluation: TEvaluation;
  createdAt: string;
  evaluatedAt: string;
}

const QUESTIONS = new Map<string, TRule | TContextQuestion>([...CONTEXT, ...RULES].map((q) => [q.id, q]));

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraph = (s: string) => `<p>${escapeHtml(s)}</p>`;

/** One answer, as the PIA tool writes a text answer. */
const textAnswer = (reference_to: number, html: string, created_at: string): TPiaAnswer => ({
  reference_to,
  data: { text: html, gauge: null, list: [] },
  created_at,
});

const listAnswer = (reference_to: number, list: string[], created_at: string): TPiaAnswer => ({
  reference_to,
  data: { text: null, gauge: null, list },
  created_at,
});

/** "Question — answer", then what to do when the answer carries a risk or is unknown. */
function answerLine(t: TTranslate, source: TPiaSource, id: string): string {
  const question = QUESTIONS.get(id);
  if (question === undefined) return "";
  const value = (source.document.answers as Record<string, string | undefined>)[id] ?? UNKNOWN;
  const notApplicable = source.evaluation.domains.some((d) => d.notApplicable.includes(id));
  const label = notApplicable ? t("PiaExport.notApplicable") : t(answerKey(question, value));
  const finding = source.evaluation.findings.find((f) => f.ruleId === id);
  let follow = "";
  if (finding !== undefined && !notApplicable && "who" in question) {
    follow = finding.unknown
      ? t("PiaExport.toCheck", { question: t(ruleKey(id, question.who === "V" ? "vendorQuestion" : "schoolAction")) })
      : t("PiaExport.toFix", { severity: t(severityKey(finding.severity)), remediation: t(remediationKey(id, finding.answer, finding.remedy)) });
  }
  const item = `<strong>${escapeHtml(t(ruleKey(id, "question")))}</strong> ${escapeHtml(label)}`;
  return `<li>${item}${follow === "" ? "" : `<br>${escapeHtml(follow)}`}${piaSources(t, source.document, id)}</li>`;
}

const answerList = (t: TTranslate, source: TPiaSource, ids: readonly string[]) =>
  `<ul>${ids.map((id) => answerLine(t, source, id)).join("")}</ul>`;

/** The header of 1.1: what is assessed, by whom, and Vigie's verdict. */
function overview(t: TTranslate, source: TPiaSource): string {
  const { service, school } = source.document;
  const lines = [
    t("PiaExport.service", { service: service.name }),
    ...(service.vendor === undefined ? [] : [t("PiaExport.vendor", { vendor: service.vendor })]),
    ...(service.url === undefined ? [] : [t("PiaExport.url", { url: service.url })]),
    ...(school?.name === undefined ? [] : [t("PiaExport.school", { school: school.name })]),
    t("PiaExport.verdict", {
      verdict: t(verdictKey(source.evaluation.verdict, "label", source.evaluation.basis)),
      catalogueVersion: source.evaluation.catalogueVersion,
      date: formatDate(t.locale, source.evaluatedAt),
    }),
    ...(source.document.decision === undefined ? [] : decisionLines(t, source)),
    t("PiaExport.source"),
  ];
  return lines.map(paragraph).join("");
}

/** "[to be completed: what]", as the documents write a blank. */
const blank = (t: TTranslate, what: string) => t("Documents.common.blank", { what });

/**
 * The head of 2.1.2: art. 6(1)(e) with the Code de l'éducation for a public school, a blank for a
 * private one or an unknown kind, and a condition of art. 9(2) to complete when special categories
 * are processed (MIN-03 health or disability, MIN-09 biometrics).
 */
function legalBasis(t: TTranslate, source: TPiaSource): string {
  const answers = source.document.answers as Record<string, string | undefined>;
  const kind = answers["CTX-04"] === "public" ? "public" : answers["CTX-04"] === "private" ? "private" : "unknown";
  const lines = [
    kind === "public" ? t("Documents.legalBasis.public") : blank(t, t(`Documents.legalBasis.${kind}`)),
    ...(answers["MIN-03"] === "yes" || answers["MIN-09"] === "yes" ? [t("Documents.registerEntry.specialBasis", { blank: blank(t, t("Documents.registerEntry.specialBasisWhat")) })] : []),
  ];
  return lines.map(paragraph).join("");
}

/** True when a decision recorded after a DPIA carried out (ACC-05 done) can validate it in the tool. */
const dpiaDone = (source: TPiaSource) => (source.document.answers as Record<string, string | undefined>)["ACC-05"] === "done";

function dpiaLine(t: TTranslate, evaluation: TEvaluation): string {
  const labels = (ids: readonly string[]) => ids.map((c) => t(dpiaCriterionKey(c, "label"))).join(", ");
  const { criteria, unknown } = evaluation.dpia;
  const met = criteria.length === 0 ? t("PiaExport.dpiaNone") : t("PiaExport.dpia", { criteria: labels(criteria) });
  return paragraph(unknown.length === 0 ? met : `${met} ${t("PiaExport.dpiaUnknown", { criteria: labels(unknown) })}`);
}

const byLine = (t: TTranslate, by: TDecision["by"]) => (by.role === undefined ? by.name : t("PiaExport.validator", { name: by.name, role: by.role }));

/**
 * The decision as 1.1 states it: outcome, date and who; its conditions or reasons; and, when no
 * DPIA was carried out, that the decision does not validate one.
 */
function decisionLines(t: TTranslate, source: TPiaSource): string[] {
  const decision = source.document.decision;
  if (decision === undefined) return [];
  return [
    t("PiaExport.decision", { outcome: t(`Decision.outcomes.${decision.outcome}`), date: formatDate(t.locale, decision.date), by: byLine(t, decision.by) }),
    ...(decision.conditions === undefined || decision.conditions.length === 0
      ? []
      : [t("PiaExport.decisionConditions", { conditions: decision.conditions.join(clauseSeparator(t.locale)) })]),
    ...(decision.reason === undefined ? [] : [t("PiaExport.decisionReason", { reason: decision.reason })]),
    ...(dpiaDone(source) ? [] : [t("PiaExport.notValidated")]),
  ];
}

/**
 * What the answers establish about a measure: in place (the protective answer), missing (the
 * answer carries a risk: a measure to plan), unknown (to check), or not applicable here.
 */
export type TMeasureState = "existing" | "planned" | "toCheck" | "notApplicable";

export function measureState(source: TPiaSource, id: string): TMeasureState {
  if (source.evaluation.domains.some((d) => d.notApplicable.includes(id))) return "notApplicable";
  const value = (source.document.answers as Record<string, string | undefined>)[id] ?? UNKNOWN;
  if (value === UNKNOWN) return "toCheck";
  const question = QUESTIONS.get(id);
  return question !== undefined && "risky" in question && Object.hasOwn(question.risky, value) ? "planned" : "existing";
}

/**
 * The security answers as 3.1 measures (ids start at 1). The PIA tool counts any measure with a
 * title as in place, so only an established one keeps its plain title; a missing one is titled
 * "Planned: …" and an unknown one "To be checked: …", so that the DPD evaluates them in 3.1 and
 * they reach the tool's action plan (4.2). A measure that does not apply is left out.
 */
function measures(t: TTranslate, source: TPiaSource, at: string): TPiaMeasure[] {
  return PIA_MEASURE_RULES.flatMap((id) => {
    const state = measureState(source, id);
    if (state === "notApplicable") return [];
    const title = t(`PiaExport.measures.${id}`);
    return [{ title: state === "existing" ? title : t(`PiaExport.measureState.${state}`, { title }), content: `<ul>${answerLine(t, source, id)}</ul>` }];
  }).map((m, i) => ({ id: i + 1, ...m, placeholder: "measures.default_placeholder", created_at: at }));
}

/**
 * The PIA tool's validation (4.4) and DPO opinion (4.3) fields, from the controller's decision. A
 * decision to use the service validates the DPIA (status 2) only when the DPIA was carried out
 * (ACC-05 done): an authorisation without a DPIA leaves the PIA in progress (0), so the tool's DPO
 * form stays open. A refusal is status 1 with its reasons. The conditions are never "adjustments"
 * (the tool's words for changes after a refusal): they are stated in 1.1.
 */
function validation(t: TTranslate, source: TPiaSource) {
  const decision = source.document.decision;
  if (decision === undefined) {
    return { status: 0, validator_name: "", dpos_names: null, dpo_status: null, dpo_opinion: null, rejection_reason: "", applied_adjustments: "" };
  }
  const date = (d: string) => formatDate(t.locale, d);
  const { dpd } = decision;
  const opinion = !dpd.consulted
    ? t("PiaExport.dpoNotConsulted")
    : dpd.opinion !== undefined
      ? dpd.date === undefined
        ? t("PiaExport.dpoOpinionNoDate", { opinion: dpd.opinion })
        : t("PiaExport.dpoOpinion", { date: date(dpd.date), opinion: dpd.opinion })
      : dpd.date === undefined
        ? t("PiaExport.dpoNoOpinionNoDate")
        : t("PiaExport.dpoNoOpinion", { date: date(dpd.date) });
  // pia-format: 1 refused, 2 simple validation (3, "signed", needs the signed paper in the tool).
  const status = decision.outcome === "refuse" ? 1 : dpiaDone(source) ? 2 : 0;
  return {
    status,
    validator_name: status === 0 ? "" : byLine(t, decision.by),
    dpos_names: dpd.consulted ? (dpd.name ?? null) : null,
    // pia-format: dpo_status 1 favourable (OK), 0 unfavourable (NOK).
    dpo_status: dpd.consulted && dpd.favourable !== undefined ? (dpd.favourable ? 1 : 0) : null,
    dpo_opinion: opinion,
    rejection_reason:
      decision.outcome !== "refuse"
        ? ""
        : decision.reason === undefined
          ? t("PiaExport.rejectionNoReason", { date: date(decision.date) })
          : t("PiaExport.rejection", { date: date(decision.date), reason: decision.reason }),
    applied_adjustments: "",
  };
}

/**
 * Maps a Vigie assessment to the JSON the CNIL PIA tool imports, in the language of `t`:
 * text answers for sections 1 and 2 (numeric `reference_to`), the security answers as measures,
 * the existing measures in the 3.2–3.4 controls lists, every pia field given, `evaluations: []`.
 * Gauges, risks and evaluations are left to the DPD, who continues the DPIA in the tool.
 */
export function toPiaExport(source: TPiaSource, t: TTranslate): TPiaExport {
  const at = source.evaluatedAt;
  const { document } = source;
  const answers: TPiaAnswer[] = Object.entries(PIA_QUESTIONS).map(([ref, ids]) => {
    const head =
      ref === "111"
        ? overview(t, source)
        : ref === "113"
          ? dpiaLine(t, source.evaluation)
          : ref === "211"
            ? paragraph(t("PiaExport.purpose", { blank: blank(t, t("Documents.familyNotice.purposeWhat")) }))
            : ref === "212"
              ? legalBasis(t, source)
              : "";
    return textAnswer(Number(ref), head + answerList(t, source, ids), at);
  });
  const measureList = measures(t, source, at);
  const existing = (id: string) => measureState(source, id) === "existing";
  for (const [ref, ids] of Object.entries(PIA_RISK_CONTROLS)) {
    const titles = ids.filter(existing).map((id) => t(`PiaExport.measures.${id}`));
    if (titles.length > 0) answers.push(listAnswer(Number(ref), titles, at));
  }
  const name = document.school?.name === undefined ? document.service.name : `${document.service.name} – ${document.school.name}`;
  const v = validation(t, source);
  return {
    pia: {
      name,
      status: v.status,
      category: t("PiaExport.category"),
      created_at: source.createdAt,
      updated_at: at,
      author_name: document.assessor?.name ?? "",
      evaluator_name: "",
      validator_name: v.validator_name,
      dpos_names: v.dpos_names,
      dpo_status: v.dpo_status,
      dpo_opinion: v.dpo_opinion,
      people_names: null,
      concerned_people_status: null,
      concerned_people_opinion: null,
      concerned_people_searched_opinion: null,
      concerned_people_searched_content: null,
      rejection_reason: v.rejection_reason,
      applied_adjustments: v.applied_adjustments,
      structure_id: null,
    },
    answers,
    measures: measureList,
    evaluations: [],
    comments: [],
  };
}
