import "server-only";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { HSTS } from "./headers";
import { logSecurityEvent } from "./log";
import { servedOverHttps } from "./transport";

/**
 * What the server does with each HTTP request before Next.js reads it, installed by
 * instrumentation.ts's `register` (one process under `next start`):
 *
 * - A method Vigie does not serve gets `405` with `Allow`, and one log line. Next.js builds a WHATWG
 *   `Request` for its proxy and its route handlers, and that constructor throws on `TRACE`, `TRACK`
 *   and `CONNECT`: such a request never reaches proxy.ts and ended as a 500 with a stack trace.
 * - The connection's own address is put in the request header `PEER_HEADER`, replacing any the
 *   client sent. Next.js exposes no client address to route handlers (it only fills
 *   `X-Forwarded-For` when the client sent none), and the rate limits must not count by a value the
 *   client writes (lib/server/security/rate-limit.ts).
 * - Each request gets an id in `REQUEST_HEADER` and a signal that aborts when its client leaves
 *   before the answer is written (`clientGoneSignal`): the connection's end (the client's FIN,
 *   after which Node.js ends the connection too) or the response's `close`, whichever comes first.
 *   Next.js's `request.signal` does not abort when the client of a POST whose body was read goes
 *   away, so a PDF render would go on for nobody.
 * - A request for a rendered file (`abandonable`: the report, the documents) reaches Next.js only
 *   after the server has read what else its connection holds: Node.js reads a request's bytes and
 *   the FIN that follows them in two turns of its event loop, and a client that sent its request
 *   and left (a flood of abandoned report requests) is seen then and dropped, before any routing,
 *   body parsing or validation spends the CPU the renders need.
 * - Served over HTTPS (servedOverHttps: VIGIE_PUBLIC_URL is https, or the request came over TLS or
 *   a proxy says so), every answer carries HSTS: the API's and static files' too, which proxy.ts
 *   does not see.
 */
export const PEER_HEADER = "x-vigie-peer-address";
export const REQUEST_HEADER = "x-vigie-request";

/** The requests being answered, by id: shared by every copy of this module in the process. */
const GONE = Symbol.for("vigie.clientGone");
const pending = (): Map<string, AbortController> => {
  const g = globalThis as { [GONE]?: Map<string, AbortController> };
  return (g[GONE] ??= new Map());
};

/**
 * A signal that aborts when the request's client leaves before its answer is written, or when
 * `req.signal` aborts. Without the screen (Vitest, `next dev` without instrumentation), `req.signal`.
 */
export function clientGoneSignal(req: Request): AbortSignal {
  const id = req.headers.get(REQUEST_HEADER);
  const controller = id === null ? undefined : pending().get(id);
  return controller === undefined ? req.signal : AbortSignal.any([req.signal, controller.signal]);
}

/** The methods Vigie's pages and API answer. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);
/** Method names logged as such; any other is logged as "other" (a client may send any token). */
const LOGGED = new Set(["TRACE", "TRACK", "CONNECT", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "QUERY"]);

/**
 * Handles `req` when it must not reach Next.js (answers it and returns true); else marks it with
 * the connection's address and returns false.
 */
export function screenRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const method = (req.method ?? "").toUpperCase();
  if (!ALLOWED.has(method)) {
    logSecurityEvent("method_not_allowed", { status: 405, method: LOGGED.has(method) ? method : "other" });
    res.writeHead(405, { Allow: ALLOWED_METHODS.join(", "), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
    res.end("405 Method Not Allowed\n");
    return true;
  }
  // Node keeps every header name lower-case; one the client sent is replaced, never trusted.
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "unknown";
  const id = randomUUID();
  const controller = new AbortController();
  req.headers[REQUEST_HEADER] = id;
  pending().set(id, controller);
  // The client's FIN: Node.js ends the connection on it (no half-open HTTP), so no answer can reach it.
  const socket = req.socket;
  const gone = () => controller.abort();
  socket.once("end", gone);
  res.once("close", () => {
    socket.off("end", gone);
    pending().delete(id);
    if (!res.writableFinished) controller.abort();
  });
  const tls = "encrypted" in req.socket && req.socket.encrypted === true;
  const headers = new Headers({ "x-forwarded-proto": String(req.headers["x-forwarded-proto"] ?? "") });
  if (servedOverHttps({ url: tls ? "https://server/" : "http://server/", headers }, process.env.VIGIE_PUBLIC_URL?.trim() || undefined)) {
    res.setHeader("Strict-Transport-Security", HSTS);
  }
  return false;
}

/** Requests whose only effect is a file rendered for the client (PDF renders): nobody to render it for once the client left. */
export function abandonable(req: Pick<http.IncomingMessage, "method" | "url">): boolean {
  if (req.method !== "POST") return false;
  const path = (req.url ?? "").split("?")[0] ?? "";
  return path === "/api/report" || /^\/api\/documents\/[^/]+$/.test(path);
}

/**
 * Calls `handOn` once the event loop has gone through a poll phase (two `setImmediate` turns: the
 * request's bytes were read in this one, its FIN if any is read in the next), unless the client
 * left by then: its connection is then closed, and nothing reaches Next.js.
 */
function handOnUnlessGone(req: http.IncomingMessage, res: http.ServerResponse, handOn: () => void): void {
  const id = req.headers[REQUEST_HEADER];
  const signal = typeof id === "string" ? pending().get(id)?.signal : undefined;
  setImmediate(() =>
    setImmediate(() => {
      if (signal?.aborted === true || req.socket.destroyed || req.socket.readableEnded) res.destroy();
      else handOn();
    }),
  );
}

const INSTALLED = Symbol.for("vigie.connectionGuard");

/** Puts `screenRequest` in front of every `request` event of every HTTP server of this process (once). */
export function installConnectionGuard(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const handOn = () => (emit as (this: http.Server, ...a: unknown[]) => boolean).call(this, event, ...args);
    if (event !== "request") return handOn();
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (screenRequest(req, res)) return true;
    if (!abandonable(req)) return handOn();
    handOnUnlessGone(req, res, handOn);
    return true;
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}

/** Whether this process's HTTP servers put the connection's address in `PEER_HEADER`. */
export const connectionGuardInstalled = () => (http.Server.prototype as { [INSTALLED]?: true })[INSTALLED] === true;
