import { domainKey, domainLabel, domainTone, modifierKey } from "../../catalogue";
import { findingCounts, keyFigures } from "../../engine";
import { formatNumber } from "../../i18n/format";
import { formatFraction } from "../format";
import type { TSummary } from "../types";
import { DPIA_MESSAGE } from "../../catalogue/message-keys";
import type { TBuildContext } from "./context";
import { buildReportDecision } from "./decision";

export function buildSummary(ctx: TBuildContext): TSummary {
  const { t, locale, evaluation, catalogue } = ctx;
  const figures = keyFigures(evaluation);
  const n = (x: number) => formatNumber(locale, x);
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
    decision: buildReportDecision(ctx),
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
