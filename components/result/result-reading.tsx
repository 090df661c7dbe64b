"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { type TSectionLink } from "./reading-sections";
import { keyFigures, type TActionReader, type TEvaluation, type TSourcingInput } from "@/lib/domain/engine";
import { useOpenLinkTargets } from "../ui/disclosure";
import { ResultSources, SourcingLine, type TSourcesDocument } from "./evidence-list";
import { ResultDomains } from "./result-domains";
import { ResultDpia } from "./result-dpia";
import { ResultFindings } from "./result-findings";
import { ResultSummary } from "./result-summary";
import { ResultUnknowns } from "./result-unknowns";

/** A jump link: the id of the heading it leads to and the message that names it (given the section's count). */

type TProps = {
  evaluation: TEvaluation;
  reader: TActionReader;
  answers: Partial<Record<string, string>>;
  /** The answers whose sources are counted under the summary. */
  sourcing: TSourcingInput;
  /** The answers with their sources, listed in a folded section (null: none listed). */
  sources: TSourcesDocument | null;
  /** Only the vendor's answers in the sources' section (a public catalogue entry). */
  vendorSourcesOnly?: boolean;
  /** Links to edit the answers (the result page, whose answers are in this browser). */
  editable?: boolean;
  /** The page's jump links, in the page's order. */
  sections: readonly TSectionLink[];
  /** What the page shows between the jump links and the details (the report's download, saving). */
  tools?: ReactNode;
};

/**
 * One reading of a result, on the result page, a saved assessment's page and a catalogue entry:
 * the key figures and the first things to do, then, folded, the confirmed risks, the unknown
 * answers as questions (for the vendor, for the school), the domains, the DPIA and the sources.
 */
export function ResultReading({ evaluation, reader, answers, sourcing, sources, vendorSourcesOnly = false, editable = false, sections, tools }: TProps) {
  const t = useTranslations();
  useOpenLinkTargets(true);
  const figures = keyFigures(evaluation);
  const counts: Partial<Record<string, number>> = {
    "findings-heading": figures.confirmed,
    "vendor-heading": figures.vendorQuestions,
    "school-heading": figures.schoolActions,
  };
  const unknowns = <ResultUnknowns evaluation={evaluation} reader={reader} collapsible />;
  return (
    <>
      <ResultSummary evaluation={evaluation} reader={reader} />
      <SourcingLine document={sourcing} />
      <nav className="on-this-page" aria-label={t("Result.onThisPage")}>
        <ul>
          {sections
            .filter(([id]) => sources !== null || id !== "sources-heading")
            .map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key, { count: counts[id] ?? 0 })}</a>
              </li>
            ))}
        </ul>
      </nav>
      {reader === "parents" ? unknowns : null}
      {tools}
      <ResultFindings evaluation={evaluation} answers={answers} evidence={sources?.evidence} editable={editable} />
      {reader === "school" ? unknowns : null}
      <ResultDomains evaluation={evaluation} editable={editable} collapsible />
      <ResultDpia evaluation={evaluation} collapsible />
      {sources !== null ? <ResultSources document={sources} vendorOnly={vendorSourcesOnly} collapsible /> : null}
    </>
  );
}
