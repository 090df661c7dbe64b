import type { TCatalogue } from "../catalogue";
import { holds, type TConditionState } from "./conditions";
import { evaluateDpia } from "./dpia";
import type { TAnswers } from "./types";

/** Why a question is not asked: its own `askedWhen` conditions fail, or a context modifier removes it. */
export type TNotApplicableReason = { kind: "askedWhen" } | { kind: "modifier"; modifierId: string };

/**
 * The scored questions that do not apply to these answers, with the reason, by the same rules the
 * engine uses (`evaluate` lists the same ids in `domains[].notApplicable`). Pure, so the form can
 * call it on every change to hide or mark the questions that the context makes moot.
 */
export function notApplicableRules(answers: TAnswers, catalogue: TCatalogue): Map<string, TNotApplicableReason> {
  const dpia = evaluateDpia(catalogue.dpiaCriteria, catalogue.scoring.dpiaThreshold, answers);
  return notApplicableIn(catalogue, { answers, dpiaRequired: dpia.required });
}

/** The same, once the DPIA indicator is known (the engine computes it first). */
export function notApplicableIn(catalogue: TCatalogue, state: TConditionState): Map<string, TNotApplicableReason> {
  const out = new Map<string, TNotApplicableReason>();
  for (const m of catalogue.modifiers) {
    if (!("notApplicable" in m) || !holds(m.when, state)) continue;
    for (const id of m.notApplicable.rules) if (!out.has(id)) out.set(id, { kind: "modifier", modifierId: m.id });
  }
  for (const d of catalogue.domains) {
    for (const r of d.rules) {
      if (out.has(r.id) || r.askedWhen === undefined) continue;
      if (!r.askedWhen.some((c) => holds(c, state))) out.set(r.id, { kind: "askedWhen" });
    }
  }
  return out;
}
