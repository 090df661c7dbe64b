/**
 * What the patch of @react-pdf/layout in patches/ adds to react-pdf (applied by `patch-package` after
 * `npm install`), and the switches it exposes on global symbols (no import needed there).
 * @react-pdf/layout:
 * - a memo of textkit's lines per text, keyed by everything that reaches textkit, shared between
 *   Yoga's measures, the pagination's rounds and reports (at most `capacity` texts and `maxChars`
 *   characters, least recently used out first);
 * - a counting round of "page n of N" that only counts pages instead of building them;
 * - Yoga passes that set a node's values without composing curried setters, copy each node once
 *   a step and drop its Yoga node without `delete` (which slows V8's objects down).
 * Why, and what it saves measured over HTTP: docs/pdf-stack.md.
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

export interface TYogaPassesPatch {
  /** false: Yoga passes compose their setters, copy nodes twice and `delete`, as unpatched. */
  enabled: boolean;
  /** Nodes whose values were set the unpatched way (switch off), since the process started. */
  composed: number;
}

const TEXT_LAYOUT = Symbol.for("react-pdf.textLayoutCache");
const PAGINATION = Symbol.for("react-pdf.pagination");
const YOGA_PASSES = Symbol.for("react-pdf.yogaPasses");

function patched<T>(key: symbol): T {
  const control = (globalThis as Record<symbol, T | undefined>)[key];
  if (control === undefined) {
    throw new Error(`${key.description} is missing: a dependency is not patched (patches/); run \`npm install\`, which applies the patches`);
  }
  return control;
}

/** The memo's control object; throws if react-pdf's layout runs unpatched. */
export const textLayoutCache = (): TTextLayoutCache => patched<TTextLayoutCache>(TEXT_LAYOUT);

/** The counting round's switch; throws if react-pdf's layout runs unpatched. */
export const paginationPatch = (): TPaginationPatch => patched<TPaginationPatch>(PAGINATION);

/** The Yoga passes' switch; throws if react-pdf's layout runs unpatched. */
export const yogaPassesPatch = (): TYogaPassesPatch => patched<TYogaPassesPatch>(YOGA_PASSES);
