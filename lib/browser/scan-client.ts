import type { TScanResult } from "../domain/scan/scan-shape";

/** What a scan request came back with, as the form shows it. */
export type TScanCall =
  | { kind: "ok"; result: TScanResult }
  /** 400 naming `url`: not http(s), credentials, or a private or local address; `message` is the server's, in the page's language. */
  | { kind: "refused"; message?: string }
  /** 503: a scan already runs for this client, or too many run. */
  | { kind: "busy" }
  /** 429: this client's scans per hour are used up; `minutes` until the server's Retry-After, null when it gives none. */
  | { kind: "rate_limited"; minutes: number | null }
  /** The server has the scan turned off (VIGIE_SCAN=off). */
  | { kind: "off" }
  | { kind: "offline" }
  | { kind: "error"; status: number };

/** The server gives up after 20 s; the browser waits a little longer for its partial result. */
const SCAN_TIMEOUT_MS = 30_000;

/** Both signals, where the browser can combine them. */
const either = (a: AbortSignal | undefined, b: AbortSignal | undefined) =>
  a !== undefined && b !== undefined && typeof AbortSignal.any === "function" ? AbortSignal.any([a, b]) : (a ?? b);

/** Retry-After (seconds, or an HTTP date) in whole minutes, at least 1; null when missing or unreadable. */
export function retryMinutes(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  const text = header.trim();
  const seconds = /^\d+$/u.test(text) ? Number(text) : (Date.parse(text) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : null;
}

/** POST /api/scan `{url}`; `lang` is the language of the server's messages. */
export async function requestScan(url: string, lang: string, signal?: AbortSignal): Promise<TScanCall> {
  const timeout = typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(SCAN_TIMEOUT_MS) : undefined;
  let res: Response;
  try {
    res = await fetch(`/api/scan?lang=${encodeURIComponent(lang)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ url }),
      cache: "no-store",
      credentials: "same-origin",
      signal: either(signal, timeout),
    });
  } catch {
    return { kind: "offline" };
  }
  if (res.ok) {
    try {
      return { kind: "ok", result: (await res.json()) as TScanResult };
    } catch {
      return { kind: "error", status: res.status };
    }
  }
  if (res.status === 400) {
    try {
      const body = (await res.json()) as { fields?: { field?: unknown; message?: unknown }[] };
      const message = body.fields?.find((f) => f.field === "url")?.message;
      return typeof message === "string" && message !== "" ? { kind: "refused", message } : { kind: "refused" };
    } catch {
      return { kind: "refused" };
    }
  }
  await res.body?.cancel().catch(() => undefined);
  if (res.status === 429) return { kind: "rate_limited", minutes: retryMinutes(res.headers.get("Retry-After")) };
  if (res.status === 503) return { kind: "busy" };
  if (res.status === 404) return { kind: "off" };
  if (res.status === 502 || res.status === 504) return { kind: "offline" };
  return { kind: "error", status: res.status };
}

/** The address as typed, with https:// when no scheme is given ("ecole.example:8080" is a host and its port). */
export function scanTarget(typed: string): string {
  const url = typed.trim();
  return /^[a-z][a-z\d+.-]*:\/\//i.test(url) || /^(?:javascript|data|file|mailto|about|blob):/i.test(url) ? url : `https://${url}`;
}
