/**
 * A lone report's time (the median of `--lone` reports, one after the other, on a warm server),
 * then a flood of abandoned report requests and one real report: how long that report takes, its
 * ratio to the lone report's time, and what the flood's requests were answered. Against a local
 * server only (127.0.0.1 / localhost), bounded in count (at most 500) and in time (each request at
 * most 30 s). `--start PORT` starts the production build itself (after `npm run build`) on a
 * throw-away data directory, and stops it at the end.
 *   npm run build && npx tsx scripts/pdf-flood.ts --start 3000
 *   npx tsx scripts/pdf-flood.ts [--url http://127.0.0.1:3000] [--count 150] [--abort-after-ms 200] [--lone 3]
 *     [--flood-address 198.51.100.1 --client-address 203.0.113.1]
 * The two addresses go in X-Forwarded-For, for a server started with VIGIE_TRUST_PROXY=1: the flood
 * then comes from one address and the real report from another, as rate limits see them.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    count: { type: "string", default: "150" },
    "abort-after-ms": { type: "string", default: "200" },
    "flood-address": { type: "string" },
    "client-address": { type: "string" },
    lone: { type: "string", default: "3" },
    start: { type: "string" },
  },
});
const startPort = values.start === undefined ? undefined : Number(values.start);
if (startPort !== undefined && !(Number.isInteger(startPort) && startPort > 1024 && startPort < 65536)) throw new Error(`--start takes a port, not ${values.start}`);
const base = new URL(startPort === undefined ? values.url : `http://127.0.0.1:${startPort}`);
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error(`a local server only (127.0.0.1), not ${base.hostname}`);
const count = Math.min(Math.max(Number(values.count) || 0, 0), 500);
const abortAfter = Math.min(Math.max(Number(values["abort-after-ms"]) || 0, 0), 10_000);
const body = readFileSync("examples/free-consumer-quiz.json", "utf8");
const reportUrl = new URL("/api/report?lang=fr", base);
const post = (signal: AbortSignal, address?: string) =>
  fetch(reportUrl, { method: "POST", body, headers: { "Content-Type": "application/json", ...(address === undefined ? {} : { "X-Forwarded-For": address }) }, signal });

const dataDir = startPort === undefined ? undefined : mkdtempSync(join(tmpdir(), "vigie-flood-"));
const server =
  startPort === undefined
    ? undefined
    : spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(startPort)], {
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", VIGIE_DATA_DIR: dataDir, VIGIE_RATE_DOCUMENTS: "2000" },
        stdio: ["ignore", "ignore", "inherit"],
      });
const stopServer = () => {
  server?.kill("SIGTERM");
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
};
process.on("exit", () => server?.kill("SIGTERM"));
if (server !== undefined) {
  for (let i = 0; ; i++) {
    if (i > 720) throw new Error("the server did not answer within 3 minutes");
    const up = await fetch(new URL("/fr", base)).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Warm the server (its first report loads fonts and modules) so the figure is the queue's, not a cold start's.
await (await post(AbortSignal.timeout(30_000), values["client-address"])).arrayBuffer();

const timeOne = async () => {
  const t0 = performance.now();
  const res = await post(AbortSignal.timeout(30_000), values["client-address"]);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`a lone report answered ${res.status}`);
  return performance.now() - t0;
};
const loneTimes: number[] = [];
for (let i = 0; i < Math.min(Math.max(Number(values.lone) || 0, 1), 20); i++) loneTimes.push(await timeOne());
const loneMs = [...loneTimes].sort((a, b) => a - b)[Math.floor(loneTimes.length / 2)]!;

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
// The next report: its status, or what stopped it (no answer within 30 s: "TimeoutError").
const next = await post(AbortSignal.timeout(30_000), values["client-address"]).then(
  async (res) => ({ status: res.status as number | string, pdf: Buffer.from(await res.arrayBuffer()), retryAfter: res.headers.get("retry-after") }),
  (e: unknown) => ({ status: e instanceof Error ? e.name : "error", pdf: Buffer.alloc(0), retryAfter: null }),
);
const latency = performance.now() - t0;
await Promise.all(flood);

console.log(
  JSON.stringify({
    load1: loadavg()[0]!.toFixed(2),
    loneMs: Math.round(loneMs),
    loneRunsMs: loneTimes.map(Math.round),
    ratio: Number((latency / loneMs).toFixed(2)),
    flood: count,
    abortAfterMs: abortAfter,
    floodAnswers: Object.fromEntries([...statuses].sort()),
    nextReport: { status: next.status, isPdf: next.pdf.subarray(0, 5).toString("latin1") === "%PDF-", latencyMs: Math.round(latency), retryAfter: next.retryAfter },
  }),
);
if (server !== undefined && server.exitCode === null) {
  // Its data directory goes once the server has stopped writing to it.
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}
stopServer();
