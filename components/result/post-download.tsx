"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveBlob } from "../ui/save-blob";

export type TDownloadStatus = { kind: "idle" } | { kind: "busy"; label: string } | { kind: "done"; filename: string } | { kind: "error"; fields?: string };

/**
 * A file made by the server from a posted answers document (report, documents): posts it, saves
 * what comes back from memory, and keeps the status to show (a 400 names the fields it refused).
 */
export function usePostDownload() {
  const [status, setStatus] = useState<TDownloadStatus>({ kind: "idle" });
  const download = async (url: string, body: unknown, filename: string, label = "") => {
    if (status.kind === "busy") return;
    setStatus({ kind: "busy", label });
    try {
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) {
        const problem = (await res.json().catch(() => null)) as { fields?: { field: string }[] } | null;
        setStatus({ kind: "error", fields: problem?.fields?.map((f) => f.field).join(", ") });
        return;
      }
      saveBlob(await res.blob(), filename);
      setStatus({ kind: "done", filename });
    } catch {
      setStatus({ kind: "error" });
    }
  };
  return { status, download };
}

/** The download's status line and its error, in a namespace that has `preparing`, `done`, `rejected` and `error`. */
export function DownloadStatus({ status, namespace }: { status: TDownloadStatus; namespace: "Result.download" | "ResultDocuments" }) {
  const t = useTranslations(namespace);
  return (
    <>
      <p role="status" className="download__status">
        {status.kind === "busy" ? t("preparing", { document: status.label }) : status.kind === "done" ? t("done", { filename: status.filename }) : ""}
      </p>
      {status.kind === "error" && (
        <p role="alert" className="download__error">
          {status.fields ? t("rejected", { fields: status.fields }) : t("error")}
        </p>
      )}
    </>
  );
}
