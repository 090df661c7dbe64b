"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { CONTEXT_STEP } from "@/lib/domain/assessment/step-names";
import type { TDraftToResume } from "@/lib/browser/draft-storage";
import { ConfirmDialog, type TConfirmDialog } from "../ui/confirm-dialog";

/** The draft in this browser; `onServer` when it belongs to a saved assessment, which "start again" leaves on the server. */
type TSaved = TDraftToResume | null;

/** Start, or resume the assessment saved in this browser; "start again" asks first, in a modal dialog. */
export function StartActions() {
  const t = useTranslations("Start");
  const router = useRouter();
  const [saved, setSaved] = useState<TSaved>(null);
  const dialog = useRef<TConfirmDialog>(null);
  const restartButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Loaded after the page is shown (the module the mode choice loads too): the start page itself
    // needs none of the draft's code, nor the catalogue that the draft is checked against.
    let live = true;
    void import("@/lib/browser/draft-storage").then(({ draftToResume }) => {
      const draft = draftToResume();
      if (live && draft !== null) setSaved(draft);
    });
    return () => {
      live = false;
    };
  }, []);

  const erase = async () => {
    (await import("@/lib/browser/draft-storage")).clearDraft();
    dialog.current?.close();
    setSaved(null);
    router.push(`/assess/${CONTEXT_STEP}`);
  };

  return (
    <section className="start-actions" aria-labelledby="start-actions-title">
      <h2 id="start-actions-title" className="visually-hidden">
        {t("actionsTitle")}
      </h2>
      {saved === null ? (
        <p>
          <Link href={`/assess/${CONTEXT_STEP}`} className="button button--primary">
            {t("start")}
          </Link>
        </p>
      ) : (
        <>
          <p>{saved.service ? t("inProgressNamed", { service: saved.service }) : t("inProgress")}</p>
          <p className="button-row">
            <Link href={`/assess/${saved.step}`} className="button button--primary">
              {t("resume")}
            </Link>
            <Link href="/result" className="button button--secondary">
              {t("seeResult")}
            </Link>
            <button ref={restartButton} type="button" className="button button--secondary" onClick={() => dialog.current?.open()}>
              {t("restart")}
            </button>
          </p>
        </>
      )}
      <ConfirmDialog
        ref={dialog}
        title={t("confirmTitle")}
        text={t(saved?.onServer ? "confirmTextSaved" : "confirmText")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("confirmNo")}
        onConfirm={() => void erase()}
        onClose={() => restartButton.current?.focus()}
      />
    </section>
  );
}
