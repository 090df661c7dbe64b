"use client";

import { useTranslations } from "next-intl";
import { ruleKey, vendorQuestionKey } from "@/lib/domain/catalogue/message-keys";
import type { TActionReader, TEvaluation } from "@/lib/domain/engine";
import { ResultSection } from "../ui/disclosure";

type TList = "vendor" | "school";
type TProps = {
  evaluation: TEvaluation;
  /** A parents' association asks the school its questions first; the school reads its checks after the vendor's. */
  reader?: TActionReader;
  /** Folded under their headings (the result page). */
  collapsible?: boolean;
};

/**
 * "I don't know" answers turned into work: questions for the vendor [V], checks at the school [S].
 * A question has no severity: only a confirmed risk has one.
 */
export function ResultUnknowns({ evaluation, reader = "school", collapsible = false }: TProps) {
  const lists: TList[] = reader === "parents" ? ["school", "vendor"] : ["vendor", "school"];
  return (
    <>
      {lists.map((id) => (
        <UnknownList key={id} id={id} evaluation={evaluation} reader={reader} collapsible={collapsible} />
      ))}
    </>
  );
}

/** Heading, introduction, empty state and the text of each item, by list and reader. */
const WORDING: Record<TActionReader, Record<TList, { heading: string; intro: string; empty: string; part: "question" | "vendorQuestion" | "schoolAction" }>> = {
  school: {
    vendor: { heading: "Result.vendorHeading", intro: "Result.vendorIntro", empty: "Result.noVendor", part: "vendorQuestion" },
    school: { heading: "Result.schoolHeading", intro: "Result.schoolIntro", empty: "Result.noSchool", part: "schoolAction" },
  },
  parents: {
    vendor: { heading: "ResultPage.parentsVendorHeading", intro: "ResultPage.parentsVendorIntro", empty: "Result.noVendor", part: "vendorQuestion" },
    school: { heading: "ResultPage.parentsSchoolHeading", intro: "ResultPage.parentsSchoolIntro", empty: "Modes.schoolQuestions.empty", part: "question" },
  },
};

function UnknownList({ id, evaluation, reader, collapsible }: { id: TList; evaluation: TEvaluation; reader: TActionReader; collapsible: boolean }) {
  const t = useTranslations();
  const ids = id === "vendor" ? evaluation.vendorQuestions : evaluation.schoolActions;
  const wording = WORDING[reader][id];
  return (
    <ResultSection headingId={`${id}-heading`} title={t(wording.heading, { count: ids.length })} collapsible={collapsible}>
      {ids.length === 0 ? (
        <p>{t(wording.empty)}</p>
      ) : (
        <>
          <p>{t(wording.intro)}</p>
          <ol className="unknowns">
            {ids.map((ruleId) => (
              <li key={ruleId} id={`unknown-${ruleId}`}>
                <span className="question__id">{ruleId}</span>{" "}
                {t(wording.part === "vendorQuestion" ? vendorQuestionKey(ruleId, reader === "parents" ? "parents" : undefined) : ruleKey(ruleId, wording.part))}
              </li>
            ))}
          </ol>
        </>
      )}
    </ResultSection>
  );
}
