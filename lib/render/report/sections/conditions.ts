import { conditionKey, ruleKey, severityKey } from "@/lib/domain/catalogue";
import { actionPlan, type TAction } from "@/lib/domain/engine";
import type { TSeverity } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { BLOCK_UNKNOWN_ACTION, VENDOR_LETTER_ACTION } from "@/lib/domain/schema";
import type { TConditionItem, TConditions } from "../types";
import type { TBuildContext } from "./context";

/** "COM-01 · Do the contract or terms commit…": the question a condition is about. */
export const questionLine = (ctx: TBuildContext, id: string) => `${id} · ${ctx.questionText(id)}`;

/** Owner and due date the user set for this action in the answers document ("" when not set). */
function planned(ctx: TBuildContext, actionId: string): Pick<TConditionItem, "actionId" | "owner" | "due"> {
  const entry = ctx.doc.actionPlan?.[actionId];
  return {
    actionId,
    owner: entry?.owner ?? "",
    due: entry?.due === undefined ? "" : formatDate(ctx.locale, `${entry.due}T12:00:00Z`),
  };
}

export function item(ctx: TBuildContext, c: TAction): TConditionItem {
  const { t } = ctx;
  if (c.kind === "schoolAction") return schoolAction(ctx, c.ruleId, c.severity);
  const kindLabel = t(`Report.conditions.kinds.${c.kind}`);
  if (c.kind === "blockUnknown") {
    return {
      kind: c.kind,
      ...planned(ctx, BLOCK_UNKNOWN_ACTION),
      kindLabel,
      text: t("Conditions.blockUnknown"),
      note: t("Report.conditions.blockUnknown"),
      details: c.ruleIds.map((id) => questionLine(ctx, id)),
      severity: null,
      severityLabel: "",
    };
  }
  if (c.kind === "vendorLetter") {
    return {
      kind: c.kind,
      ...planned(ctx, VENDOR_LETTER_ACTION),
      kindLabel,
      text: t("Conditions.vendorLetter", { count: c.ruleIds.length }),
      note: "",
      details: [t("Conditions.vendorLetterIds", { ids: c.ruleIds.join(", ") })],
      severity: null,
      severityLabel: "",
    };
  }
  return {
    kind: c.kind,
    ...planned(ctx, c.ruleId),
    kindLabel,
    text: t(conditionKey(c)),
    note: "",
    details: [questionLine(ctx, c.ruleId)],
    severity: c.severity,
    severityLabel: t(severityKey(c.severity)),
  };
}

/** A [S] question answered unknown: a check the school must make (its severity is the unknown's). */
function schoolAction(ctx: TBuildContext, ruleId: string, severity: TSeverity | null): TConditionItem {
  const { t } = ctx;
  return {
    kind: "schoolAction",
    ...planned(ctx, ruleId),
    kindLabel: t("Report.conditions.kinds.schoolAction"),
    text: t(ruleKey(ruleId, "schoolAction")),
    note: "",
    details: [questionLine(ctx, ruleId)],
    severity,
    severityLabel: severity === null ? "" : t(severityKey(severity)),
  };
}

/**
 * The action plan: the conditions in the engine's order (unknown blocking answers, remediations,
 * the letter of vendor questions as one row), then the school's checks, each with the owner and
 * due date the user set.
 */
export function buildConditions(ctx: TBuildContext): TConditions {
  const { t } = ctx;
  // A parents' association does not plan the school's work: its report says what to ask the school for.
  const parents = ctx.doc.mode === "parents";
  return {
    heading: t(parents ? "Report.conditions.parents.heading" : "Report.conditions.heading"),
    intro: t(parents ? "Report.conditions.parents.intro" : "Report.conditions.intro"),
    headers: {
      number: t("Report.conditions.headers.number"),
      action: t("Report.conditions.headers.action"),
      severity: t("Report.conditions.headers.severity"),
      owner: t("Report.conditions.headers.owner"),
      due: t("Report.conditions.headers.due"),
    },
    items: actionPlan(ctx.evaluation).map((c) => item(ctx, c)),
    empty: t("Report.conditions.empty"),
  };
}
