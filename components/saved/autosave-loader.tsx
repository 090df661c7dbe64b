"use client";

import { useEffect, useState, type ComponentType } from "react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Link } from "@/i18n/navigation";
import { SERVER_LINK_KEY } from "@/lib/browser/draft-storage";
import { webStorage } from "@/lib/browser/web-storage";
import { useAnswersReady } from "../form/answers-ready";
import styles from "./saved.module.css";

/** Notes in the link that the draft changed (the autosave sends it once loaded). */
function markPending() {
  const store = webStorage("local");
  try {
    const raw = store?.getItem(SERVER_LINK_KEY) ?? null;
    if (raw === null) return;
    const link = JSON.parse(raw) as { pending?: boolean };
    if (link.pending !== true) store?.setItem(SERVER_LINK_KEY, JSON.stringify({ ...link, pending: true }));
  } catch {
    // the autosave will find out by itself
  }
}

/**
 * Loads the autosave (status line and conflict dialog) only when the draft in the form belongs to a
 * saved assessment: a draft kept in this browser alone costs no extra JavaScript. Every change marks
 * the link pending at once, so a change made while the autosave loads is not missed.
 */
export function AutosaveLoader() {
  const ready = useAnswersReady();
  const { watch } = useFormContext();
  const t = useTranslations("Save");
  const [Autosave, setAutosave] = useState<ComponentType | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let linked = false;
    try {
      linked = (webStorage("local")?.getItem(SERVER_LINK_KEY) ?? null) !== null;
    } catch {
      // no storage: nothing to autosave to
    }
    if (!linked) {
      setUnsaved(true);
      return;
    }
    let live = true;
    const { unsubscribe } = watch(markPending);
    void import("./autosave").then((m) => {
      if (live) setAutosave(() => m.Autosave);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [ready, watch]);
  if (Autosave !== null) return <Autosave />;
  // Not saved on the server yet: a discreet way to get links, from the form too.
  return unsaved ? (
    <aside className={styles.formLink} aria-label={t("autosave.region")}>
      <Link href="/result#save">{t("fromForm")}</Link>
    </aside>
  ) : null;
}
