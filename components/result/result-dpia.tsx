"use client";

import { useTranslations } from "next-intl";
import { SCORING } from "@/lib/domain/catalogue";
import { dpiaCriterionKey, dpiaListTypeKey, dpiaMessageOf, modifierKey } from "@/lib/domain/catalogue/message-keys";
import type { TEvaluation } from "@/lib/domain/engine";
import { ResultSection } from "../ui/disclosure";

/** The DPIA indicator with the criteria met, and the context modifiers that were applied. */
export function ResultDpia({ evaluation, collapsible = false }: { evaluation: TEvaluation; collapsible?: boolean }) {
  const t = useTranslations();
  const { dpia, modifiers } = evaluation;
  const modifierList = (
    <ul>
      {modifiers.map((m) => (
        <li key={m}>{t(modifierKey(m))}</li>
      ))}
    </ul>
  );
  return (
    <>
      <ResultSection headingId="dpia-heading" title={t("Dpia.title")} collapsible={collapsible} className="dpia">
        <p className="dpia__verdict">
          {t(`Dpia.${dpiaMessageOf(dpia)}`, {
            count: dpia.criteria.length,
            unknown: dpia.unknown.length,
            threshold: SCORING.dpiaThreshold,
          })}
        </p>
        {(dpia.listed?.length ?? 0) > 0 && (
          <>
            <h3>{t("Dpia.listedHeading")}</h3>
            <ul className="dpia__listed">
              {dpia.listed.map((id) => (
                <li key={id}>{t(dpiaListTypeKey(id))}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{t("Result.dpiaCriteria")}</h3>
        {dpia.criteria.length === 0 ? (
          <p>{t("Result.noDpiaCriteria")}</p>
        ) : (
          <CriteriaList ids={dpia.criteria} />
        )}
        {dpia.unknown.length > 0 && (
          <>
            <h3>{t("Result.dpiaUnknown")}</h3>
            <CriteriaList ids={dpia.unknown} />
          </>
        )}
        {dpia.status !== "not_required" && <p>{t("Dpia.next")}</p>}
        <p className="dpia__method">{t("Dpia.method", { threshold: SCORING.dpiaThreshold })}</p>
        {collapsible && modifiers.length > 0 && (
          <>
            <h3 id="modifiers-heading">{t("Result.contextHeading")}</h3>
            {modifierList}
          </>
        )}
      </ResultSection>
      {!collapsible && modifiers.length > 0 && (
        <section aria-labelledby="modifiers-heading">
          <h2 id="modifiers-heading">{t("Result.contextHeading")}</h2>
          {modifierList}
        </section>
      )}
    </>
  );
}

/** DPIA criteria, each with what it means. */
function CriteriaList({ ids }: { ids: readonly string[] }) {
  const t = useTranslations();
  return (
    <ul className="dpia__criteria">
      {ids.map((c) => (
        <li key={c}>
          <strong>{t(dpiaCriterionKey(c, "label"))}</strong> {t(dpiaCriterionKey(c, "explanation"))}
        </li>
      ))}
    </ul>
  );
}
