"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { copyPublished } from "@/lib/saved/api-client";
import { rememberEditToken } from "@/lib/saved/local";
import styles from "./saved.module.css";

/**
 * "Start from this one": copies a published assessment into a new one of the user's (with a note of
 * its origin), keeps its edit token here, and opens it in the form to update the answers that differ.
 */
export function StartFrom({ publicId, service }: { publicId: string; service: string }) {
  const t = useTranslations("PublicCatalogue");
  const locale = useLocale();
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | "error" | "offline">("idle");

  const start = async () => {
    if (state === "busy") return;
    setState("busy");
    const res = await copyPublished(publicId, locale);
    if (res.kind === "ok") {
      rememberEditToken(res.value.id, res.value.editToken);
      router.push(`/assessments/${res.value.id}/edit`);
      return;
    }
    setState(res.kind === "offline" ? "offline" : "error");
  };

  return (
    <>
      <button type="button" className="button button--secondary" aria-disabled={state === "busy"} onClick={() => void start()}>
        {t.rich("startFrom", { service, hidden: (c) => <span className="visually-hidden">{c}</span> })}
      </button>
      <span role="status" className={state === "error" || state === "offline" ? styles.error : styles.muted}>
        {state === "busy" ? t("starting") : state === "error" ? t("startError") : state === "offline" ? t("offline") : ""}
      </span>
    </>
  );
}
