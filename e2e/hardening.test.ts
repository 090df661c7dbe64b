import http from "node:http";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/browser";
import { startServer } from "./support/global-setup";

/** A raw request (fetch refuses TRACE itself), to the server at `base`. */
function send(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: url.port, method, path: url.pathname, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("the server's screen (production build)", () => {
  it("answers TRACE with 405 and Allow on pages, the API, assets and public files", async () => {
    for (const path of ["/fr", "/en/assess/context", "/api/report", "/api/registers/AAAAAAAAAAAAAAAAAAAAAA/entries/%00", "/_next/static/x.js", "/icon.svg", "/nowhere"]) {
      const res = await send(baseUrl(), "TRACE", path);
      expect(res.status, path).toBe(405);
      expect(res.headers.allow, path).toContain("GET");
    }
  });

  it("answers a NUL id in the path with a 404 naming it", async () => {
    const res = await fetch(`${baseUrl()}/api/registers/AAAAAAAAAAAAAAAAAAAAAA/entries/%00`, { method: "DELETE", headers: { authorization: `Bearer ${"A".repeat(43)}` } });
    expect(res.status).toBe(404);
    expect((await res.json()).fields).toEqual([expect.objectContaining({ field: "assessmentId" })]);
  });

  it("counts creations by the connection's address, whatever X-Forwarded-For says, and links only to allowed hosts", async () => {
    const port = Number(process.env.E2E_PORT ?? 3217) + 2;
    const server = await startServer(port, { VIGIE_RATE_CREATIONS: "3", VIGIE_PUBLIC_URL: "" });
    try {
      const create = (xff: string, host: string) =>
        send(server.baseUrl, "POST", "/api/registers", { "content-type": "application/json", "x-forwarded-for": xff, host }, "{}");
      const evil = await create("198.51.100.1", "evil.example");
      expect(evil.status).toBe(201);
      expect(JSON.parse(evil.body).readUrl).toMatch(new RegExp(`^http://localhost:${port}/fr/registers/`));
      const own = await create("198.51.100.2", `127.0.0.1:${port}`);
      expect(own.status).toBe(201);
      expect(JSON.parse(own.body).readUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/fr/registers/`));
      expect((await create("198.51.100.3", `localhost:${port}`)).status).toBe(201);
      const refused = await create("198.51.100.4", `localhost:${port}`);
      expect(refused.status).toBe(429);
      expect(refused.headers["retry-after"]).toBeDefined();
    } finally {
      await server.stop();
    }
  }, 240_000);
});
