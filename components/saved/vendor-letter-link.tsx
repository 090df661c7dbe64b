"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { documentFilename } from "@/lib/domain/assessment/filename";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TLocale } from "@/lib/i18n/locales";
import { saveBlob } from "../ui/save-blob";
import styles from "./saved.module.css";

/**
 * The letter to the vendor with its online link: the link is known only when it is created, so the
 * owner's tools pass it to the letter then, in a request header (never in an address).
 */
export function VendorLetterWithLink({ document: doc, vendorUrl }: { document: TAnswersDocument; vendorUrl: string }) {
  const t = useTranslations("VendorOnline");
  const locale = useLocale() as TLocale;
  const [status, setStatus] = useState<{ kind: "idle" | "busy" | "error" } | { kind: "done"; filename: string }>({ kind: "idle" });

  const download = async (format: "pdf" | "md") => {
    if (status.kind === "busy") return;
    setStatus({ kind: "busy" });
    try {
      const res = await fetch(`/api/documents/vendor-letter?lang=${locale}&format=${format}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Vigie-Vendor-Link": vendorUrl },
        body: JSON.stringify(doc),
      });
      if (!res.ok) return setStatus({ kind: "error" });
      const filename = documentFilename(doc.service.name, "vendor-letter", locale, format);
      saveBlob(await res.blob(), filename);
      setStatus({ kind: "done", filename });
    } catch {
      setStatus({ kind: "error" });
    }
  };

  return (
    <>
      <p>{t("letterIntro")}</p>
      <p className="button-row">
        <button type="button" className="button button--secondary" aria-disabled={status.kind === "busy"} onClick={() => void download("pdf")}>
          {t("letterPdf")}
        </button>
        <button type="button" className="button button--secondary" aria-disabled={status.kind === "busy"} onClick={() => void download("md")}>
          {t("letterMd")}
        </button>
      </p>
      <p role="status" className={status.kind === "error" ? styles.error : styles.muted}>
        {status.kind === "busy" ? t("working") : status.kind === "done" ? t("letterDone", { filename: status.filename }) : status.kind === "error" ? t("letterError") : ""}
      </p>
    </>
  );
}
