"use client";

import { useEffect, type RefObject } from "react";

/**
 * The path the document was loaded at. This module is imported by the header (on every page), so it
 * is evaluated once per full page load, before any client-side navigation.
 */
const INITIAL_PATH = typeof window === "undefined" ? "" : window.location.pathname;
let navigated = false;

/** True when the page was reached by a client-side navigation rather than a full load. */
export function arrivedByNavigation(): boolean {
  if (!navigated && typeof window !== "undefined" && window.location.pathname !== INITIAL_PATH) navigated = true;
  return navigated;
}

/** Focuses what the URL's #fragment names: an input, the chosen (or first) radio of a question, or the element. */
export function focusFragmentTarget(): boolean {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target === null) return false;
  const control =
    target instanceof HTMLInputElement
      ? target
      : (target.querySelector<HTMLInputElement>("input:checked") ?? target.querySelector<HTMLInputElement>("input"));
  (control ?? target).focus();
  target.scrollIntoView({ block: "center" });
  return true;
}

/**
 * After a client-side navigation, moves focus to the page's heading (or to the #fragment target) so
 * that keyboard and screen reader users start on the new content. A full page load keeps the
 * browser's default (top of the page, skip link first), unless the URL names a fragment.
 */
export function useArrivalFocus(heading: RefObject<HTMLElement | null>, ready = true, key?: string) {
  useEffect(() => {
    if (!ready) return;
    if (focusFragmentTarget()) return;
    if (arrivedByNavigation()) heading.current?.focus();
  }, [heading, ready, key]);
}
