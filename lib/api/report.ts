import { reportFilename } from "../assessment/filename";
import { isLocale, LOCALES } from "../i18n/locales";
import { BILINGUAL } from "../documents/types";
import { renderBilingualReportPdfPooled, renderReportPdfPooled } from "../workers/pdf-pool";
import { apiError } from "./errors";
import { withPdfQueue } from "./pdf-busy";
import { readAnswersDocument } from "./read-document";

export async function handleReport(req: Request): Promise<Response> {
  // A client already gone (a flood of abandoned requests): not even its body is read.
  if (req.signal.aborted) return new Response(null, { status: 499 });
  const lang = new URL(req.url).searchParams.get("lang") ?? "fr";
  if (!isLocale(lang) && lang !== BILINGUAL) {
    return apiError(req, "invalid_query", [{ field: "lang", code: "invalid_value", received: lang.slice(0, 20), allowed: [...LOCALES, BILINGUAL] }]);
  }
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  // `fr-en`: French and English in one PDF (lib/documents), for schools with international sections.
  const doc = read.doc;
  return withPdfQueue(req, async () => {
    const pdf = lang === BILINGUAL ? await renderBilingualReportPdfPooled(doc, {}, req.signal) : await renderReportPdfPooled(doc, lang, {}, req.signal);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${reportFilename(doc.service.name, lang)}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
