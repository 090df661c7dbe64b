import type { TCatalogue } from "../catalogue";
import { holdsOn } from "./conditions";
import type { TAnswers } from "./types";

/** Why a question is not asked: its own `askedWhen` conditions fail, or a context modifier removes it. */
export type TNotApplicableReason = { kind: "askedWhen" } | { kind: "modifier"; modifierId: string };

/**
 * The questions that do not apply to these answers, with the reason, by the same rules the engine
 * uses (`evaluate` lists the same ids in `domains[].notApplicable`). Pure, so the form can call it
 * on every change to hide or mark the questions that the context makes moot.
 */
export function notApplicableRules(answers: TAnswers, catalogue: TCatalogue): Map<string, TNotApplicableReason> {
  const out = new Map<string, TNotApplicableReason>();
  for (const m of catalogue.modifiers) {
    if (!("notApplicable" in m) || !holdsOn(m.when, answers)) continue;
    for (const id of m.notApplicable.rules) if (!out.has(id)) out.set(id, { kind: "modifier", modifierId: m.id });
  }
  for (const d of catalogue.domains) {
    for (const r of d.rules) {
      if (out.has(r.id) || r.askedWhen === undefined) continue;
      if (!r.askedWhen.some((c) => holdsOn(c, answers))) out.set(r.id, { kind: "askedWhen" });
    }
  }
  return out;
}
