import { verdictKey } from "@/lib/domain/catalogue";
import type { TTranslate } from "@/lib/i18n/translator";
import type { TRegisterEntry } from "@/lib/domain/service-register/types";
import { parisDay } from "@/lib/domain/dates";

/** Spreadsheets in French use ";" (the comma is the decimal separator); in English ",". */
const SEPARATOR: Record<"fr" | "en", string> = { fr: ";", en: "," };

const COLUMNS = ["service", "vendor", "school", "verdict", "decision", "decisionDate", "sources", "evaluatedAt", "reviewDate", "reviewDue", "catalogueVersion", "round", "link"] as const;

/** A formula's first character (=, +, -, @, after spaces if any), or a tab or CR, at the start of the cell. */
const FORMULA_AT_START = /^\s*[=+\-@]|^[\t\r]/;
/** A separator of either language, a tab or a line break before a formula's first character: where a reading with another separator starts a cell. */
const BEFORE_FORMULA_INSIDE = /([,;\t\r\n])(?=[^\S\r\n]*[=+\-@])/g;
/** What makes a cell need quotes, whichever separator the file is read with. */
const NEEDS_QUOTES = /[,;"\t\r\n]/;

/**
 * A CSV cell: quoted (RFC 4180) when it holds either language's separator, a quote, a tab or a
 * line break, so that it stays one cell whichever separator a spreadsheet reads the file with.
 * A formula is neutralised with an apostrophe wherever a cell could start with it: at the start of
 * the value, and after an inner separator, tab or line break (a file opened with the other
 * language's separator is cut there, whatever the quotes say); a cell with either gets one at its
 * start too.
 */
export function csvCell(value: string): string {
  const inner = value.replace(BEFORE_FORMULA_INSIDE, "$1'");
  const safe = FORMULA_AT_START.test(value) || inner !== value ? `'${inner}` : inner;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The register as CSV (UTF-8 with a byte-order mark so spreadsheets read accents, CRLF line ends,
 * RFC 4180 quoting): one line per service, headers and verdicts in the chosen language.
 */
export function registerCsv(entries: readonly TRegisterEntry[], t: TTranslate, readUrl: (assessmentId: string) => string): string {
  const sep = SEPARATOR[t.locale];
  const line = (cells: string[]) => cells.map(csvCell).join(sep);
  const header = line(COLUMNS.map((c) => t(`RegisterCsv.${c}`)));
  const rows = entries.map((e) =>
    line([
      e.serviceName,
      e.vendor ?? "",
      e.schoolName ?? "",
      t(verdictKey(e.verdict, "label", e.basis)),
      e.decision === null ? "" : t(`Decision.outcomes.${e.decision.outcome}`),
      e.decision?.date ?? "",
      t("Evidence.fraction", { sourced: e.sourcing.sourced, answered: e.sourcing.answered }),
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
