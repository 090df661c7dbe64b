/**
 * A flood of abandoned report requests, then one real report: how long that report takes, and what
 * the flood's requests were answered. Against a local server only (127.0.0.1 / localhost), bounded
 * in count (at most 500) and in time (each request at most 30 s).
 *   npm run build && npx next start -p 3000 &
 *   npx tsx scripts/pdf-flood.ts [--url http://127.0.0.1:3000] [--count 150] [--abort-after-ms 200]
 *     [--flood-address 198.51.100.1 --client-address 203.0.113.1]
 * The two addresses go in X-Forwarded-For, for a server started with VIGIE_TRUST_PROXY=1: the flood
 * then comes from one address and the real report from another, as rate limits see them.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    count: { type: "string", default: "150" },
    "abort-after-ms": { type: "string", default: "200" },
    "flood-address": { type: "string" },
    "client-address": { type: "string" },
  },
});
const base = new URL(values.url);
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error(`a local server only (127.0.0.1), not ${base.hostname}`);
const count = Math.min(Math.max(Number(values.count) || 0, 0), 500);
const abortAfter = Math.min(Math.max(Number(values["abort-after-ms"]) || 0, 0), 10_000);
const body = readFileSync("examples/free-consumer-quiz.json", "utf8");
const reportUrl = new URL("/api/report?lang=fr", base);
const post = (signal: AbortSignal, address?: string) =>
  fetch(reportUrl, { method: "POST", body, headers: { "Content-Type": "application/json", ...(address === undefined ? {} : { "X-Forwarded-For": address }) }, signal });

// Warm the server (its first report loads fonts and modules) so the figure is the queue's, not a cold start's.
await (await post(AbortSignal.timeout(30_000), values["client-address"])).arrayBuffer();

const statuses = new Map<string, number>();
const tally = (k: string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);
const flood = Array.from({ length: count }, async () => {
  const gone = new AbortController();
  const timer = setTimeout(() => gone.abort(), abortAfter);
  try {
    const res = await post(gone.signal, values["flood-address"]);
    tally(String(res.status));
    await res.arrayBuffer().catch(() => undefined);
  } catch {
    tally("abandoned");
  } finally {
    clearTimeout(timer);
  }
});
await new Promise((r) => setTimeout(r, abortAfter + 50));

const t0 = performance.now();
const res = await post(AbortSignal.timeout(30_000), values["client-address"]);
const pdf = Buffer.from(await res.arrayBuffer());
const latency = performance.now() - t0;
await Promise.all(flood);

console.log(
  JSON.stringify({
    flood: count,
    abortAfterMs: abortAfter,
    floodAnswers: Object.fromEntries([...statuses].sort()),
    nextReport: { status: res.status, isPdf: pdf.subarray(0, 5).toString("latin1") === "%PDF-", latencyMs: Math.round(latency), retryAfter: res.headers.get("retry-after") },
  }),
);
