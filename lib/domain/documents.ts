import { MODES, type TMode } from "./schema/modes";

/** The papers that follow an assessment. */
export const DOCUMENT_KINDS = ["vendor-letter", "school-letter", "family-notice", "register-entry", "action-plan", "dpia", "decision"] as const;
export type TDocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Who each document is for: the one source the API, the command line and the result page read.
 * The papers the school files as controller (families' notice, register entry, action plan with
 * its owners and dates, head's decision) are not a parents' association's to write; the letter to
 * the head of school is only theirs.
 */
export const MODES_OF: Record<TDocumentKind, readonly TMode[]> = {
  "vendor-letter": MODES,
  "school-letter": ["parents"],
  "family-notice": ["head", "it"],
  "register-entry": ["head", "it"],
  "action-plan": ["head", "it"],
  dpia: MODES,
  decision: ["head", "it"],
};

/** The documents offered to whoever answers in `mode` (none given: the head of school's). */
export const documentsFor = (mode: TMode = "head"): TDocumentKind[] => DOCUMENT_KINDS.filter((kind) => MODES_OF[kind].includes(mode));

export const isOfferedIn = (kind: TDocumentKind, mode: TMode = "head"): boolean => MODES_OF[kind].includes(mode);

export const DOCUMENT_FORMATS = ["pdf", "md", "csv", "json"] as const;
export type TDocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The formats each document comes in (the first is the default). */
export const FORMATS_OF: Record<TDocumentKind, readonly TDocumentFormat[]> = {
  "vendor-letter": ["pdf", "md"],
  "school-letter": ["pdf", "md"],
  "family-notice": ["pdf", "md"],
  "register-entry": ["pdf", "md", "csv", "json"],
  "action-plan": ["pdf", "md"],
  dpia: ["pdf", "md"],
  decision: ["pdf", "md"],
};

/** The `lang` of the report in French and English together. */
export const BILINGUAL = "fr-en";

/**
 * Documents about a register (many assessments), drawn by the same block pipeline; they are not
 * papers of one assessment, so they are not in DOCUMENT_KINDS (nor in the result page's list).
 */
export const REGISTER_DOCUMENT_KINDS = ["register-summary"] as const;
export type TRegisterDocumentKind = (typeof REGISTER_DOCUMENT_KINDS)[number];

/** Every document drawn from a `TDocumentViewModel`. */
export type TAnyDocumentKind = TDocumentKind | TRegisterDocumentKind;

export const isDocumentKind = (v: unknown): v is TDocumentKind =>
  typeof v === "string" && (DOCUMENT_KINDS as readonly string[]).includes(v);

export const isFormatOf = (kind: TDocumentKind, v: unknown): v is TDocumentFormat =>
  typeof v === "string" && (FORMATS_OF[kind] as readonly string[]).includes(v);
