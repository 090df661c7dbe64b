import { ZDecisionSchema, type TAnswersDocument, type TDecision, type TDecisionInput } from "../domain/schema";

/** A recorded decision: authorised with two conditions, the DPD consulted (fields can be replaced). */
export function aDecision(over: Partial<TDecisionInput> = {}): TDecision {
  return ZDecisionSchema.parse({
    outcome: "conditions",
    date: "2026-11-20",
    by: { name: "Mme Claire Durand", role: "Proviseure" },
    conditions: ["Comptes élèves pseudonymes uniquement", "Avenant au contrat signé avant le 1er janvier"],
    dpd: { consulted: true, date: "2026-11-12", opinion: "Avis favorable sous réserve de l’avenant." },
    boardDate: "2026-11-27",
    reviewDate: "2027-11-20",
    ...over,
  });
}

/** The document with a decision recorded. */
export const withDecision = (doc: TAnswersDocument, over: Partial<TDecisionInput> = {}): TAnswersDocument => ({ ...doc, decision: aDecision(over) });
