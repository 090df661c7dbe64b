import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { abandonable, clientGoneSignal, installConnectionGuard, PEER_HEADER, REQUEST_HEADER } from "./connection";

/** A raw HTTP exchange (fetch refuses TRACE, TRACK and CONNECT itself). */
function send(port: number, method: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: "/fr/assess/context", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Sends `method path` with a body from another process and leaves at once (its FIN follows the
 * request), while this process's event loop is held: the server finds the request and the FIN
 * both waiting when it next reads the connection, as a busy server does under a flood.
 */
function sendAndLeave(port: number, method: string, path: string): void {
  const body = '{"service":{"name":"x"}}';
  const request = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  const script = `const s = require("node:net").connect(${port}, "127.0.0.1", () => s.end(${JSON.stringify(request)}, () => process.exit(0)));`;
  const child = spawnSync(process.execPath, ["-e", script], { timeout: 10_000 });
  if (child.status !== 0) throw new Error(`the client did not send its request: ${child.stderr.toString()}`);
}

describe("requests for a rendered file", () => {
  it("are the report's and the documents' POSTs, whatever their query", () => {
    expect(abandonable({ method: "POST", url: "/api/report" })).toBe(true);
    expect(abandonable({ method: "POST", url: "/api/report?lang=fr&part=summary" })).toBe(true);
    expect(abandonable({ method: "POST", url: "/api/documents/letter?format=pdf" })).toBe(true);
    expect(abandonable({ method: "GET", url: "/api/report" })).toBe(false);
    expect(abandonable({ method: "POST", url: "/api/assessments" })).toBe(false);
    expect(abandonable({ method: "POST", url: "/api/documents/letter/x" })).toBe(false);
    expect(abandonable({ method: "POST", url: "/api/reports" })).toBe(false);
  });
});

describe("the server's screen in front of Next.js", () => {
  let server: http.Server;
  let port = 0;
  const seen: http.IncomingHttpHeaders[] = [];
  const signals: AbortSignal[] = [];
  const held: (() => void)[] = [];

  beforeAll(async () => {
    installConnectionGuard();
    installConnectionGuard(); // once only, however often it is called
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      const signal = clientGoneSignal(new Request(`http://127.0.0.1${req.url ?? "/"}`, { headers: req.headers as Record<string, string> }));
      signals.push(signal);
      // "/slow": no answer until the test says so (a render under way).
      if (req.url === "/slow") held.push(() => res.end("late"));
      else res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(["TRACE", "PROPFIND", "SEARCH"])("answers %s with 405 and Allow, logged as one line, without reaching the app", async (method) => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const before = seen.length;
    const res = await send(port, method);
    const lines = info.mock.calls.map((c) => String(c[0]));
    info.mockRestore();
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    expect(seen.length).toBe(before);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: "security", event: "method_not_allowed", status: 405, method });
  });

  it("leaves to Node.js a method its parser does not know (TRACK: 400), which never reaches the app either", async () => {
    const before = seen.length;
    expect((await send(port, "TRACK")).status).toBe(400);
    expect(seen.length).toBe(before);
  });

  it("adds HSTS to every answer served over HTTPS (a proxy's X-Forwarded-Proto, or an https VIGIE_PUBLIC_URL), not over plain HTTP", async () => {
    expect((await send(port, "GET")).headers["strict-transport-security"]).toBeUndefined();
    expect((await send(port, "GET", { "x-forwarded-proto": "https" })).headers["strict-transport-security"]).toContain("max-age=");
    vi.stubEnv("VIGIE_PUBLIC_URL", "https://vigie.example.fr");
    try {
      expect((await send(port, "GET")).headers["strict-transport-security"]).toContain("max-age=");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("hands other requests on with the connection's address, replacing one the client wrote", async () => {
    const res = await send(port, "GET", { [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.10" });
    expect(res.status).toBe(200);
    expect(seen.at(-1)?.[PEER_HEADER]).toBe("127.0.0.1");
    expect(seen.at(-1)?.["x-forwarded-for"]).toBe("203.0.113.10");
  });

  it("drops a report request whose client left before the server read it: it never reaches the app; one still there does", async () => {
    const before = seen.length;
    sendAndLeave(port, "POST", "/api/report?lang=fr");
    sendAndLeave(port, "POST", "/api/documents/letter");
    // Another request's client that left the same way is handed on as Node.js reads it (a save...).
    sendAndLeave(port, "POST", "/api/assessments");
    await vi.waitFor(() => expect(seen.length).toBe(before + 1));
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.length).toBe(before + 1);

    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/api/report?lang=fr", headers: { "Content-Type": "application/json" } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end("{}");
    });
    expect(res).toBe(200);
    expect(seen.length).toBe(before + 2);
  });

  it("gives each request a signal that aborts when its client leaves before the answer, not after it", async () => {
    const answered = await send(port, "GET", { [REQUEST_HEADER]: "chosen-by-client" });
    expect(answered.status).toBe(200);
    expect(seen.at(-1)?.[REQUEST_HEADER]).not.toBe("chosen-by-client");
    const done = signals.at(-1);
    await new Promise((r) => setTimeout(r, 50));
    expect(done?.aborted).toBe(false);

    const before = signals.length;
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/slow", headers: { "Content-Type": "application/json" } });
    req.on("error", () => {});
    req.end("{}");
    await vi.waitFor(() => expect(signals.length).toBe(before + 1));
    const slow = signals.at(-1) as AbortSignal;
    expect(slow.aborted).toBe(false);
    req.destroy();
    await vi.waitFor(() => expect(slow.aborted).toBe(true));
    held.splice(0).forEach((end) => end());
  });
});
