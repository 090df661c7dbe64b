import { renderToBuffer } from "@react-pdf/renderer";
import { documentFilename, reportFilename } from "@/lib/domain/assessment/filename";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { prepareFonts } from "../kit/fonts";
import { printable } from "../kit/printable";
import type { TReportPart } from "@/lib/domain/report-parts";
import { buildReportViewModel, type TReportOptions } from "../report/view-model";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { buildDocument } from "./build";
import { documentContext, type TDocumentOptions } from "./context";
import { documentMarkdown } from "./markdown";
import { BilingualReportDocument } from "./pdf/bilingual-report";
import { DocumentPdf } from "./pdf/document-pdf";
import { buildRegisterEntry } from "./processing-record";
import { registerEntryCsv, registerEntryJson } from "./processing-record-csv";
import type { TDocumentViewModel } from "./types";
import type { TDocumentFormat, TDocumentKind } from "@/lib/domain/documents";

export interface TRenderedFile {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  filename: string;
}

export const CONTENT_TYPES: Record<TDocumentFormat, string> = {
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** A file's bytes: text is written as UTF-8. */
export const fileBytes = (body: Uint8Array | string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body);

/** Renders a document view-model already built as PDF (e.g. to measure). */
export async function renderDocumentViewModelPdf(vm: TDocumentViewModel): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(DocumentPdf({ vm: printable(vm) }));
}

/** One document in one language and format: its bytes, content type and file name. */
export async function renderDocument(
  doc: TAnswersDocument,
  kind: TDocumentKind,
  locale: TLocale,
  format: TDocumentFormat,
  options: TDocumentOptions = {},
  /** Draws a PDF (the server passes the worker pool's). */
  renderPdf: (vm: TDocumentViewModel) => Promise<Buffer> = renderDocumentViewModelPdf,
): Promise<TRenderedFile> {
  const file = (body: Uint8Array | string): TRenderedFile => ({
    body: fileBytes(body),
    contentType: CONTENT_TYPES[format],
    filename: documentFilename(doc.service.name, kind, locale, format),
  });
  switch (format) {
    case "csv":
      return file(registerEntryCsv(buildRegisterEntry(documentContext(doc, locale, options))));
    case "json":
      return file(registerEntryJson(buildRegisterEntry(documentContext(doc, locale, options))));
    case "md":
      return file(documentMarkdown(buildDocument(doc, kind, locale, options), translatorFor(locale)));
    case "pdf":
      return file(await renderPdf(buildDocument(doc, kind, locale, options)));
  }
}

/** The report in French and English in one PDF (`lang=fr-en`). */
export async function renderBilingualReportPdf(doc: TAnswersDocument, options: TReportOptions = {}, part: TReportPart = "full"): Promise<Buffer> {
  await prepareFonts();
  const fr = buildReportViewModel(doc, "fr", options);
  const en = buildReportViewModel(doc, "en", options);
  const title = translatorFor("fr")("Report.bilingual.title", { service: doc.service.name });
  return renderToBuffer(BilingualReportDocument({ ...printable({ fr, en, title }), part }));
}

export const bilingualReportFilename = (serviceName: string) => reportFilename(serviceName, "fr-en");
