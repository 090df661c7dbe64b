import { verdictKey } from "../catalogue";
import type { TTranslate } from "../i18n/translator";
import type { TRegisterEntry } from "../store/registers";
import { parisDay } from "../store/review-date";

/** Spreadsheets in French use ";" (the comma is the decimal separator); in English ",". */
const SEPARATOR: Record<"fr" | "en", string> = { fr: ";", en: "," };

const COLUMNS = ["service", "vendor", "school", "verdict", "decision", "decisionDate", "evaluatedAt", "reviewDate", "reviewDue", "catalogueVersion", "round", "link"] as const;

/** A CSV cell: quoted when needed, and a leading =, +, -, @ (or tab/CR) neutralised so no spreadsheet runs it as a formula. */
export function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The register as CSV (UTF-8 with a byte-order mark so spreadsheets read accents, CRLF line ends,
 * RFC 4180 quoting): one line per service, headers and verdicts in the chosen language.
 */
export function registerCsv(entries: readonly TRegisterEntry[], t: TTranslate, readUrl: (assessmentId: string) => string): string {
  const sep = SEPARATOR[t.locale];
  const line = (cells: string[]) => cells.map((c) => csvCell(c, sep)).join(sep);
  const header = line(COLUMNS.map((c) => t(`RegisterCsv.${c}`)));
  const rows = entries.map((e) =>
    line([
      e.serviceName,
      e.vendor ?? "",
      e.schoolName ?? "",
      t(verdictKey(e.verdict, "label", e.basis)),
      e.decision === null ? "" : t(`Decision.outcomes.${e.decision.outcome}`),
      e.decision?.date ?? "",
      parisDay(new Date(e.evaluatedAt)),
      e.reviewDate,
      t(e.reviewDue ? "Answers.yes" : "Answers.no"),
      e.catalogueVersion,
      String(e.round),
      readUrl(e.assessmentId),
    ]),
  );
  return `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
}
