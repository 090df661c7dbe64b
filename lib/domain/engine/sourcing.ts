import { UNKNOWN, type TCatalogue, type TWho } from "../catalogue";
import { notApplicableRules } from "./applicability";
import type { TAnswers } from "./types";

/** What `sourcing` reads of an answers document: the answers and the sources of each (by question id). */
export interface TSourcingInput {
  answers: TAnswers;
  evidence?: Readonly<Partial<Record<string, readonly unknown[]>>>;
}

/** One answer given (not unknown) to a rule that applies, and whether it rests on a source. */
export interface TAnsweredRule {
  ruleId: string;
  domain: string;
  who: TWho;
  sourced: boolean;
}

/** How many answers rest on a source: all the rules' answers, and those of the vendor's ([V]) questions. */
export interface TSourcing {
  /** Rules that apply with an answer other than unknown. */
  answered: number;
  /** Those with at least one source. */
  sourced: number;
  /** The same for the [V] questions alone. */
  vendorAnswered: number;
  vendorSourced: number;
}

/**
 * The rules (not the context questions) that apply and were answered other than unknown, in
 * catalogue order, each with whether its answer lists at least one source.
 */
export function answeredRules(doc: TSourcingInput, catalogue: TCatalogue): TAnsweredRule[] {
  const notApplicable = notApplicableRules(doc.answers, catalogue);
  return catalogue.domains.flatMap((d) =>
    d.rules
      .filter((r) => !notApplicable.has(r.id))
      .filter((r) => {
        const answer = doc.answers[r.id];
        return answer !== undefined && answer !== UNKNOWN;
      })
      .map((r) => ({ ruleId: r.id, domain: d.id, who: r.who, sourced: (doc.evidence?.[r.id]?.length ?? 0) > 0 })),
  );
}

/** How many of the answers given rest on a source (all of them, and the vendor's). */
export function sourcing(doc: TSourcingInput, catalogue: TCatalogue): TSourcing {
  const rules = answeredRules(doc, catalogue);
  const vendor = rules.filter((r) => r.who === "V");
  return {
    answered: rules.length,
    sourced: rules.filter((r) => r.sourced).length,
    vendorAnswered: vendor.length,
    vendorSourced: vendor.filter((r) => r.sourced).length,
  };
}
