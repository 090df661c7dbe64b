import { ruleKey } from "@/lib/domain/catalogue";
import type { TQuestionList, TQuestions } from "../types";
import type { TBuildContext } from "./context";

function list(ctx: TBuildContext, ids: readonly string[], who: "vendor" | "school"): TQuestionList {
  const { t } = ctx;
  // A parents' association asks the school the questions it cannot answer itself.
  const askSchool = who === "school" && ctx.doc.mode === "parents";
  const group = askSchool ? "schoolParents" : who;
  return {
    heading: t(`Report.questions.${group}.heading`),
    intro: t(`Report.questions.${group}.intro`),
    empty: t(`Report.questions.${group}.empty`),
    // The school is asked the form's own question: it is not printed a second time under it.
    items: ids.map((id) => ({
      ruleId: id,
      text: askSchool ? ctx.questionText(id) : t(ruleKey(id, who === "vendor" ? "vendorQuestion" : "schoolAction")),
      question: askSchool ? null : ctx.questionText(id),
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
