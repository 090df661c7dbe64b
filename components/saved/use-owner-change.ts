"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { TApiResult } from "@/lib/browser/api-client";
import { loadServerLink, saveServerLink } from "@/lib/browser/local";

export type TOwnerMessage = { kind: "ok" | "error"; text: string } | null;

/**
 * A change the edit link's holder makes from the saved page (publish, review date, vendor link…):
 * one at a time, its outcome announced once the page has been read again from the server. A change
 * that makes a new version moves the form's draft of this assessment to it, unless the draft has
 * changes of its own. `words` are the page's own messages for a stale version and for no connection.
 */
export function useOwnerChange(id: string, words: { stale: string; offline: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [message, setMessage] = useState<TOwnerMessage>(null);

  const refresh = () => startRefresh(() => router.refresh());

  /** The form's draft of this assessment follows `version`, unless it has changes of its own. */
  const followVersion = (version: number | undefined) => {
    const link = loadServerLink();
    if (version !== undefined && link?.id === id && !link.pending) saveServerLink({ id, version, pending: false });
  };

  /** Runs a change; on success (or a stale version) the page is read again from the server. */
  const run = async <T,>(change: () => Promise<TApiResult<T>>, done: string | ((v: T) => string), newVersion?: (v: T) => number | undefined) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const res = await change();
    setBusy(false);
    if (res.kind === "ok") {
      followVersion(newVersion?.(res.value));
      setMessage({ kind: "ok", text: typeof done === "string" ? done : done(res.value) });
      refresh();
    } else if (res.kind === "conflict") {
      setMessage({ kind: "error", text: words.stale });
      refresh();
    } else {
      setMessage({ kind: "error", text: res.kind === "offline" ? words.offline : res.message });
    }
  };

  return { busy, refreshing, message, setMessage, refresh, followVersion, run };
}
