"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { sanitizeDraft, type TDraft } from "@/lib/domain/assessment/draft";
import { toDocument } from "@/lib/domain/assessment/to-document";
import { saveDraft } from "@/lib/browser/draft-storage";
import { getSavedAsEditor, putSaved, type TSavedView } from "@/lib/browser/api-client";
import { editTokenFor, loadServerLink, saveServerLink, type TServerLink } from "@/lib/browser/local";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { ConflictDialog } from "./conflict-dialog";
import styles from "./saved.module.css";

/** How long after the last change the form saves to the server. */
export const AUTOSAVE_DELAY_MS = 1500;

type TStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; version: number }
  | { kind: "offline" }
  | { kind: "invalid" }
  | { kind: "refused" }
  /** The edit link was replaced or revoked: found when the form opens, before any change is sent. */
  | { kind: "revoked" }
  | { kind: "error" }
  | { kind: "conflict" };

type TConflict = { mine: TAnswersDocument; current: TSavedView };

const json = (doc: TAnswersDocument) => JSON.stringify(doc);

/**
 * Saves the form to the saved assessment it belongs to, 1.5 s after the last change, with If-Match;
 * the draft stays in this browser too. A stale version gets the conflict dialog: nothing is
 * overwritten without the user choosing so. When the form opens, the edit link is checked: a link
 * that no longer allows changes is said at once, and nothing is sent. The status line is a polite
 * live region.
 */
export function Autosave() {
  const t = useTranslations("Save.autosave");
  const locale = useLocale();
  const { watch, getValues, reset } = useFormContext<TDraft>();
  const [status, setStatus] = useState<TStatus>({ kind: "idle" });
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  const blocked = useRef(false); // while a conflict waits for the user's choice
  const lastSynced = useRef<string | null>(null);

  const show = useCallback((s: TStatus) => {
    if (mounted.current) setStatus(s);
  }, []);

  const send = useCallback(
    async (link: TServerLink, doc: TAnswersDocument, version: number): Promise<void> => {
      const token = editTokenFor(link.id);
      if (token === null) return show({ kind: "refused" });
      inFlight.current = true;
      show({ kind: "saving" });
      try {
        const res = await putSaved(link.id, token, version, doc, locale);
        if (res.kind === "ok") {
          // The draft may have changed while the request travelled: still pending if so.
          const now = json(toDocument(sanitizeDraft(getValues())).data ?? doc);
          lastSynced.current = json(doc);
          saveServerLink({ id: link.id, version: res.value.version, pending: now !== lastSynced.current });
          show({ kind: "saved", at: new Date(), version: res.value.version });
        } else if (res.kind === "conflict") {
          blocked.current = true;
          if (mounted.current) {
            setConflict({ mine: doc, current: res.current });
            setDialogOpen(true);
          }
          show({ kind: "conflict" });
        } else if (res.kind === "offline") {
          show({ kind: "offline" });
        } else if (res.kind === "refused") {
          show({ kind: "refused" });
        } else {
          show({ kind: res.status === 400 ? "invalid" : "error" });
        }
      } finally {
        inFlight.current = false;
      }
    },
    [getValues, locale, show],
  );

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (blocked.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const link = loadServerLink();
    if (link === null) return;
    const parsed = toDocument(sanitizeDraft(getValues()));
    if (!parsed.success) return show({ kind: "invalid" });
    if (json(parsed.data) === lastSynced.current) {
      if (link.pending) saveServerLink({ ...link, pending: false });
      return;
    }
    await send(link, parsed.data, link.version);
    if (again.current) {
      again.current = false;
      void flush();
    }
  }, [getValues, send, show]);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    mounted.current = true;
    const link = loadServerLink();
    const parsed = toDocument(sanitizeDraft(getValues()));
    if (link !== null && !link.pending && parsed.success) lastSynced.current = json(parsed.data);
    if (link?.pending) schedule();
    const { unsubscribe } = watch(() => {
      const current = loadServerLink();
      if (current !== null && !current.pending) saveServerLink({ ...current, pending: true });
      schedule();
    });
    // The edit link may have been replaced since this browser got it: say so now, not at the first change.
    if (link !== null) {
      const token = editTokenFor(link.id);
      if (token === null) show({ kind: "refused" });
      else
        void getSavedAsEditor(link.id, token, locale).then((res) => {
          const revoked = res.kind === "ok" ? res.value.editable === false : res.kind === "refused";
          if (!revoked) return;
          blocked.current = true;
          show({ kind: "revoked" });
        });
    }
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      mounted.current = false;
      unsubscribe();
      window.removeEventListener("online", online);
      // Leaving the form (to the result, say): send what is pending now rather than drop it.
      if (timer.current !== null) void flush();
    };
  }, [flush, getValues, locale, schedule, show, watch]);

  const keepMine = async () => {
    if (conflict === null) return;
    const link = loadServerLink();
    if (link === null) return;
    const parsed = toDocument(sanitizeDraft(getValues()));
    const mine = parsed.success ? parsed.data : conflict.mine;
    blocked.current = false;
    setDialogOpen(false);
    setConflict(null);
    await send(link, mine, conflict.current.version);
    if (again.current) {
      again.current = false;
      void flush();
    }
  };

  const loadTheirs = () => {
    if (conflict === null) return;
    const link = loadServerLink();
    const theirs = sanitizeDraft(conflict.current.document);
    blocked.current = false;
    lastSynced.current = json(conflict.current.document);
    if (timer.current !== null) clearTimeout(timer.current);
    reset(theirs);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    saveDraft(theirs);
    if (link !== null) saveServerLink({ id: link.id, version: conflict.current.version, pending: false });
    setDialogOpen(false);
    setConflict(null);
    show({ kind: "saved", at: new Date(), version: conflict.current.version });
  };

  const time = (d: Date) => d.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
  const text = (() => {
    switch (status.kind) {
      case "idle":
        return t("linked");
      case "saving":
        return t("saving");
      case "saved":
        return t("saved", { time: time(status.at) });
      case "offline":
        return t("offline");
      case "invalid":
        return t("invalid");
      case "refused":
        return t("refused");
      case "revoked":
        return t("revoked");
      case "error":
        return t("error");
      case "conflict":
        return t("conflict");
    }
  })();

  return (
    <aside className={styles.autosave} aria-label={t("region")}>
      <p role="status" className={styles.autosaveStatus} data-save-state={status.kind} id="autosave-status">
        {text}
      </p>
      {conflict !== null && !dialogOpen && (
        <button type="button" className="button button--secondary" onClick={() => setDialogOpen(true)}>
          {t("resolve")}
        </button>
      )}
      {(status.kind === "offline" || status.kind === "error") && (
        <button type="button" className="button button--secondary" onClick={() => void flush()}>
          {t("retry")}
        </button>
      )}
      {conflict !== null && dialogOpen && (
        <ConflictDialog mine={conflict.mine} current={conflict.current} onKeepMine={() => void keepMine()} onLoadTheirs={loadTheirs} onDismiss={() => setDialogOpen(false)} />
      )}
    </aside>
  );
}
