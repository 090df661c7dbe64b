"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { createSaved } from "@/lib/browser/api-client";
import { editTokenFor, loadServerLink, rememberEditToken, saveServerLink } from "@/lib/browser/local";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { CopyLink } from "./copy-link";
import styles from "./saved.module.css";

type TLinks = { id: string; readUrl: string; editUrl: string | null };
type TState = { kind: "idle" } | { kind: "busy" } | { kind: "offline" } | { kind: "error"; message: string };

/** The links of a saved assessment, built here (the token stays in this browser). */
export function linksOf(id: string, token: string | null, locale: string): TLinks {
  const origin = window.location.origin;
  return {
    id,
    readUrl: `${origin}/${locale}/assessments/${id}`,
    editUrl: token === null ? null : `${origin}/${locale}/assessments/${id}/edit#token=${token}`,
  };
}

/**
 * "Save and get links": saves the answers as an assessment on the server and shows its read link and
 * secret edit link. From then on the form autosaves to it. Once saved, it shows the links again.
 */
export function SavePanel({ document: doc }: { document: TAnswersDocument | null }) {
  const t = useTranslations("Save");
  const locale = useLocale();
  const [links, setLinks] = useState<TLinks | null>(null);
  const [state, setState] = useState<TState>({ kind: "idle" });
  const [justSaved, setJustSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const link = loadServerLink();
    if (link !== null) setLinks(linksOf(link.id, editTokenFor(link.id), locale));
  }, [locale]);

  useEffect(() => {
    if (justSaved) heading.current?.focus();
  }, [justSaved]);

  // Arriving from the form's "Save and get links" (…/result#save): straight to this section.
  useEffect(() => {
    if (window.location.hash === "#save") {
      heading.current?.scrollIntoView({ block: "start" });
      heading.current?.focus({ preventScroll: true });
    }
  }, []);

  const save = async () => {
    if (doc === null || state.kind === "busy") return;
    setState({ kind: "busy" });
    const res = await createSaved(doc, locale);
    if (res.kind === "ok") {
      const { id, editToken, version } = res.value;
      rememberEditToken(id, editToken);
      saveServerLink({ id, version, pending: false });
      setLinks({ id, readUrl: res.value.readUrl, editUrl: res.value.editUrl });
      setState({ kind: "idle" });
      setJustSaved(true);
    } else if (res.kind === "offline") {
      setState({ kind: "offline" });
    } else {
      setState({ kind: "error", message: res.kind === "error" || res.kind === "refused" ? res.message : "" });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="save-heading" id="save">
      <h2 id="save-heading" ref={heading} tabIndex={-1}>
        {links === null ? t("heading") : t("savedHeading")}
      </h2>
      {links === null ? (
        <>
          <p>{t("intro")}</p>
          {doc === null ? (
            <p>{t("invalid")}</p>
          ) : (
            <p>
              <button type="button" className="button button--primary" aria-disabled={state.kind === "busy"} onClick={() => void save()}>
                {t("button")}
              </button>
            </p>
          )}
          <p role="status" className={state.kind === "offline" || state.kind === "error" ? styles.error : styles.muted}>
            {state.kind === "busy" ? t("saving") : state.kind === "offline" ? t("offline") : state.kind === "error" ? t("error", { message: state.message }) : ""}
          </p>
        </>
      ) : (
        <>
          <p role="status">{justSaved ? t("done") : t("already")}</p>
          <CopyLink label={t("readLink")} url={links.readUrl} name="read" />
          <p className={styles.muted}>{t("readHelp")}</p>
          {links.editUrl !== null ? (
            <>
              <CopyLink label={t("editLink")} url={links.editUrl} name="edit" />
              <p className={styles.warning}>
                <strong>{t("warningTitle")}</strong> {t("warning")}
              </p>
            </>
          ) : (
            <p>{t("noEditToken")}</p>
          )}
          <p>{t("autosaveNote")}</p>
          <p className="button-row">
            <Link href={`/assessments/${links.id}`} className="button button--secondary">
              {t("open")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
