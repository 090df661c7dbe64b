import { z } from "zod";
import { renderDocument } from "@/lib/render/documents/render";
import { renderDocumentViewModelPdfPooled } from "@/lib/render/pdf-pool/pdf-pool";
import { DOCUMENT_FORMATS, documentsFor, FORMATS_OF, isFormatOf, isOfferedIn } from "@/lib/domain/documents";
import { apiError } from "./errors";
import { refuseWhenPdfQueueFull, withPdfQueue } from "./pdf-busy";
import { readAnswersDocument } from "./read-document";
import { publicOrigin } from "./links";
import { PATH_PARAMS } from "./path-params";
import { readQuery, ZLangQuerySchema } from "./query";
import { clientGoneSignal } from "@/lib/server/security/connection";

/** The header the owner's tools send the vendor's link in, for the letter to give it (never in the address). */
export const VENDOR_LINK_HEADER = "vigie-vendor-link";

/**
 * The vendor's link a request passes for the letter: absent, or one of Vigie's own vendor links
 * (this origin, `/{lang}/vendor#token=…`); anything else is refused, so a letter cannot carry an
 * address of someone else's.
 */
function vendorLinkOf(req: Request): { ok: true; link?: string } | { ok: false; response: Response } {
  const raw = req.headers.get(VENDOR_LINK_HEADER);
  if (raw === null || raw.trim() === "") return { ok: true };
  const link = raw.trim();
  const origin = publicOrigin(req).replace(/\/$/, "");
  const path = link.startsWith(`${origin}/`) ? link.slice(origin.length) : "";
  if (/^\/(?:fr|en)\/vendor#token=[A-Za-z0-9_-]{43}$/.test(path)) return { ok: true, link };
  return { ok: false, response: apiError(req, "invalid_header", [{ field: "Vigie-Vendor-Link", code: "invalid_format" }]) };
}

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
  const signal = clientGoneSignal(req);
  // A client already gone (a flood of abandoned requests): not even its body is read.
  if (signal.aborted) return new Response(null, { status: 499 });
  const { kind } = await params;
  const query = readQuery(req, ZDocumentQuerySchema, { kind });
  if (!query.ok) return query.response;
  const { lang, format } = query.query;
  const documentKind = query.query.kind;
  const vendorLink = vendorLinkOf(req);
  if (!vendorLink.ok) return vendorLink.response;
  // The queue would refuse it at once: neither its body nor its validation costs anything.
  const full = format === "pdf" ? refuseWhenPdfQueueFull(req) : null;
  if (full !== null) return full;
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  const doc = read.doc;
  // The kind exists but is not this answerer's paper (a parents' association files no register entry).
  if (!isOfferedIn(documentKind, doc.mode)) {
    return apiError(req, "invalid_query", [{ field: "kind", code: "not_for_mode", received: kind, allowed: documentsFor(doc.mode) }]);
  }
  return withPdfQueue(req, signal, async () => {
    const file = await renderDocument(doc, documentKind, lang, format, vendorLink.link === undefined ? {} : { vendorLink: vendorLink.link }, (vm) => renderDocumentViewModelPdfPooled(vm, signal));
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
