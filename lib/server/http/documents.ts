import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { renderDocument } from "@/lib/render/documents/render";
import { renderDocumentViewModelPdfPooled } from "@/lib/render/pdf-pool/pdf-pool";
import { DOCUMENT_KINDS, documentsFor, FORMATS_OF, isDocumentKind, isFormatOf, isOfferedIn } from "@/lib/domain/documents";
import type { TFieldIssue } from "@/lib/domain/schema";
import { apiError, invalidValue } from "./errors";
import { withPdfQueue } from "./pdf-busy";
import { readAnswersDocument } from "./read-document";

/**
 * `POST /api/documents/{kind}?lang=fr|en&format=pdf|md` (register-entry also csv|json): one of the
 * documents that follow an assessment, from the answers document in the body. A bad kind, lang or
 * format is a 400 naming each; bad answers the same 400 as the report's; a kind not offered to the
 * document's `mode` (the families' notice, register entry or decision for a parents' association,
 * the letter to the head of school for anyone else) a 400 naming `kind` with code `not_for_mode`.
 */
export async function handleDocument(req: Request, params: Promise<{ kind: string }>): Promise<Response> {
  // A client already gone (a flood of abandoned requests): not even its body is read.
  if (req.signal.aborted) return new Response(null, { status: 499 });
  const { kind } = await params;
  const query = new URL(req.url).searchParams;
  const lang = query.get("lang") ?? "fr";
  const badFields: TFieldIssue[] = [];
  if (!isDocumentKind(kind)) badFields.push(invalidValue("kind", kind, DOCUMENT_KINDS));
  if (!isLocale(lang)) badFields.push(invalidValue("lang", lang, LOCALES));
  const format = query.get("format") ?? "pdf";
  if (isDocumentKind(kind) && !isFormatOf(kind, format)) badFields.push(invalidValue("format", format, FORMATS_OF[kind]));
  if (badFields.length > 0 || !isDocumentKind(kind) || !isLocale(lang) || !isFormatOf(kind, format)) {
    return apiError(req, "invalid_query", badFields);
  }
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  const doc = read.doc;
  // The kind exists but is not this answerer's paper (a parents' association files no register entry).
  if (!isOfferedIn(kind, doc.mode)) {
    return apiError(req, "invalid_query", [{ field: "kind", code: "not_for_mode", received: kind, allowed: documentsFor(doc.mode) }]);
  }
  return withPdfQueue(req, async () => {
    const file = await renderDocument(doc, kind, lang, format, {}, (vm) => renderDocumentViewModelPdfPooled(vm, req.signal));
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Content-Language": lang,
        "Cache-Control": "no-store",
      },
    });
  });
}
