import type { TSeverity } from "@/lib/domain/catalogue";
import type { TVerdict } from "@/lib/domain/engine/types";
import type { TLocale } from "@/lib/i18n/locales";
import type { TMeta, TPageChrome } from "../report/types";
import type { TAnyDocumentKind } from "@/lib/domain/documents";

/**
 * A document as plain, translated data: a title and a flow of blocks. The PDF and the Markdown are
 * both drawn from it, so they always say the same thing.
 */
export interface TDocumentViewModel {
  kind: TAnyDocumentKind;
  locale: TLocale;
  meta: TMeta;
  page: TPageChrome;
  /** Small line above the title: the kind of document. */
  kicker: string;
  title: string;
  blocks: TBlock[];
  /** Last line: when and from what the document was made. */
  colophon: string;
}

export interface TFactRow {
  label: string;
  value: string;
  /** True when the value holds a blank to complete. */
  toComplete: boolean;
}

export interface TQuestionItem {
  /** "Question 3 · COM-01". */
  heading: string;
  text: string;
  notes: { label: string; text: string }[];
}

export interface TColumn {
  header: string;
  /** Width in points, or "flex" for the column that takes the rest. */
  width: number | "flex";
}

export interface TCell {
  text: string;
  /** Small line above the text (a kind of action). */
  kicker?: string;
  /** Small lines below the text. */
  details?: string[];
  /** Shown as a coloured chip. */
  severity?: TSeverity;
  /** Shown as a chip in the verdict's colours (instead of `severity`). */
  verdict?: TVerdict;
}

export type TBlock =
  | { type: "heading"; level: 2 | 3; text: string }
  | { type: "paragraph"; text: string; style?: "lead" | "box" | "muted" }
  | { type: "facts"; rows: TFactRow[] }
  | { type: "list"; items: string[] }
  | { type: "questions"; items: TQuestionItem[] }
  | { type: "table"; columns: TColumn[]; rows: TCell[][] }
  /** Side by side boxes to sign: who signs, then lines to fill ("Name:", "Date:", "Signature:"). */
  | { type: "signatures"; items: { label: string; lines: string[] }[] };
