import { domainKey, domainLabel, domainTone, dpiaMessageOf, modifierKey, verdictKey, verdictSummaryKey } from "@/lib/domain/catalogue";
import { countedApart, findingCounts, firstActions, keyFigures, type TAction } from "@/lib/domain/engine";
import { conditionKey, ruleKey, vendorQuestionKey } from "@/lib/domain/catalogue/message-keys";
import { countedApartItems } from "@/lib/i18n/counted-apart";
import { formatNumber } from "@/lib/i18n/format";
import { formatFraction } from "@/lib/i18n/format-reference";
import type { TSummary } from "../types";
import type { TBuildContext } from "./context";
import { buildConditions, item } from "./conditions";
import { buildReportDecision } from "./decision";
import { sourcingText } from "./evidence";

/** How many of the action plan's items the summary lists. */
export const FIRST_ACTIONS = 5;

/**
 * A parents' association decides nothing: its first actions are what to raise with the school and
 * what to ask, in its own words (as on the result page), never the school's "before any pupil data
 * is sent".
 */
function parentsAction(ctx: TBuildContext, a: TAction): TSummary["firstActions"]["items"][number] {
  const { t } = ctx;
  const base = item(ctx, a);
  if (a.kind === "blockUnknown" || a.kind === "vendorLetter") return base;
  const text =
    a.kind === "schoolAction"
      ? t("ResultPage.ask.school", { question: t(ruleKey(a.ruleId, "question")) })
      : a.kind === "vendorQuestion"
        ? t("ResultPage.ask.vendor", { question: t(vendorQuestionKey(a.ruleId, "parents")) })
        : t("ResultPage.ask.raise", { remediation: t(conditionKey(a)) });
  return { ...base, text };
}

export function buildSummary(ctx: TBuildContext): TSummary {
  const { t, locale, evaluation, catalogue } = ctx;
  const figures = keyFigures(evaluation);
  const n = (x: number) => formatNumber(locale, x);
  const parents = ctx.doc.mode === "parents";
  const actions = parents
    ? firstActions(evaluation, "parents", Number.MAX_SAFE_INTEGER).map((a) => parentsAction(ctx, a))
    : buildConditions(ctx).items;
  const dpiaState = dpiaMessageOf(evaluation.dpia);
  // The unknown answers add up to the questions and checks they yield; the others are said apart.
  const apart = countedApart(evaluation);
  const apartText = countedApartItems(t, locale, apart);
  const rows = evaluation.domains.map((d) => {
    const own = findingCounts(evaluation.findings, d.id);
    return {
      id: d.id,
      title: t(domainKey(d.id, "title")),
      tone: domainTone(d),
      statusLabel: domainLabel(t, d),
      points: d.points,
      max: d.max,
      pointsText: formatFraction(locale, d.points, d.max),
      findingsText: t("Report.summary.findingsCell", { confirmed: own.confirmed, unknown: own.unknown }),
    };
  });
  return {
    heading: t("Report.summary.heading"),
    intro: t("Report.summary.intro"),
    keyFigures: [
      { label: t("Report.summary.figures.confirmed"), value: n(figures.confirmed) },
      { label: t("Report.summary.figures.unknown"), value: n(figures.unknown) },
      { label: t("Report.summary.figures.vendorQuestions"), value: n(figures.vendorQuestions) },
      { label: t("Report.summary.figures.schoolActions"), value: n(figures.schoolActions) },
      {
        label: t("Report.summary.figures.dpia"),
        value: t(`Report.dpia.${dpiaState}`),
      },
    ],
    table: {
      headers: {
        domain: t("Report.summary.headers.domain"),
        status: t("Report.summary.headers.status"),
        points: t("Report.summary.headers.points"),
        findings: t("Report.summary.headers.findings"),
      },
      rows,
    },
    note: t("Report.summary.note"),
    verdict: {
      id: evaluation.verdict,
      heading: t(ctx.doc.mode === "parents" ? "Report.cover.parents.verdictHeading" : "Report.summary.verdictHeading"),
      label: t(verdictKey(evaluation.verdict, "label", evaluation.basis)),
      summary: t(verdictSummaryKey(evaluation.verdict, evaluation.basis, ctx.doc.mode, (evaluation.prohibited?.length ?? 0) > 0, findingCounts(evaluation.findings).confirmed > 0)),
      basis:
        evaluation.basis === "unknowns"
          ? t("Report.summary.basisUnknowns", { confirmed: t(verdictKey(evaluation.confirmedVerdict, "label")) })
          : t("Report.summary.basisAnswers", { confirmed: figures.confirmed }),
    },
    decision: buildReportDecision(ctx),
    firstActions: {
      heading: t("Report.summary.firstActionsHeading"),
      items: actions.slice(0, FIRST_ACTIONS),
      more: actions.length > FIRST_ACTIONS ? t("Report.summary.firstActionsMore", { count: actions.length - FIRST_ACTIONS }) : "",
      empty: t("Report.summary.firstActionsNone"),
    },
    dpia: {
      heading: t("Report.summary.dpiaHeading", { status: t(`Report.dpia.${dpiaState}`) }),
      status: evaluation.dpia.status,
      summary: t(`Dpia.${dpiaState}`, {
        count: evaluation.dpia.criteria.length,
        unknown: evaluation.dpia.unknown.length,
        threshold: catalogue.scoring.dpiaThreshold,
      }),
    },
    sourcing: sourcingText(ctx),
    unknowns: {
      heading: t("Report.summary.unknownHeading"),
      text:
        figures.unknown === 0
          ? t("Report.summary.unknownNone")
          : [
              t("Report.summary.unknownText", {
                count: figures.unknown,
                vendor: figures.vendorQuestions - apart.vendor.length,
                school: figures.schoolActions - apart.school.length,
              }),
              ...(apartText === null ? [] : [t("Report.summary.unknownApart", { items: apartText })]),
            ].join(" "),
      domains: rows.flatMap((r) => {
        const count = findingCounts(evaluation.findings, r.id).unknown;
        return count === 0 ? [] : [t("Report.summary.unknownDomain", { domain: r.title, count })];
      }),
    },
    context: {
      heading: t("Report.summary.contextHeading"),
      rows: catalogue.context.map((q) => ({ label: ctx.questionText(q.id), value: ctx.answerLabel(q.id) })),
      modifiersHeading: t("Report.summary.modifiersHeading"),
      modifiers:
        evaluation.modifiers.length > 0
          ? evaluation.modifiers.map((id) => t(modifierKey(id)))
          : [t("Report.summary.noModifiers")],
    },
  };
}
