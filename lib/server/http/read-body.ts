/** The largest request body any route accepts. */
export const MAX_BODY_BYTES = 256 * 1024;

export type TBodyResult = { ok: true; text: string } | { ok: false; reason: "too_large" | "unreadable" | "invalid_encoding" };

/** UTF-8 that refuses bytes that are not UTF-8 (instead of reading them as U+FFFD); a BOM is kept. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads a request body as UTF-8, giving up as soon as it passes `limit` bytes; bytes that are not UTF-8 are refused. */
export async function readBody(req: Request, limit = MAX_BODY_BYTES): Promise<TBodyResult> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, reason: "too_large" };
  if (req.body === null) return { ok: true, text: "" };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { ok: false, reason: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  try {
    return { ok: true, text: UTF8.decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, reason: "invalid_encoding" };
  }
}
