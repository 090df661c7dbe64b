import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate, findingCounts } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { loadExample } from "@/lib/testing/examples";
import { buildReportViewModel } from "./view-model";

const now = new Date("2026-12-01T12:00:00Z");
const NOT_A_BREACH = { fr: "Ce n’est pas un constat de manquement", en: "This is not a finding of a breach" } as const;

/** Only the context answered: "not recommended as things stand"; `risky` adds confirmed risks. */
function onUnknowns(risky: Record<string, string>) {
  const gar = loadExample("gar-resource");
  const context = Object.fromEntries(Object.entries(gar.answers).filter(([id]) => id.startsWith("CTX-")));
  return { ...gar, answers: { ...context, ...risky } };
}

describe("a verdict that rests on unknowns", () => {
  it.each(LOCALES)("%s: is no finding of a breach only while no risk is confirmed", (locale) => {
    const t = translatorFor(locale);
    const none = onUnknowns({});
    const some = onUnknowns({ "SEC-05": "no", "RIG-01": "no" });
    for (const doc of [none, some]) {
      const e = evaluate(doc.answers, CATALOGUE);
      expect([e.verdict, e.basis]).toEqual(["not_recommended", "unknowns"]);
    }
    expect(findingCounts(evaluate(none.answers, CATALOGUE).findings).confirmed).toBe(0);
    expect(findingCounts(evaluate(some.answers, CATALOGUE).findings).confirmed).toBeGreaterThan(0);
    expect(buildReportViewModel(none, locale, { now }).cover.verdict.summary).toContain(NOT_A_BREACH[locale]);
    const withRisks = buildReportViewModel(some, locale, { now });
    expect(withRisks.cover.verdict.summary).not.toContain(NOT_A_BREACH[locale]);
    expect(withRisks.cover.verdict.summary).toBe(t("Verdict.not_recommended.asThingsStand.summaryWithRisks"));
  });
});
