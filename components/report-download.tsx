"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { CONTEXT_STEP, fieldDomId, reportFilename, type TAnswersDocument } from "@/lib/assessment";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { saveBlob } from "./save-blob";

type TStatus = { kind: "idle" } | { kind: "busy" } | { kind: "done"; filename: string } | { kind: "error"; fields?: string };

/**
 * Download the PDF report in the language chosen here (independent of the screen's): the answers
 * document is posted to /api/report, and the PDF that comes back is saved from memory.
 */
export function ReportDownload({ document: doc, firstProblem }: { document: TAnswersDocument | null; firstProblem?: string | null }) {
  const t = useTranslations("Result.download");
  const tLang = useTranslations("LanguageSwitch");
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
          <fieldset className="download__lang">
            <legend>{t("language")}</legend>
            {LOCALES.map((l) => (
              <div key={l} className="option option--inline">
                <input id={`report-lang-${l}`} type="radio" name="report-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
                <label htmlFor={`report-lang-${l}`} lang={l}>
                  {tLang(l)}
                </label>
              </div>
            ))}
          </fieldset>
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
