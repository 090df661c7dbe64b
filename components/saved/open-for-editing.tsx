"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { CONTEXT_STEP } from "@/lib/domain/assessment/steps";
import { isStarted, sanitizeDraft, type TDraft } from "@/lib/domain/assessment/draft";
import { loadDraft, saveDraft } from "@/lib/browser/draft-storage";
import { getSaved, type TSavedView } from "@/lib/browser/api-client";
import { editTokenFor, loadServerLink, rememberEditToken, saveServerLink, tokenFromHash } from "@/lib/browser/local";
import styles from "./saved.module.css";

type TState =
  | { kind: "loading" }
  | { kind: "noToken" }
  | { kind: "notFound" }
  | { kind: "offline" }
  | { kind: "confirm"; view: TSavedView; token: string; other: TDraft };

/**
 * The edit link: reads the token from the fragment (it never reaches the server in a URL), keeps it
 * in this browser, loads the saved answers into the form and opens its first step; from there the
 * form autosaves. An unsaved assessment already in this browser is not replaced without asking.
 */
export function OpenForEditing({ id }: { id: string }) {
  const t = useTranslations("SavedAssessment.edit");
  const locale = useLocale();
  const router = useRouter();
  const [state, setState] = useState<TState>({ kind: "loading" });
  const heading = useRef<HTMLHeadingElement>(null);

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
      const unsaved = draft !== null && isStarted(draft) && (link === null || link.pending);
      if (unsaved && link?.id !== id) return setState({ kind: "confirm", view, token, other: draft });
      open(view, token);
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
      {state.kind === "confirm" && (
        <div role="alert" className={styles.warning}>
          <p>{state.other.service.name.trim() ? t("replaceNamed", { service: state.other.service.name.trim() }) : t("replace")}</p>
          <p className="button-row">
            <Link href="/result" className="button button--secondary">
              {t("keepOther")}
            </Link>
            <button type="button" className="button button--danger" onClick={() => open(state.view, state.token)}>
              {t("replaceYes")}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
