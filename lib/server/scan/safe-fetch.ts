import "server-only";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { TLSSocket } from "node:tls";
import zlib from "node:zlib";
import type { TScanProblem } from "@/lib/domain/scan/scan-shape";
import { checkUrlForm, resolveTarget, type TResolved, type TUrlRefusal } from "./url-check";

/**
 * One page of the scan, fetched safely: the URL's host is resolved once and every address checked
 * (url-check.ts), the connection goes to that checked address (node's own `lookup` is replaced by
 * one that answers it: no second resolution, no DNS rebinding) while the Host header and TLS server
 * name stay the URL's; redirects are followed by hand, each new URL checked the same way before it
 * is requested. Each request has its own time limit and size cap; the whole scan's signal stops all.
 */

export interface TScanLimits {
  /** One request, from connecting to the last byte (ms). */
  requestMs: number;
  /** The whole scan (ms). */
  scanMs: number;
  /** Bytes kept of one response, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Pages fetched in one scan (a redirect hop is not a page). */
  maxPages: number;
}

export const SCAN_LIMITS: TScanLimits = { requestMs: 5_000, scanMs: 20_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5, maxPages: 10 };

export interface TFetchContext {
  limits: TScanLimits;
  allowHosts: ReadonlySet<string>;
  /** The whole scan's end. */
  signal: AbortSignal;
  /** The resolver (tests answer from a table); the system's by default. */
  resolve?: (host: string) => Promise<TResolved[]>;
  /** Extra certificate authorities trusted when judging a certificate (the tests' own). */
  ca?: string;
}

export type TTlsInfo = {
  version: string | null;
  authorized: boolean;
  error: string | null;
  issuer: string | null;
  validTo: string | null;
};

/** One answer on the way to a page: a redirect or the page itself. */
export type THop = {
  url: string;
  status: number;
  /** Header names in lower case; repeated ones joined with ", " (set-cookie apart). */
  headers: Record<string, string>;
  setCookies: string[];
  tls: TTlsInfo | null;
  /** The address connected to, and every address the host resolved to (all checked). */
  address: string;
  addresses: TResolved[];
};

export type TFetched = {
  ok: true;
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  contentType: string;
  body: string;
  /** The body's bytes (decompressed), with `keepBytes`. */
  bytes?: Buffer;
  truncated: boolean;
  hops: THop[];
};

export type TFetchFailed = {
  ok: false;
  problem: TScanProblem;
  /** The URL that failed (a redirect's target when the redirect was refused). */
  url: string;
  refusal?: TUrlRefusal;
  /** The system's error code when the request itself failed (`ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`, …). */
  errorCode?: string;
  hops: THop[];
};

const USER_AGENT = "Mozilla/5.0 (compatible; Vigie-scan; public pages only)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class ProblemError extends Error {
  constructor(readonly problem: TScanProblem) {
    super(problem);
  }
}

const isHtml = (contentType: string) => /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType) || contentType.trim() === "";

function headersOf(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (name === "set-cookie" || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function tlsOf(res: IncomingMessage): TTlsInfo | null {
  const socket = res.socket as TLSSocket | null;
  if (socket === null || typeof socket.getPeerCertificate !== "function") return null;
  const cert = socket.getPeerCertificate();
  const issuedBy = cert?.issuer ? (cert.issuer.O ?? cert.issuer.CN ?? null) : null;
  const validTo = cert?.valid_to ? new Date(cert.valid_to) : null;
  const error = socket.authorizationError;
  return {
    version: socket.getProtocol(),
    authorized: socket.authorized,
    error: error === undefined || error === null ? null : String(error instanceof Error ? ((error as { code?: string }).code ?? error.message) : error),
    issuer: Array.isArray(issuedBy) ? (issuedBy[0] ?? null) : issuedBy,
    validTo: validTo && !Number.isNaN(validTo.getTime()) ? validTo.toISOString() : null,
  };
}

/** The charset a page says it is in (header, then a meta tag near the start), utf-8 otherwise. */
function decode(bytes: Buffer, contentType: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = bytes.subarray(0, 2048).toString("latin1");
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (label === undefined) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next.
    }
  }
  return bytes.toString("utf8");
}

const errorCodeOf = (e: unknown): string | undefined => {
  if (e instanceof ProblemError) return e.problem === "timeout" ? "ETIMEDOUT" : undefined;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
};

function problemOf(e: unknown, signal: AbortSignal): TScanProblem {
  if (signal.aborted) return "scan_timeout";
  if (e instanceof ProblemError) return e.problem;
  const code = (e as { code?: string } | null)?.code ?? "";
  if (/^(ERR_TLS|ERR_SSL|EPROTO|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO)/.test(code)) return "tls";
  return "network";
}

type TOnce = { status: number; hop: THop; location: string | null; body: Buffer | null; truncated: boolean };

/** One request to `url`, connected to `to` (a checked address); a redirect's body is not read. */
function requestOnce(url: URL, to: TResolved, ctx: TFetchContext, readBody: (status: number, contentType: string) => boolean): Promise<TOnce> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const pinned: LookupFunction = (_hostname, options, callback) => {
      if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: to.address, family: to.family }]);
      else callback(null, to.address, to.family);
    };
    const secure = url.protocol === "https:";
    const options: https.RequestOptions = {
      hostname: host,
      port: url.port === "" ? (secure ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      agent: false,
      lookup: pinned,
      signal: ctx.signal,
      headers: { "User-Agent": USER_AGENT, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", "Accept-Language": "fr,en;q=0.8", "Accept-Encoding": "gzip, deflate, br" },
      // TLS 1.0 and 1.1 (and their ciphers) are accepted so that a server still on them is recorded with its version, not as a failure.
      ...(secure ? { servername: isIP(host) === 0 ? host : undefined, rejectUnauthorized: false, minVersion: "TLSv1" as const, ciphers: "DEFAULT:@SECLEVEL=0", ...(ctx.ca === undefined ? {} : { ca: ctx.ca }) } : {}),
    };
    let settled = false;
    const done = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
    };
    const req = (secure ? https : http).request(options, (res) => {
      const status = res.statusCode ?? 0;
      const headers = headersOf(res);
      const setCookie = res.headers["set-cookie"] ?? [];
      const hop: THop = { url: url.href, status, headers, setCookies: setCookie, tls: secure ? tlsOf(res) : null, address: to.address, addresses: [] };
      const location = REDIRECTS.has(status) ? (headers.location ?? null) : null;
      if (location !== null || !readBody(status, headers["content-type"] ?? "")) {
        res.destroy();
        done(() => resolve({ status, hop, location, body: null, truncated: false }));
        return;
      }
      const encoding = (headers["content-encoding"] ?? "").trim().toLowerCase();
      const stream =
        encoding === "gzip" || encoding === "x-gzip"
          ? res.pipe(zlib.createGunzip())
          : encoding === "deflate"
            ? res.pipe(zlib.createInflate())
            : encoding === "br"
              ? res.pipe(zlib.createBrotliDecompress())
              : res;
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = (truncated: boolean) => done(() => resolve({ status, hop, location: null, body: Buffer.concat(chunks), truncated }));
      stream.on("data", (chunk: Buffer) => {
        if (settled) return;
        const room = ctx.limits.maxBytes - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (chunk.length >= room && size >= ctx.limits.maxBytes) {
          finish(true);
          res.destroy();
          if (stream !== res) stream.destroy();
        }
      });
      stream.on("end", () => finish(false));
      stream.on("error", (e) => done(() => reject(e)));
      res.on("error", (e) => done(() => reject(e)));
    });
    const timer = setTimeout(() => req.destroy(new ProblemError("timeout")), ctx.limits.requestMs);
    req.on("error", (e) => done(() => reject(e)));
    req.end();
  });
}

export interface TFetchPageOptions {
  /** Follow redirects (the default); off to see the first answer alone. */
  follow?: boolean;
  /** Read bodies that are not HTML too (browser mode hands every response to Chromium). */
  anyContent?: boolean;
  /** Keep the body's bytes as well as its text. */
  keepBytes?: boolean;
  /** Called before each request, after its URL has passed the checks (counts requests). */
  onRequest?: (url: URL) => void;
}

/**
 * Fetches `raw` (already checked by checkUrlForm) and follows up to `maxRedirects` redirects, each
 * checked before it is requested. A failure says which problem and where, with the answers seen.
 */
export async function fetchPage(raw: string, ctx: TFetchContext, options: TFetchPageOptions = {}): Promise<TFetched | TFetchFailed> {
  const hops: THop[] = [];
  let current = raw;
  for (let redirects = 0; ; redirects++) {
    if (ctx.signal.aborted) return { ok: false, problem: "scan_timeout", url: current, hops };
    const form = checkUrlForm(current);
    if (!form.ok) return { ok: false, problem: "refused_address", url: current, refusal: form.code, hops };
    const target = await resolveTarget(form.url, { allowHosts: ctx.allowHosts, timeoutMs: ctx.limits.requestMs, ...(ctx.resolve ? { resolve: ctx.resolve } : {}) });
    if (!target.ok) return { ok: false, problem: target.code === "unresolvable" ? "network" : "refused_address", url: form.url.href, refusal: target.code, hops };
    options.onRequest?.(form.url);
    let once: TOnce;
    try {
      // An IPv4 address first when there is one: many servers running the scan have no IPv6 route.
      const to = target.addresses.find((a) => a.family === 4) ?? target.addresses[0]!;
      once = await requestOnce(form.url, to, ctx, (status, contentType) => status < 400 && (options.anyContent === true || isHtml(contentType)));
    } catch (e) {
      const errorCode = ctx.signal.aborted ? undefined : errorCodeOf(e);
      return { ok: false, problem: problemOf(e, ctx.signal), url: form.url.href, ...(errorCode === undefined ? {} : { errorCode }), hops };
    }
    hops.push({ ...once.hop, addresses: target.addresses });
    if (once.location !== null && options.follow !== false) {
      if (redirects >= ctx.limits.maxRedirects) return { ok: false, problem: "too_many_redirects", url: form.url.href, hops };
      try {
        current = new URL(once.location, form.url).href;
      } catch {
        return { ok: false, problem: "network", url: form.url.href, hops };
      }
      continue;
    }
    const contentType = once.hop.headers["content-type"] ?? "";
    return {
      ok: true,
      url: raw,
      finalUrl: form.url.href,
      status: once.status,
      headers: once.hop.headers,
      contentType,
      body: once.body === null || !isHtml(contentType) ? "" : decode(once.body, contentType),
      ...(options.keepBytes ? { bytes: once.body ?? Buffer.alloc(0) } : {}),
      truncated: once.truncated,
      hops,
    };
  }
}
