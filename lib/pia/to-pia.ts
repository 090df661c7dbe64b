import { answerKey, CONTEXT, dpiaCriterionKey, remediationKey, RULES, ruleKey, severityKey, UNKNOWN, verdictKey, type TContextQuestion, type TRule } from "../catalogue";
import type { TEvaluation } from "../engine/types";
import { formatDate } from "../i18n/format";
import type { TTranslate } from "../i18n/translator";
import type { TAnswersDocument } from "../schema";
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
      : t("PiaExport.toFix", { severity: t(severityKey(finding.severity)), remediation: t(remediationKey(id, finding.answer)) });
  }
  const item = `<strong>${escapeHtml(t(ruleKey(id, "question")))}</strong> ${escapeHtml(label)}`;
  return `<li>${item}${follow === "" ? "" : `<br>${escapeHtml(follow)}`}</li>`;
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
    t("PiaExport.source"),
  ];
  return lines.map(paragraph).join("");
}

function dpiaLine(t: TTranslate, evaluation: TEvaluation): string {
  const labels = (ids: readonly string[]) => ids.map((c) => t(dpiaCriterionKey(c, "label"))).join(", ");
  const { criteria, unknown } = evaluation.dpia;
  const met = criteria.length === 0 ? t("PiaExport.dpiaNone") : t("PiaExport.dpia", { criteria: labels(criteria) });
  return paragraph(unknown.length === 0 ? met : `${met} ${t("PiaExport.dpiaUnknown", { criteria: labels(unknown) })}`);
}

/** The security answers as 3.1 measures; ids start at 1. */
function measures(t: TTranslate, source: TPiaSource, at: string): TPiaMeasure[] {
  return PIA_MEASURE_RULES.map((id, i) => ({
    id: i + 1,
    title: t(`PiaExport.measures.${id}`),
    content: `<ul>${answerLine(t, source, id)}</ul>`,
    placeholder: "measures.default_placeholder",
    created_at: at,
  }));
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
    const head = ref === "111" ? overview(t, source) : ref === "113" ? dpiaLine(t, source.evaluation) : "";
    return textAnswer(Number(ref), head + answerList(t, source, ids), at);
  });
  const measureList = measures(t, source, at);
  const existing = (id: string) => (document.answers as Record<string, string | undefined>)[id] === "yes";
  for (const [ref, ids] of Object.entries(PIA_RISK_CONTROLS)) {
    const titles = ids.filter(existing).map((id) => t(`PiaExport.measures.${id}`));
    if (titles.length > 0) answers.push(listAnswer(Number(ref), titles, at));
  }
  const name = document.school?.name === undefined ? document.service.name : `${document.service.name} – ${document.school.name}`;
  return {
    pia: {
      name,
      status: 0,
      category: t("PiaExport.category"),
      created_at: source.createdAt,
      updated_at: at,
      author_name: document.assessor?.name ?? "",
      evaluator_name: "",
      validator_name: "",
      dpos_names: null,
      dpo_status: null,
      dpo_opinion: null,
      people_names: null,
      concerned_people_status: null,
      concerned_people_opinion: null,
      concerned_people_searched_opinion: null,
      concerned_people_searched_content: null,
      rejection_reason: "",
      applied_adjustments: "",
      structure_id: null,
    },
    answers,
    measures: measureList,
    evaluations: [],
    comments: [],
  };
}
