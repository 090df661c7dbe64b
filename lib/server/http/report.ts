import { z } from "zod";
import { reportFilename, summaryFilename } from "@/lib/domain/assessment/filename";
import { DEFAULT_REPORT_PART, REPORT_PARTS } from "@/lib/domain/report-parts";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/lib/i18n/locales";
import { BILINGUAL } from "@/lib/domain/documents";
import { renderBilingualReportPdfPooled, renderReportPdfPooled } from "@/lib/render/pdf-pool/pdf-pool";
import { refuseWhenPdfQueueFull, withPdfQueue } from "./pdf-busy";
import { readAnswersDocument } from "./read-document";
import { readQuery } from "./query";
import { clientGoneSignal } from "@/lib/server/security/connection";

/** The report's query: `lang` = fr (the default), en or fr-en; `part` = full (the default) or summary. */
export const ZReportQuerySchema = z.object({
  lang: z.enum([...LOCALES, BILINGUAL]).default(DEFAULT_LOCALE),
  part: z.enum(REPORT_PARTS).default(DEFAULT_REPORT_PART),
});

/**
 * `POST /api/report?lang=fr|en|fr-en&part=full|summary`: the PDF report of the answers document in
 * the body, whole or its summary alone. A bad `lang` or `part` is a 400 naming each.
 */
export async function handleReport(req: Request): Promise<Response> {
  const signal = clientGoneSignal(req);
  // A client already gone (a flood of abandoned requests): not even its body is read.
  if (signal.aborted) return new Response(null, { status: 499 });
  const query = readQuery(req, ZReportQuerySchema);
  if (!query.ok) return query.response;
  const { lang, part: which } = query.query;
  // The queue would refuse it at once: neither its body nor its validation costs anything.
  const full = refuseWhenPdfQueueFull(req);
  if (full !== null) return full;
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  // `fr-en`: French and English in one PDF (lib/render/documents), for schools with international sections.
  const doc = read.doc;
  return withPdfQueue(req, signal, async () => {
    const pdf = isLocale(lang) ? await renderReportPdfPooled(doc, lang, {}, signal, which) : await renderBilingualReportPdfPooled(doc, {}, signal, which);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${which === "summary" ? summaryFilename(doc.service.name, lang) : reportFilename(doc.service.name, lang)}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
