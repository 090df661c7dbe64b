"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { CONTEXT_STEP, fieldDomId, reportFilename, summaryFilename } from "@/lib/domain/assessment";
import { DEFAULT_REPORT_PART, REPORT_PARTS, type TReportPart } from "@/lib/domain/report-parts";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TLocale } from "@/lib/i18n/locales";
import { LanguageChoice } from "../ui/language-choice";
import { DownloadStatus, usePostDownload } from "./post-download";

/**
 * Download the PDF report, whole or its summary alone, in the language chosen here (independent of
 * the screen's): the answers document is posted to /api/report, and the PDF that comes back is
 * saved from memory.
 */
export function ReportDownload({ document: doc, firstProblem }: { document: TAnswersDocument | null; firstProblem?: string | null }) {
  const t = useTranslations("Result.download");
  const screen = useLocale() as TLocale;
  const [lang, setLang] = useState<TLocale>(screen);
  const [part, setPart] = useState<TReportPart>(DEFAULT_REPORT_PART);
  const { status, download: post } = usePostDownload();

  const download = () => {
    if (doc === null) return;
    const filename = part === "summary" ? summaryFilename(doc.service.name, lang) : reportFilename(doc.service.name, lang);
    void post(`/api/report?lang=${lang}&part=${part}`, doc, filename);
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
          <fieldset className="download__lang">
            <legend>{t("part")}</legend>
            {REPORT_PARTS.map((p) => (
              <div key={p} className="option option--inline">
                <input id={`report-part-${p}`} type="radio" name="report-part" value={p} checked={part === p} onChange={() => setPart(p)} />
                <label htmlFor={`report-part-${p}`}>{t(`parts.${p}`)}</label>
              </div>
            ))}
          </fieldset>
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
