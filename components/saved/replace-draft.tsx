"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import type { TDraftInProgress } from "@/lib/browser/draft-in-progress";
import { ConfirmDialog, type TConfirmDialog } from "../ui/confirm-dialog";

type TAsk = {
  /**
   * Runs when there is no draft to replace, or when the user agrees to replace it; `forget` takes
   * the agreed draft out of the form (call it once the other assessment is there to open).
   */
  replace: (forget: () => void) => void;
  /** Runs when the user keeps the draft (after the dialog has closed). */
  keep?: () => void;
  /** The saved assessment about to be opened: a draft that is already that one is not asked about. */
  opening?: string;
};

/**
 * Import, an edit link and "start from" put another assessment in the form: when the form holds a
 * draft with answers, this asks first, naming it, and says whether it stays saved on the server
 * or exists only in this browser. "Keep" (the focused choice, or Escape) leaves the draft as it is,
 * and focus goes back where it was.
 */
export function useReplaceDraft(): { ask: (a: TAsk) => void; dialog: ReactNode } {
  const t = useTranslations("Drafts");
  const ref = useRef<TConfirmDialog>(null);
  const pending = useRef<{ ask: TAsk; confirmed: boolean; returnTo: Element | null } | null>(null);
  const [current, setCurrent] = useState<TDraftInProgress | null>(null);

  const ask = (a: TAsk) => {
    // Loaded when needed: the start page, which imports files, needs none of the draft's code.
    void import("@/lib/browser/draft-in-progress").then(({ draftInProgress, forgetDraft }) => {
      const draft = draftInProgress();
      if (draft === null || (a.opening !== undefined && draft.linkedTo === a.opening)) return a.replace(() => undefined);
      pending.current = { ask: { ...a, replace: () => a.replace(forgetDraft) }, confirmed: false, returnTo: document.activeElement };
      setCurrent(draft);
      // The dialog's texts are set before it opens, so it is announced with them.
      requestAnimationFrame(() => ref.current?.open());
    });
  };

  // The question is worded once there is a draft to ask about: its count of answers is a plural,
  // and the first plural formatter a page creates costs a long task (the start page would pay it
  // while it hydrates, for a dialog it may never open).
  const dialog = (
    <ConfirmDialog
      ref={ref}
      title={current === null ? "" : current.service !== "" ? t("replaceTitle", { service: current.service }) : t("replaceTitleUnnamed")}
      text={current === null ? "" : t("replaceText", { answers: current.answers, saved: current.savedAs ? "yes" : "no" })}
      confirmLabel={t("replaceConfirm")}
      cancelLabel={t("replaceCancel")}
      onConfirm={() => {
        if (pending.current !== null) pending.current.confirmed = true;
        ref.current?.close();
      }}
      onClose={() => {
        const p = pending.current;
        pending.current = null;
        if (p === null) return;
        if (p.confirmed) return p.ask.replace(() => undefined);
        if (p.returnTo instanceof HTMLElement) p.returnTo.focus();
        p.ask.keep?.();
      }}
    />
  );
  return { ask, dialog };
}
