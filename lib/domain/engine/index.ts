export { evaluate, withBasis } from "./evaluate";
export { dpiaStatus, evaluateDpia } from "./dpia";
export { compareSeverity } from "./severity";
export type * from "./types";
export { BASES, DPIA_STATUSES } from "./types";
export { notApplicableRules, type TNotApplicableReason } from "./applicability";
export { findingCounts, keyFigures, type TFindingCounts, type TKeyFigures } from "./key-figures";
export { actionPlan, firstActions, FIRST_ACTIONS, type TAction, type TActionReader } from "./action-plan";
export { answeredRules, sourcing, type TAnsweredRule, type TSourcing, type TSourcingInput } from "./sourcing";
