import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vendor sites for the scan's tests, served on 127.0.0.1 only, each counting the requests it
 * receives (a test proves a refused URL sent none).
 */

export type TRoute = (req: IncomingMessage, res: ServerResponse, site: TFixtureSite) => void;

export interface TFixtureSite {
  origin: string;
  port: number;
  /** `host:port`, for VIGIE_SCAN_ALLOW_HOSTS. */
  hostPort: string;
  /** Paths requested, in order. */
  hits: string[];
  close(): Promise<void>;
}

export interface TCertificate {
  key: string;
  cert: string;
}

/** A self-signed certificate for 127.0.0.1, made now with the machine's openssl (valid `days` days). */
export function selfSignedCertificate(days = 30): TCertificate {
  const dir = mkdtempSync(join(tmpdir(), "vigie-scan-cert-"));
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", String(days), "-subj", "/O=Vigie Test CA/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `routes` (by path, query included; `*` for any other) on 127.0.0.1, http or https. */
export async function serveSite(routes: Record<string, TRoute>, certificate?: TCertificate): Promise<TFixtureSite> {
  const hits: string[] = [];
  let site: TFixtureSite;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "/";
    hits.push(path);
    const route = routes[path] ?? routes["*"];
    if (route === undefined) {
      res.writeHead(404, { "Content-Type": "text/html" }).end("<p>not found</p>");
      return;
    }
    route(req, res, site);
  };
  const server = certificate === undefined ? http.createServer(handler) : https.createServer({ key: certificate.key, cert: certificate.cert }, handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  site = {
    origin: `${certificate === undefined ? "http" : "https"}://127.0.0.1:${port}`,
    port,
    hostPort: `127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return site;
}

export const html =
  (body: string, headers: Record<string, string | string[]> = {}, status = 200): TRoute =>
  (_req, res) => {
    res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", ...headers }).end(body);
  };

export const redirect =
  (to: string | ((site: TFixtureSite) => string), status = 302): TRoute =>
  (_req, res, site) => {
    res.writeHead(status, { Location: typeof to === "string" ? to : to(site) }).end();
  };

/** Answers the headers and then never sends the body, or (headers: false) nothing at all. */
export const never =
  (headers = false): TRoute =>
  (_req, res) => {
    if (headers) res.writeHead(200, { "Content-Type": "text/html" }).write("<html><body>");
  };
