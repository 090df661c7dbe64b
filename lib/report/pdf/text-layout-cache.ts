/**
 * The text layout memo that patches/@react-pdf+layout+*.patch adds to react-pdf's layout (applied
 * by `patch-package` after `npm install`): textkit's lines for a text node, keyed by everything
 * that reaches textkit, shared between Yoga's measures, pagination's second round and reports.
 * The patch also skips building pages in the counting round of "page n of N" pagination.
 * Profile of 20 warm renders of the 27-page report: text layout was a quarter of a render, and the
 * counting round's page builds a sixth; together, the warm render went from ~530 to ~320 ms.
 *
 * The patched module exposes its control object on a global symbol (no import needed there).
 */
import "@react-pdf/renderer";

export interface TTextLayoutCache {
  /** false: every text is laid out afresh (what react-pdf does unpatched). */
  enabled: boolean;
  /** Most layouts kept; the least recently used goes first. */
  capacity: number;
  maxKeyLength: number;
  hits: number;
  misses: number;
  readonly size: number;
  clear(): void;
}

const KEY = Symbol.for("react-pdf.textLayoutCache");

/** The memo's control object; throws if react-pdf's layout runs unpatched. */
export function textLayoutCache(): TTextLayoutCache {
  const control = (globalThis as { [KEY]?: TTextLayoutCache })[KEY];
  if (control === undefined) {
    throw new Error("@react-pdf/layout is not patched (patches/): run `npm install`, which applies it");
  }
  return control;
}
