import { DPIA_MESSAGE, dpiaCriterionKey, dpiaListTypeKey, dpiaMessageOf, type TRule } from "@/lib/domain/catalogue";
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

/**
 * The next steps of a status: for a type of the CNIL's list, first that no written set-aside is
 * open; with a prohibited practice, not to deploy instead of finishing the DPIA first.
 */
function nextSteps(ctx: TBuildContext): string[] {
  const { t, evaluation } = ctx;
  const state = DPIA_MESSAGE[evaluation.dpia.status];
  const prohibited = (evaluation.prohibited?.length ?? 0) > 0;
  const listed = (evaluation.dpia.listed?.length ?? 0) > 0;
  // The DPO to tell is the one of this kind of school (lib/domain/controller).
  const dpoWho = t(controllerKeys(controllerOf(ctx.doc.answers)).dpoWho);
  const steps = NEXT_STEPS[state].filter((k) => !(prohibited && k === "before")).map((k) => t(`Report.dpia.nextSteps.${state}.${k}`, { dpoWho }));
  return [
    ...(prohibited ? [t("Report.dpia.nextSteps.prohibited")] : []),
    ...(listed ? [t("Report.dpia.nextSteps.listed.noSetAside")] : []),
    ...steps,
  ];
}

export function buildDpia(ctx: TBuildContext): TDpia {
  const { t, catalogue, evaluation } = ctx;
  const { status, criteria: met, unknown } = evaluation.dpia;
  const threshold = catalogue.scoring.dpiaThreshold;
  const all = catalogue.dpiaCriteria.map((c) => c.id);
  const dpiaQuestion = catalogue.domains.flatMap((d) => d.rules).find(isDpiaQuestion);
  const state = dpiaMessageOf(evaluation.dpia);
  const label = (id: string) => t(dpiaCriterionKey(id, "label"));
  return {
    heading: t("Dpia.title"),
    status,
    statusLabel: t(`Report.dpia.${state}`),
    summary: t(`Dpia.${state}`, { count: met.length, unknown: unknown.length, threshold }),
    listedHeading: t("Dpia.listedHeading"),
    listed: (evaluation.dpia.listed ?? []).map((id) => t(dpiaListTypeKey(id))),
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
    nextSteps: nextSteps(ctx),
    tool: t("Report.dpia.tool"),
  };
}
