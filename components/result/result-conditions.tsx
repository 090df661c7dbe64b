"use client";

import { useTranslations } from "next-intl";
import { conditionKey } from "@/lib/domain/catalogue/message-keys";
import type { TEvaluation } from "@/lib/domain/engine";
import { SeverityBadge } from "../ui/severity-badge";
import { useCatalogueText } from "../ui/use-catalogue-text";

/** The conditions in the engine's order: unknown blocking questions, fixes by severity, vendor questions. */
export function ResultConditions({ evaluation }: { evaluation: TEvaluation }) {
  const t = useTranslations();
  const { list } = useCatalogueText();
  return (
    <section aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">{t("Result.conditionsHeading")}</h2>
      {evaluation.conditions.length === 0 ? (
        <p>{t("Result.noConditions")}</p>
      ) : (
        <>
          <p>{t("Result.conditionsIntro")}</p>
          <ol className="conditions">
            {evaluation.conditions.map((c) =>
              c.kind === "blockUnknown" ? (
                <li key="blockUnknown" className="conditions__item conditions__item--block">
                  <SeverityBadge severity="BLOCK" /> {t("Conditions.blockUnknown")}
                  <span className="conditions__ids">{t("Result.concerned", { ids: list(c.ruleIds, "conjunction") })}</span>
                </li>
              ) : (
                <li key={`${c.kind}-${c.ruleId}`} className="conditions__item">
                  <SeverityBadge severity={c.severity} /> <span className="question__id">{c.ruleId}</span>{" "}
                  {t(conditionKey(c))}
                </li>
              ),
            )}
          </ol>
        </>
      )}
    </section>
  );
}
