import { ruleKey } from "../../catalogue";
import type { TQuestionList, TQuestions } from "../types";
import type { TBuildContext } from "./context";

function list(ctx: TBuildContext, ids: readonly string[], who: "vendor" | "school"): TQuestionList {
  const { t } = ctx;
  return {
    heading: t(`Report.questions.${who}.heading`),
    intro: t(`Report.questions.${who}.intro`),
    empty: t(`Report.questions.${who}.empty`),
    items: ids.map((id) => ({
      ruleId: id,
      text: t(ruleKey(id, who === "vendor" ? "vendorQuestion" : "schoolAction")),
      question: ctx.questionText(id),
    })),
  };
}

/** [V] unknowns become questions to the vendor, [S] unknowns checks for the school. */
export function buildQuestions(ctx: TBuildContext): TQuestions {
  return {
    heading: ctx.t("Report.questions.heading"),
    vendor: list(ctx, ctx.evaluation.vendorQuestions, "vendor"),
    school: list(ctx, ctx.evaluation.schoolActions, "school"),
  };
}
