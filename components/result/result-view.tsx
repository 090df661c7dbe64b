"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { CONTEXT_STEP, REVIEW_STEP, isStarted, type TDraft } from "@/lib/domain/assessment";
import { loadDraft } from "@/lib/browser/draft-storage";
import { toDocument } from "@/lib/domain/assessment/to-document";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate, findingCounts, type TActionReader } from "@/lib/domain/engine";
import { useArrivalFocus } from "../ui/arrival-focus";
import { Disclosure } from "../ui/disclosure";
import { ReportDownload } from "./report-download";
import { ResultDecision } from "./result-decision";
import { ResultDocuments } from "./result-documents";
import { readingSections, type TSectionLink } from "./reading-sections";
import { ResultReading } from "./result-reading";
import { SaveSlot } from "../saved/save-slot";
import { VerdictBanner } from "./verdict-banner";

/** In-page links to the result's sections: heading id and title message, in the page's order. */
const SECTIONS: Record<TActionReader, readonly TSectionLink[]> = {
  school: [["download-heading", "Result.download.heading"], ...readingSections("school", "Evidence.sectionTitle"), ["documents-plan-heading", "ResultPage.documentsHeading"], ["decision-heading", "Decision.saved.heading"]],
  parents: [...readingSections("parents", "Evidence.sectionTitle"), ["download-heading", "Result.download.heading"], ["documents-plan-heading", "ResultPage.parentsDocumentsHeading"]],
};

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
  const reader: TActionReader = draft.mode === "parents" ? "parents" : "school";
  const doc = toDocument(draft);
  return (
    <div className="result">
      <h1 ref={heading} tabIndex={-1}>
        {service ? t("Result.titleFor", { service }) : t("Result.title")}
      </h1>
      <VerdictBanner verdict={evaluation.verdict} basis={evaluation.basis} confirmedVerdict={evaluation.confirmedVerdict} mode={draft.mode} prohibited={evaluation.prohibited} confirmedRisks={findingCounts(evaluation.findings).confirmed > 0}>
        <p>
          <Link href={`/assess/${REVIEW_STEP}`}>{t("Result.editAnswers")}</Link>
        </p>
      </VerdictBanner>
      <ResultReading
        evaluation={evaluation}
        reader={reader}
        answers={draft.answers}
        sourcing={draft}
        sources={doc.success ? doc.data : null}
        editable
        sections={SECTIONS[reader]}
        tools={
          <>
            <ReportDownload document={doc.success ? doc.data : null} firstProblem={doc.success ? null : (doc.error.issues[0]?.path.join(".") ?? null)} />
            <SaveSlot document={doc.success ? doc.data : null} />
          </>
        }
      />
      <Disclosure headingId="documents-plan-heading" title={t(reader === "parents" ? "ResultPage.parentsDocumentsHeading" : "ResultPage.documentsHeading")}>
        <ResultDocuments draft={draft} evaluation={evaluation} onChange={setDraft} />
      </Disclosure>
      <ResultDecision draft={draft} evaluation={evaluation} onChange={setDraft} />
      <p className="result__method">{t("Result.method", { version: evaluation.catalogueVersion })}</p>
    </div>
  );
}
