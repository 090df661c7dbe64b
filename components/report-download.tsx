"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { CONTEXT_STEP, fieldDomId, reportFilename, type TAnswersDocument } from "@/lib/assessment";
import type { TLocale } from "@/lib/i18n/locales";
import { saveBlob } from "./save-blob";
import { LanguageChoice } from "./language-choice";

type TStatus = { kind: "idle" } | { kind: "busy" } | { kind: "done"; filename: string } | { kind: "error"; fields?: string };

/**
 * Download the PDF report in the language chosen here (independent of the screen's): the answers
 * document is posted to /api/report, and the PDF that comes back is saved from memory.
 */
export function ReportDownload({ document: doc, firstProblem }: { document: TAnswersDocument | null; firstProblem?: string | null }) {
  const t = useTranslations("Result.download");
  const screen = useLocale() as TLocale;
  const [lang, setLang] = useState<TLocale>(screen);
  const [status, setStatus] = useState<TStatus>({ kind: "idle" });

  const download = async () => {
    if (doc === null || status.kind === "busy") return;
    setStatus({ kind: "busy" });
    try {
      const res = await fetch(`/api/report?lang=${lang}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(doc),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { fields?: { field: string }[] } | null;
        setStatus({ kind: "error", fields: body?.fields?.map((f) => f.field).join(", ") });
        return;
      }
      const filename = reportFilename(doc.service.name, lang);
      saveBlob(await res.blob(), filename);
      setStatus({ kind: "done", filename });
    } catch {
      setStatus({ kind: "error" });
    }
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
      <p role="status" className="download__status">
        {status.kind === "busy" ? t("preparing") : status.kind === "done" ? t("done", { filename: status.filename }) : ""}
      </p>
      {status.kind === "error" && (
        <p role="alert" className="download__error">
          {status.fields ? t("rejected", { fields: status.fields }) : t("error")}
        </p>
      )}
    </section>
  );
}
