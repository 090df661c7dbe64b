import { domainKey, domainLabel, domainTone, modifierKey, verdictKey } from "@/lib/domain/catalogue";
import { findingCounts, keyFigures } from "@/lib/domain/engine";
import { formatNumber } from "@/lib/i18n/format";
import { formatFraction } from "@/lib/i18n/format-reference";
import type { TSummary } from "../types";
import { DPIA_MESSAGE } from "@/lib/domain/catalogue/message-keys";
import type { TBuildContext } from "./context";
import { buildConditions } from "./conditions";
import { buildReportDecision } from "./decision";
import { sourcingText } from "./evidence";

/** How many of the action plan's items the summary lists. */
export const FIRST_ACTIONS = 5;

export function buildSummary(ctx: TBuildContext): TSummary {
  const { t, locale, evaluation, catalogue } = ctx;
  const figures = keyFigures(evaluation);
  const n = (x: number) => formatNumber(locale, x);
  const actions = buildConditions(ctx).items;
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
        value: t(`Report.dpia.${DPIA_MESSAGE[figures.dpia]}`),
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
      summary: t(verdictKey(evaluation.verdict, "summary", evaluation.basis)),
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
      heading: t("Report.summary.dpiaHeading", { status: t(`Report.dpia.${DPIA_MESSAGE[evaluation.dpia.status]}`) }),
      status: evaluation.dpia.status,
      summary: t(`Dpia.${DPIA_MESSAGE[evaluation.dpia.status]}`, {
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
          : t("Report.summary.unknownText", { count: figures.unknown, vendor: figures.vendorQuestions, school: figures.schoolActions }),
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
