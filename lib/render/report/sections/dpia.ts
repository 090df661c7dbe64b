import { DPIA_MESSAGE, dpiaCriterionKey, type TRule } from "@/lib/domain/catalogue";
import type { TDpia } from "../types";
import type { TBuildContext } from "./context";
import { controllerKeys, controllerOf } from "@/lib/domain/controller";


/** Keys under Report.dpia.nextSteps.<status>, in reading order. */
const NEXT_STEPS = {
  required: ["dpo", "tool", "before", "keep"],
  undetermined: ["find", "meanwhile", "dpo"],
  notRequired: ["register", "review"],
} as const;

/** The question that asks whether a DPIA was done: the one whose risk depends on the DPIA indicator. */
const isDpiaQuestion = (r: TRule) =>
  Object.values(r.risky).some((risk) => typeof risk !== "string" && risk.cases.some((c) => "dpia" in c.when));

export function buildDpia(ctx: TBuildContext): TDpia {
  const { t, catalogue, evaluation } = ctx;
  const { status, criteria: met, unknown } = evaluation.dpia;
  const threshold = catalogue.scoring.dpiaThreshold;
  const all = catalogue.dpiaCriteria.map((c) => c.id);
  const dpiaQuestion = catalogue.domains.flatMap((d) => d.rules).find(isDpiaQuestion);
  const state = DPIA_MESSAGE[status];
  const label = (id: string) => t(dpiaCriterionKey(id, "label"));
  return {
    heading: t("Dpia.title"),
    status,
    statusLabel: t(`Report.dpia.${state}`),
    summary: t(`Dpia.${state}`, { count: met.length, unknown: unknown.length, threshold }),
    criteriaHeading: t("Report.dpia.criteriaHeading", { count: met.length, total: all.length }),
    criteria: met.map((id) => ({ id, label: label(id), explanation: t(dpiaCriterionKey(id, "explanation")) })),
    unknownHeading: t("Report.dpia.unknownHeading"),
    unknown: unknown.map(label),
    notMetHeading: t("Report.dpia.notMetHeading"),
    notMet: all.filter((id) => !met.includes(id) && !unknown.includes(id)).map(label),
    answerGiven:
      dpiaQuestion === undefined
        ? { label: "", value: "" }
        : { label: ctx.questionText(dpiaQuestion.id), value: ctx.answerLabel(dpiaQuestion.id) },
    methodHeading: t("Report.dpia.methodHeading"),
    method: [t("Report.dpia.method.criteria"), t("Report.dpia.method.threshold", { threshold })],
    nextStepsHeading: t("Report.dpia.nextStepsHeading"),
    // The DPO to tell is the one of this kind of school (lib/domain/controller).
    nextSteps: NEXT_STEPS[state].map((k) => t(`Report.dpia.nextSteps.${state}.${k}`, { dpoWho: t(controllerKeys(controllerOf(ctx.doc.answers)).dpoWho) })),
    tool: t("Report.dpia.tool"),
  };
}
