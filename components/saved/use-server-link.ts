"use client";

import { useSyncExternalStore } from "react";
import { SERVER_LINK_KEY } from "@/lib/browser/draft-storage";
import { webStorage } from "@/lib/browser/web-storage";

const subscribe = (changed: () => void) => {
  window.addEventListener("storage", changed);
  return () => window.removeEventListener("storage", changed);
};

/** The id in the draft's link to its saved assessment (a string, so React compares snapshots by value). */
function linkedId(): string {
  try {
    const raw = webStorage("local")?.getItem(SERVER_LINK_KEY) ?? null;
    const id = raw === null ? null : (JSON.parse(raw) as { id?: unknown } | null)?.id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}

/**
 * The id of the saved assessment the form's draft belongs to: "" when the draft is kept in this
 * browser only, null while rendering on the server (not known there). Read at each render, so a link
 * written just before a navigation is seen; other tabs' changes arrive through the storage event.
 */
export const useServerLinkId = (): string | null => useSyncExternalStore(subscribe, linkedId, () => null);
