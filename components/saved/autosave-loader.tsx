"use client";

import { useEffect, useState, type ComponentType } from "react";
import { useFormContext } from "react-hook-form";
import { SERVER_LINK_KEY } from "@/lib/assessment/storage";
import { useAnswersReady } from "../assessment-provider";

/** Notes in the link that the draft changed (the autosave sends it once loaded). */
function markPending() {
  try {
    const raw = window.localStorage.getItem(SERVER_LINK_KEY);
    if (raw === null) return;
    const link = JSON.parse(raw) as { pending?: boolean };
    if (link.pending !== true) window.localStorage.setItem(SERVER_LINK_KEY, JSON.stringify({ ...link, pending: true }));
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
  const [Autosave, setAutosave] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!ready) return;
    let linked = false;
    try {
      linked = window.localStorage.getItem(SERVER_LINK_KEY) !== null;
    } catch {
      // no storage: nothing to autosave to
    }
    if (!linked) return;
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
  return Autosave === null ? null : <Autosave />;
}
