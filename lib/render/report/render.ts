import { renderToBuffer } from "@react-pdf/renderer";
import type { TLocale } from "@/lib/i18n/locales";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TReportPart } from "@/lib/domain/report-parts";
import { ReportDocument } from "./pdf/document";
import { prepareFonts } from "../kit/fonts";
import { printable } from "../kit/printable";
import { buildReportViewModel, type TReportOptions, type TReportViewModel } from "./view-model";

/** Renders a view-model already built (e.g. to render the same report twice, or to measure). */
export async function renderViewModelPdf(vm: TReportViewModel, part: TReportPart = "full"): Promise<Buffer> {
  await prepareFonts();
  // Called as a function (it uses no hooks): renderToBuffer wants the <Document> element itself.
  return renderToBuffer(ReportDocument({ vm: printable(vm), part }));
}

/** The PDF risk report for one answers document, in `locale` (independent of the screen's language). */
export async function renderReportPdf(
  doc: TAnswersDocument,
  locale: TLocale,
  options: TReportOptions = {},
  part: TReportPart = "full",
): Promise<Buffer> {
  return renderViewModelPdf(buildReportViewModel(doc, locale, options), part);
}
