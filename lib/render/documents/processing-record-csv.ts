import { csvCell } from "../service-register/csv";
import type { TRegisterEntry } from "./processing-record";

/** Spreadsheets in French use ";" (the comma is the decimal separator); in English ",". */
const SEPARATOR: Record<string, string> = { fr: ";", en: "," };

/**
 * The register entry as CSV: a header line (the entry's headings) and one line of values, to add
 * to the register's spreadsheet. UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formulas
 * neutralised (csvCell, the same rules as the register export).
 */
export function registerEntryCsv(entry: TRegisterEntry): string {
  const sep = SEPARATOR[entry.lang] ?? ",";
  const line = (cells: string[]) => cells.map(csvCell).join(sep);
  return `\uFEFF${line(entry.fields.map((f) => f.label))}\r\n${line(entry.fields.map((f) => f.value))}\r\n`;
}

export const registerEntryJson = (entry: TRegisterEntry) => `${JSON.stringify(entry, null, 2)}\n`;
