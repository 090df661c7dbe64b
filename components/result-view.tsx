"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { CONTEXT_STEP, REVIEW_STEP, isStarted, loadDraft, type TDraft } from "@/lib/assessment";
import { toDocument } from "@/lib/assessment/to-document";
import { CATALOGUE } from "@/lib/catalogue";
import { evaluate } from "@/lib/engine";
import { useArrivalFocus } from "./arrival-focus";
import { ReportDownload } from "./report-download";
import { ResultConditions } from "./result-conditions";
import { ResultDecision } from "./result-decision";
import { ResultDomains } from "./result-domains";
import { ResultDocuments } from "./result-documents";
import { ResultDpia } from "./result-dpia";
import { ResultFindings } from "./result-findings";
import { ResultUnknowns } from "./result-unknowns";
import { SaveSlot } from "./saved/save-slot";
import { VerdictBanner } from "@/components/verdict-banner";

/** In-page links to the result's sections: heading id and title message. */
const SECTIONS = [
  ["download-heading", "Result.download.heading"],
  ["domains-heading", "Result.domainsHeading"],
  ["conditions-heading", "Result.conditionsHeading"],
  ["findings-heading", "Result.findingsHeading"],
  ["vendor-heading", "Result.vendorHeading"],
  ["school-heading", "Result.schoolHeading"],
  ["dpia-heading", "Dpia.title"],
  ["decision-heading", "Decision.saved.heading"],
] as const;

/** The result, computed in this browser from the saved answers with the same engine as the API. */
export function ResultView() {
  const t = useTranslations();
  const [draft, setDraft] = useState<TDraft | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setDraft(loadDraft()), []);
  useArrivalFocus(heading, draft !== undefined);
  const evaluation = useMemo(() => (draft ? evaluate(draft.answers, CATALOGUE) : null), [draft]);

  if (draft === undefined) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t("Result.title")}
        </h1>
        <p role="status">{t("Result.loading")}</p>
      </>
    );
  }
  if (draft === null || evaluation === null || !isStarted(draft)) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t("Result.title")}
        </h1>
        <p>{t("Result.empty")}</p>
        <p>
          <Link href={`/assess/${CONTEXT_STEP}`} className="button button--primary">
            {t("Result.startLink")}
          </Link>
        </p>
      </>
    );
  }

  const service = draft.service.name.trim();
  const counts: Partial<Record<string, number>> = {
    "findings-heading": evaluation.findings.length,
    "vendor-heading": evaluation.vendorQuestions.length,
    "school-heading": evaluation.schoolActions.length,
  };
  const doc = toDocument(draft);
  return (
    <div className="result">
      <h1 ref={heading} tabIndex={-1}>
        {service ? t("Result.titleFor", { service }) : t("Result.title")}
      </h1>
      <VerdictBanner verdict={evaluation.verdict} basis={evaluation.basis}>
        <p>
          <Link href={`/assess/${REVIEW_STEP}`}>{t("Result.editAnswers")}</Link>
        </p>
      </VerdictBanner>
      <nav className="on-this-page" aria-label={t("Result.onThisPage")}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key, { count: counts[id] ?? 0 })}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ReportDownload document={doc.success ? doc.data : null} firstProblem={doc.success ? null : (doc.error.issues[0]?.path.join(".") ?? null)} />
      <SaveSlot document={doc.success ? doc.data : null} />
      <ResultDomains evaluation={evaluation} />
      <ResultConditions evaluation={evaluation} />
      <ResultFindings evaluation={evaluation} answers={draft.answers} />
      <ResultUnknowns evaluation={evaluation} />
      <ResultDocuments draft={draft} evaluation={evaluation} onChange={setDraft} />
      <ResultDpia evaluation={evaluation} />
      <ResultDecision draft={draft} evaluation={evaluation} onChange={setDraft} />
      <p className="result__method">{t("Result.method", { version: evaluation.catalogueVersion })}</p>
    </div>
  );
}
