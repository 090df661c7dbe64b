import { isPdfAborted, isPdfQueueFull, pdfQueueRefusalNow, type PdfQueueFullError } from "@/lib/render/pdf-pool/pdf-pool";
import { apiError } from "./errors";

/** The `503` with `Retry-After` and the usual JSON error body. */
const busy = (req: Request, e: PdfQueueFullError): Response => {
  const res = apiError(req, "busy");
  res.headers.set("Retry-After", String(e.retryAfterSeconds));
  return res;
};

/**
 * The `503` a request for a PDF gets before its body is read and validated, when the render queue
 * would refuse it at once anyway (lib/render/pdf-pool: full, and as many requests waiting for
 * room); else null.
 */
export function refuseWhenPdfQueueFull(req: Request): Response | null {
  const refusal = pdfQueueRefusalNow();
  return refusal === null ? null : busy(req, refusal);
}

/**
 * Runs a handler that may render a PDF: a full render queue gives `503` with `Retry-After` and the
 * usual JSON error body; a render dropped because its client went away gives an empty 499 (the
 * nginx convention for "client closed request": nobody reads it). `signal` is the request's
 * (clientGoneSignal): a client already gone gets its 499 before anything is rendered.
 */
export async function withPdfQueue(req: Request, signal: AbortSignal, handler: () => Promise<Response>): Promise<Response> {
  if (signal.aborted) return new Response(null, { status: 499 });
  try {
    return await handler();
  } catch (e) {
    if (isPdfQueueFull(e)) return busy(req, e);
    if (isPdfAborted(e)) return new Response(null, { status: 499 });
    throw e;
  }
}
