import { formatDate } from "@/lib/i18n/format";
import type { TTranslate } from "@/lib/i18n/translator";
import type { TDecision } from "@/lib/domain/schema";
import type { TReportDecision } from "../types";
import type { TBuildContext } from "./context";

const RD = "Decision.report";

/** "Mme Durand, Proviseure", or the name alone. */
export const decidedBy = (t: TTranslate, by: TDecision["by"]) => (by.role === undefined ? by.name : t("Report.cover.assessorWithRole", { name: by.name, role: by.role }));

/**
 * The head of school's decision as the report's cover and summary state it: the outcome, when and
 * by whom, the conditions, the DPD's consultation, the board and review dates. Null in a parents'
 * association's report (it does not decide); "none recorded yet" otherwise.
 */
export function buildReportDecision({ t, doc, locale }: TBuildContext): TReportDecision | null {
  if (doc.mode === "parents") return null;
  const decision = doc.decision;
  const heading = t(`${RD}.heading`);
  if (decision === undefined) return { heading, outcome: null, label: null, title: heading, lines: [t(`${RD}.none`)] };
  const date = (d: string) => formatDate(locale, d);
  const { dpd } = decision;
  const label = t(`Decision.outcomes.${decision.outcome}`);
  return {
    heading,
    outcome: decision.outcome,
    label,
    title: t("Documents.common.labelValue", { label: heading, value: label }),
    lines: [
      t(`${RD}.when`, { date: date(decision.date), by: decidedBy(t, decision.by) }),
      // One line each: the head's own sentences keep their punctuation.
      ...(decision.conditions === undefined
        ? []
        : [t(`${RD}.conditions`, { count: decision.conditions.length }), ...decision.conditions.map((text) => t(`${RD}.condition`, { text }))]),
      !dpd.consulted ? t(`${RD}.dpdNotConsulted`) : dpd.date === undefined ? t(`${RD}.dpdConsultedNoDate`) : t(`${RD}.dpdConsulted`, { date: date(dpd.date) }),
      ...(decision.boardDate === undefined ? [] : [t(`${RD}.board`, { date: date(decision.boardDate) })]),
      ...(decision.reviewDate === undefined ? [] : [t(`${RD}.review`, { date: date(decision.reviewDate) })]),
    ],
  };
}
