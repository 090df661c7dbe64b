import { ruleKey, severityKey } from "../../catalogue";
import type { TCondition } from "../../engine";
import type { TConditionItem, TConditions } from "../types";
import type { TBuildContext } from "./context";

/** "COM-01 · Do the contract or terms commit…": the question a condition is about. */
export const questionLine = (ctx: TBuildContext, id: string) => `${id} · ${ctx.questionText(id)}`;

function item(ctx: TBuildContext, c: TCondition): TConditionItem {
  const { t } = ctx;
  const kindLabel = t(`Report.conditions.kinds.${c.kind}`);
  if (c.kind === "blockUnknown") {
    return {
      kind: c.kind,
      kindLabel,
      text: t("Conditions.blockUnknown"),
      note: t("Report.conditions.blockUnknown"),
      details: c.ruleIds.map((id) => questionLine(ctx, id)),
      severity: null,
      severityLabel: "",
    };
  }
  return {
    kind: c.kind,
    kindLabel,
    text: t(ruleKey(c.ruleId, c.kind === "remediation" ? "remediation" : "vendorQuestion")),
    note: "",
    details: [questionLine(ctx, c.ruleId)],
    severity: c.severity,
    severityLabel: t(severityKey(c.severity)),
  };
}

/** The conditions in the engine's order: unknown blocking answers, remediations, vendor questions. */
export function buildConditions(ctx: TBuildContext): TConditions {
  const { t } = ctx;
  return {
    heading: t("Report.conditions.heading"),
    intro: t("Report.conditions.intro"),
    headers: {
      number: t("Report.conditions.headers.number"),
      action: t("Report.conditions.headers.action"),
      severity: t("Report.conditions.headers.severity"),
      owner: t("Report.conditions.headers.owner"),
      due: t("Report.conditions.headers.due"),
    },
    items: ctx.evaluation.conditions.map((c) => item(ctx, c)),
    empty: t("Report.conditions.empty"),
  };
}
