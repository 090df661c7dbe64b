"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { copyPublished } from "@/lib/browser/api-client";
import { noteCopy } from "@/lib/browser/copy-note";
import { rememberEditToken } from "@/lib/browser/local";
import { useReplaceDraft } from "./replace-draft";
import styles from "./saved.module.css";

type TProps = {
  publicId: string;
  service: string;
  /** How many answers about the service the copy keeps, and how many questions about the school it leaves blank. */
  kept: number;
  reset: number;
};

/**
 * "Start from this one": copies a published assessment into a new one of the user's (the service's
 * answers, not the other school's), keeps its edit token here, and opens it in the form, which says
 * again what was carried over and what is to be given. A draft with answers in the form is not
 * replaced without asking.
 */
export function StartFrom({ publicId, service, kept, reset }: TProps) {
  const t = useTranslations("PublicCatalogue");
  const d = useTranslations("Drafts");
  const locale = useLocale();
  const router = useRouter();
  const explained = useId();
  const [state, setState] = useState<"idle" | "busy" | "error" | "offline">("idle");
  const { ask, dialog } = useReplaceDraft();

  const start = async (forget: () => void) => {
    if (state === "busy") return;
    setState("busy");
    const res = await copyPublished(publicId, locale);
    if (res.kind === "ok") {
      rememberEditToken(res.value.id, res.value.editToken);
      noteCopy({ id: res.value.id, service, kept, reset });
      forget();
      router.push(`/assessments/${res.value.id}/edit`);
      return;
    }
    setState(res.kind === "offline" ? "offline" : "error");
  };

  return (
    <>
      <span id={explained} className={styles.startFromNote} data-testid="start-from-note">
        {d("startFromBefore", { kept, reset })}
      </span>
      <button type="button" className="button button--secondary" aria-disabled={state === "busy"} aria-describedby={explained} onClick={() => ask({ replace: (forget) => void start(forget) })}>
        {t.rich("startFrom", { service, hidden: (c) => <span className="visually-hidden">{c}</span> })}
      </button>
      <span role="status" className={state === "error" || state === "offline" ? styles.error : styles.muted}>
        {state === "busy" ? t("starting") : state === "error" ? t("startError") : state === "offline" ? t("offline") : ""}
      </span>
      {dialog}
    </>
  );
}
