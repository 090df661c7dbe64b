"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { CONTEXT_STEP } from "@/lib/domain/assessment/steps";
import { sanitizeDraft } from "@/lib/domain/assessment/draft";
import { loadDraft, saveDraft } from "@/lib/browser/draft-storage";
import { getSaved, type TSavedView } from "@/lib/browser/api-client";
import { editTokenFor, loadServerLink, rememberEditToken, saveServerLink, tokenFromHash } from "@/lib/browser/local";
import { useReplaceDraft } from "./replace-draft";
import styles from "./saved.module.css";

type TState =
  | { kind: "loading" }
  | { kind: "noToken" }
  | { kind: "notFound" }
  | { kind: "offline" }
  /** A draft with answers was in the form, and the user kept it. */
  | { kind: "kept" };

/**
 * The edit link: reads the token from the fragment (it never reaches the server in a URL), keeps it
 * in this browser, loads the saved answers into the form and opens its first step; from there the
 * form autosaves. A draft with answers already in the form (another assessment) is not replaced
 * without asking; keeping it leaves this one unopened.
 */
export function OpenForEditing({ id }: { id: string }) {
  const t = useTranslations("SavedAssessment.edit");
  const locale = useLocale();
  const router = useRouter();
  const [state, setState] = useState<TState>({ kind: "loading" });
  const heading = useRef<HTMLHeadingElement>(null);
  const { ask, dialog } = useReplaceDraft();

  const open = (view: TSavedView, token: string) => {
    rememberEditToken(view.id, token);
    saveDraft(sanitizeDraft(view.document));
    saveServerLink({ id: view.id, version: view.version, pending: false });
    router.replace(`/assess/${CONTEXT_STEP}`);
  };

  useEffect(() => {
    let live = true;
    const fromHash = tokenFromHash(window.location.hash);
    // The token leaves the address bar (and the history) at once; this browser keeps it.
    if (window.location.hash !== "") window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    if (fromHash !== null) rememberEditToken(id, fromHash);
    const token = fromHash ?? editTokenFor(id);
    if (token === null) {
      setState({ kind: "noToken" });
      return;
    }
    void getSaved(id, locale).then((res) => {
      if (!live) return;
      if (res.kind === "offline") return setState({ kind: "offline" });
      if (res.kind !== "ok") return setState({ kind: "notFound" });
      const view = res.value;
      const link = loadServerLink();
      const draft = loadDraft();
      // The same assessment with changes not yet sent: keep them, the autosave sends them (If-Match guards).
      if (link?.id === id && link.pending && draft !== null) {
        router.replace(`/assess/${CONTEXT_STEP}`);
        return;
      }
      ask({ opening: id, replace: () => open(view, token), keep: () => setState({ kind: "kept" }) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, locale]);

  useEffect(() => {
    if (state.kind !== "loading") heading.current?.focus();
  }, [state.kind]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("title")}
      </h1>
      {state.kind === "loading" && <p role="status">{t("loading")}</p>}
      {state.kind === "noToken" && (
        <p role="alert">
          {t("noToken")} <Link href={`/assessments/${id}`}>{t("readInstead")}</Link>
        </p>
      )}
      {state.kind === "notFound" && <p role="alert">{t("notFound")}</p>}
      {state.kind === "offline" && <p role="alert">{t("offline")}</p>}
      {state.kind === "kept" && (
        <div role="status" className={styles.notice}>
          <p>{t("kept")}</p>
          <p className="button-row">
            <Link href={`/assess/${CONTEXT_STEP}`} className="button button--secondary">
              {t("backToDraft")}
            </Link>
            <Link href={`/assessments/${id}`} className="button button--secondary">
              {t("readInstead")}
            </Link>
          </p>
        </div>
      )}
      {dialog}
    </>
  );
}
