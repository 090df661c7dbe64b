import "server-only";
import { z } from "zod";
import { toFieldIssues } from "@/lib/domain/schema";
import { checkScanTarget, runScan, scanSettings, type TScanSettings } from "@/lib/server/scan/scan";
import { clientAddress, rateLimitKey } from "@/lib/server/security/rate-limit";
import { clientGoneSignal } from "@/lib/server/security/connection";
import { apiError } from "./errors";
import { readJsonBody } from "./read-json";

const NO_STORE = { "Cache-Control": "no-store" };

const ZScanBodySchema = z.strictObject({ url: z.string().min(1).max(2048) });

/** The scans running now, by client (a keyed hash of its address): one each, and `maxConcurrent` in all. */
const RUNNING = Symbol.for("vigie.scansRunning");
const g = globalThis as { [RUNNING]?: Set<string> };
const running = () => (g[RUNNING] ??= new Set());

/**
 * GET /api/scan: whether this server offers the scan (`enabled`) and whether it also loads pages in
 * headless Chromium (`browser`).
 */
export function handleScanState(settings: TScanSettings = scanSettings()): Response {
  return Response.json({ enabled: settings.enabled, browser: settings.enabled && settings.chromium !== null }, { headers: NO_STORE });
}

/**
 * POST /api/scan `{url}`: 200 with the scan's result (lib/domain/scan/scan-shape.ts). A URL that is
 * not http(s), carries credentials, or names a host that resolves to a refused address is a 400
 * naming `url` before anything is sent; a second scan from the same client while one runs, or one
 * more than the process runs at once, a 503 `scan_busy`; VIGIE_SCAN=off a 404 `scan_disabled`.
 */
export async function handleScan(req: Request, settings: TScanSettings = scanSettings()): Promise<Response> {
  if (!settings.enabled) return apiError(req, "scan_disabled");
  const body = await readJsonBody(req);
  if (!body.ok) return body.response;
  const parsed = ZScanBodySchema.safeParse(body.json);
  if (!parsed.success) return apiError(req, "invalid_request", toFieldIssues(parsed.error, body.json));
  const target = await checkScanTarget(parsed.data.url, settings);
  if (!target.ok) return apiError(req, "invalid_request", [{ field: "url", code: target.code }]);

  const client = rateLimitKey(clientAddress(req));
  const scans = running();
  if (scans.has(client) || scans.size >= settings.maxConcurrent) {
    const res = apiError(req, "scan_busy");
    res.headers.set("Retry-After", String(Math.ceil(settings.limits.scanMs / 1000)));
    return res;
  }
  scans.add(client);
  try {
    const result = await runScan(target.url, settings, clientGoneSignal(req));
    return Response.json(result, { headers: NO_STORE });
  } finally {
    scans.delete(client);
  }
}
