import { isPdfAborted, isPdfQueueFull } from "@/lib/render/pdf-pool/pdf-pool";
import { apiError } from "./errors";

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
    if (isPdfQueueFull(e)) {
      const res = apiError(req, "busy");
      res.headers.set("Retry-After", String(e.retryAfterSeconds));
      return res;
    }
    if (isPdfAborted(e)) return new Response(null, { status: 499 });
    throw e;
  }
}
