"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { CONTEXT_STEP, fieldDomId, reportFilename } from "@/lib/assessment";
import type { TAnswersDocument } from "@/lib/schema";
import type { TLocale } from "@/lib/i18n/locales";
import { LanguageChoice } from "./language-choice";
import { DownloadStatus, usePostDownload } from "./post-download";

/**
 * Download the PDF report in the language chosen here (independent of the screen's): the answers
 * document is posted to /api/report, and the PDF that comes back is saved from memory.
 */
export function ReportDownload({ document: doc, firstProblem }: { document: TAnswersDocument | null; firstProblem?: string | null }) {
  const t = useTranslations("Result.download");
  const screen = useLocale() as TLocale;
  const [lang, setLang] = useState<TLocale>(screen);
  const { status, download: post } = usePostDownload();

  const download = () => {
    if (doc !== null) void post(`/api/report?lang=${lang}`, doc, reportFilename(doc.service.name, lang));
  };

  return (
    <section className="download" aria-labelledby="download-heading">
      <h2 id="download-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {doc === null ? (
        <p>
          {t("invalidContext")}{" "}
          <Link href={`/assess/${CONTEXT_STEP}#${fieldDomId(firstProblem ?? "service.name")}`}>{t("fixContext")}</Link>
        </p>
      ) : (
        <>
          <LanguageChoice name="report-lang" legend={t("language")} value={lang} onChange={setLang} />
          <p>
            <button type="button" className="button button--primary" onClick={download} aria-disabled={status.kind === "busy"}>
              {t("button")}
            </button>
          </p>
        </>
      )}
      <DownloadStatus status={status} namespace="Result.download" />
    </section>
  );
}
