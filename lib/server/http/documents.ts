import { z } from "zod";
import { renderDocument } from "@/lib/render/documents/render";
import { renderDocumentViewModelPdfPooled } from "@/lib/render/pdf-pool/pdf-pool";
import { DOCUMENT_FORMATS, documentsFor, FORMATS_OF, isFormatOf, isOfferedIn } from "@/lib/domain/documents";
import { apiError } from "./errors";
import { withPdfQueue } from "./pdf-busy";
import { readAnswersDocument } from "./read-document";
import { PATH_PARAMS } from "./path-params";
import { readQuery, ZLangQuerySchema } from "./query";

/** The document's kind (from the path), language and format: one the kind comes in (pdf by default). */
const ZDocumentQuerySchema = z
  .object({ kind: PATH_PARAMS.kind, lang: ZLangQuerySchema, format: z.enum(DOCUMENT_FORMATS).default("pdf") })
  .superRefine((q, ctx) => {
    if (!isFormatOf(q.kind, q.format)) ctx.addIssue({ code: "invalid_value", values: [...FORMATS_OF[q.kind]], path: ["format"], input: q.format });
  });

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
  const query = readQuery(req, ZDocumentQuerySchema, { kind });
  if (!query.ok) return query.response;
  const { lang, format } = query.query;
  const documentKind = query.query.kind;
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  const doc = read.doc;
  // The kind exists but is not this answerer's paper (a parents' association files no register entry).
  if (!isOfferedIn(documentKind, doc.mode)) {
    return apiError(req, "invalid_query", [{ field: "kind", code: "not_for_mode", received: kind, allowed: documentsFor(doc.mode) }]);
  }
  return withPdfQueue(req, async () => {
    const file = await renderDocument(doc, documentKind, lang, format, {}, (vm) => renderDocumentViewModelPdfPooled(vm, req.signal));
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
