import { renderDocumentViewModelPdf, type TRenderedFile } from "../documents/render";
import type { TLocale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";
import { exportFileName } from "../links/file-name";
import type { TRegisterView } from "../store/registers";
import { filterRegisterEntries, type TRegisterFilters } from "./filter-entries";
import { registerCsv } from "./register-csv";
import { buildRegisterSummary } from "./register-summary";

/** The register's exports (the first is the default). */
export const REGISTER_EXPORT_FORMATS = ["csv", "pdf"] as const;
export type TRegisterExportFormat = (typeof REGISTER_EXPORT_FORMATS)[number];

export const isRegisterExportFormat = (v: unknown): v is TRegisterExportFormat =>
  typeof v === "string" && (REGISTER_EXPORT_FORMATS as readonly string[]).includes(v);

export interface TRegisterExportInput {
  register: TRegisterView;
  filters: TRegisterFilters;
  locale: TLocale;
  /** The read link of an assessment, written into the CSV. */
  readUrl: (assessmentId: string) => string;
  now?: Date;
}

const bytes = (body: Uint8Array | string) => new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body);
const baseName = (r: TRegisterView) => r.name ?? "registre";

const EXPORTS: Record<TRegisterExportFormat, (input: TRegisterExportInput) => Promise<TRenderedFile>> = {
  csv: async ({ register, filters, locale, readUrl }) => ({
    body: bytes(registerCsv(filterRegisterEntries(register.entries, filters), translatorFor(locale), readUrl)),
    contentType: "text/csv; charset=utf-8",
    filename: exportFileName(baseName(register), "register", "csv"),
  }),
  pdf: async ({ register, filters, locale, now }) => ({
    body: bytes(await renderDocumentViewModelPdf(buildRegisterSummary({ register, filters, locale, now }))),
    contentType: "application/pdf",
    filename: exportFileName(baseName(register), `register-summary-${locale}`, "pdf"),
  }),
};

/**
 * The register, filtered as asked, as a file: the CSV (one line per service) or the PDF summary.
 * The PDF is rendered in-process, like the other documents (POST /api/documents/{kind}).
 */
export const renderRegisterExport = (format: TRegisterExportFormat, input: TRegisterExportInput): Promise<TRenderedFile> => EXPORTS[format](input);
