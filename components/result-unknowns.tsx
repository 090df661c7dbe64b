"use client";

import { useTranslations } from "next-intl";
import { ruleKey } from "@/lib/catalogue/message-keys";
import type { TEvaluation } from "@/lib/engine";

/** "I don't know" answers turned into work: questions for the vendor [V], checks at the school [S]. */
export function ResultUnknowns({ evaluation }: { evaluation: TEvaluation }) {
  return (
    <>
      <UnknownList id="vendor" ids={evaluation.vendorQuestions} part="vendorQuestion" />
      <UnknownList id="school" ids={evaluation.schoolActions} part="schoolAction" />
    </>
  );
}

function UnknownList({ id, ids, part }: { id: "vendor" | "school"; ids: readonly string[]; part: "vendorQuestion" | "schoolAction" }) {
  const t = useTranslations();
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`Result.${id}Heading`, { count: ids.length })}</h2>
      {ids.length === 0 ? (
        <p>{t(id === "vendor" ? "Result.noVendor" : "Result.noSchool")}</p>
      ) : (
        <>
          <p>{t(`Result.${id}Intro`)}</p>
          <ol className="unknowns">
            {ids.map((ruleId) => (
              <li key={ruleId}>
                <span className="question__id">{ruleId}</span> {t(ruleKey(ruleId, part))}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
