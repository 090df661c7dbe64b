/**
 * What patches/@react-pdf+layout+*.patch adds to react-pdf's layout (applied by `patch-package`
 * after `npm install`), and the switches it exposes on global symbols (no import needed there):
 * - a memo of textkit's lines per text, keyed by everything that reaches textkit, shared between
 *   Yoga's measures, the pagination's rounds and reports (at most `capacity` texts and `maxChars`
 *   characters, least recently used out first);
 * - a counting round of "page n of N" that only counts pages instead of building them.
 * Profile of 20 warm renders of the 27-page report: text layout was a quarter of a render and the
 * counting round's page builds a sixth; in-process, the mean render went from 575 to 410 ms with
 * the memo, then to 335 ms with both.
 */
import "@react-pdf/renderer";

export interface TTextLayoutCache {
  /** false: every text is laid out afresh (what react-pdf does unpatched). */
  enabled: boolean;
  /** Most texts kept; the least recently used goes first. */
  capacity: number;
  /** Most characters of text kept, all texts together (their lines take ~250 bytes a character). */
  maxChars: number;
  maxKeyLength: number;
  hits: number;
  misses: number;
  readonly size: number;
  readonly chars: number;
  clear(): void;
}

export interface TPaginationPatch {
  /** false: the counting round builds and lays out every page, as react-pdf does unpatched. */
  countOnlyFirstRound: boolean;
}

const TEXT_LAYOUT = Symbol.for("react-pdf.textLayoutCache");
const PAGINATION = Symbol.for("react-pdf.pagination");

function patched<T>(key: symbol): T {
  const control = (globalThis as Record<symbol, T | undefined>)[key];
  if (control === undefined) {
    throw new Error("@react-pdf/layout is not patched (patches/): run `npm install`, which applies it");
  }
  return control;
}

/** The memo's control object; throws if react-pdf's layout runs unpatched. */
export const textLayoutCache = (): TTextLayoutCache => patched<TTextLayoutCache>(TEXT_LAYOUT);

/** The counting round's switch; throws if react-pdf's layout runs unpatched. */
export const paginationPatch = (): TPaginationPatch => patched<TPaginationPatch>(PAGINATION);
