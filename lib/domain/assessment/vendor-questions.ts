import { CATALOGUE, DOMAINS } from "../catalogue";
import { notApplicableRules } from "../engine/applicability";
import type { TAnswers } from "../engine/types";

/**
 * The [V] questions a vendor is asked online, domain by domain: those that apply given the school's
 * context and own answers. The vendor's answers already given are left out of the reckoning, so a
 * question that hangs on another vendor answer (AI-02 on AI-01) is asked: the vendor settles both.
 */
export function vendorQuestionsFor(answers: TAnswers): { domainId: string; ruleIds: string[] }[] {
  const schoolSide = Object.fromEntries(
    Object.entries(answers).filter(([id]) => !DOMAINS.some((d) => d.rules.some((r) => r.id === id && r.who === "V"))),
  ) as TAnswers;
  const moot = notApplicableRules(schoolSide, CATALOGUE);
  return DOMAINS.map((d) => ({ domainId: d.id, ruleIds: d.rules.filter((r) => r.who === "V" && !moot.has(r.id)).map((r) => r.id) })).filter(
    (d) => d.ruleIds.length > 0,
  );
}
