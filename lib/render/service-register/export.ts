import "server-only";
import { CONTENT_TYPES, fileBytes, type TRenderedFile } from "../documents/render";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { fileSlug } from "@/lib/domain/file-name";
import type { TRegisterView } from "@/lib/domain/service-register/types";
import { renderDocumentViewModelPdfPooled } from "../pdf-pool/pdf-pool";
import { filterRegisterEntries, type TRegisterExportFormat, type TRegisterFilters } from "@/lib/domain/service-register/filter-entries";
import { registerCsv } from "./csv";
import { buildRegisterSummary } from "./summary";


export interface TRegisterExportInput {
  register: TRegisterView;
  filters: TRegisterFilters;
  locale: TLocale;
  /** The read link of an assessment, written into the CSV. */
  readUrl: (assessmentId: string) => string;
  now?: Date;
  /** The request's signal: a PDF whose client went away leaves the render queue. */
  signal?: AbortSignal;
}

/** `vigie-<register name>-<suffix>.<ext>`, or `vigie-<suffix>.<ext>` for a register without a usable name. */
const fileName = (r: TRegisterView, suffix: string, ext: string) => {
  const slug = fileSlug(r.name ?? "");
  return slug === "" ? `vigie-${suffix}.${ext}` : `vigie-${slug}-${suffix}.${ext}`;
};

const EXPORTS: Record<TRegisterExportFormat, (input: TRegisterExportInput) => Promise<TRenderedFile>> = {
  csv: async ({ register, filters, locale, readUrl }) => ({
    body: fileBytes(registerCsv(filterRegisterEntries(register.entries, filters), translatorFor(locale), readUrl)),
    contentType: CONTENT_TYPES.csv,
    filename: fileName(register, "register", "csv"),
  }),
  pdf: async ({ register, filters, locale, now, signal }) => ({
    body: fileBytes(await renderDocumentViewModelPdfPooled(buildRegisterSummary({ register, filters, locale, now }), signal)),
    contentType: CONTENT_TYPES.pdf,
    filename: fileName(register, `register-summary-${locale}`, "pdf"),
  }),
};

/**
 * The register, filtered as asked, as a file: the CSV (one line per service) or the PDF summary,
 * drawn on the PDF worker pool (a long register is seconds of CPU the server's thread keeps free).
 */
export const renderRegisterExport = (format: TRegisterExportFormat, input: TRegisterExportInput): Promise<TRenderedFile> => EXPORTS[format](input);
