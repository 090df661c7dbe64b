/**
 * npm run bench (after npm run build): starts the production server and measures what users wait
 * for. Prints a table and one JSON line. Figures, not pass/fail (docs/performance.md says what they aim at).
 *
 * The main server runs as deployed: PDFs on a pool of worker threads, one per core
 * (lib/render/pdf-pool/pdf-pool.ts). pdfRps1/pdfRps4 are measured on a second server rendering in-process
 * (VIGIE_PDF_WORKERS=0, as before the pool), pdfOneWorker* on a third with one worker, and
 * pdfPoolSpeedup = pool at concurrency 4 / one worker at concurrency 4. pdfFirstMs is the first
 * report after the server starts, asked for 5 s after it answers (the workers warm up meanwhile).
 */
import { spawn, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { gzipSync } from "node:zlib";
import { percentile, timeIt } from "./stats";

const PORT = Number(process.env.BENCH_PORT ?? 3219);
const BASE = `http://localhost:${PORT}`;
const LARGEST = "examples/free-consumer-quiz.json";
const body = readFileSync(LARGEST, "utf8");
const FIRST_REPORT_AFTER_MS = 5000;

async function waitUp(base = BASE) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/fr`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

/** The Next.js server is a child of `next start`: find the process that listens. */
function serverPid(parent: number): number {
  try {
    const children = execFileSync("pgrep", ["-P", String(parent)]).toString().trim().split("\n").map(Number);
    return children.length > 0 ? serverPid(children[children.length - 1]!) : parent;
  } catch {
    return parent;
  }
}

const post = async (path: string, payload = body, base = BASE) => {
  const res = await fetch(`${base}${path}`, { method: "POST", body: payload, headers: { "content-type": "application/json" } });
  const buf = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return buf.byteLength;
};

async function throughput(concurrency: number, total: number, base = BASE, lang = "fr") {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await post(`/api/report?lang=${lang}`, body, base);
    }),
  );
  return Math.round((total / ((performance.now() - start) / 1000)) * 100) / 100;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** A page's HTML and the JavaScript a current browser loads with it, in kB gzip. */
async function pageWeightKb(path: string) {
  const html = await (await fetch(`${BASE}${path}`)).text();
  // What a current browser loads: the polyfills script (noModule) is skipped by every browser that
  // runs modules, and Next's own "First Load JS" leaves it out too.
  const srcs = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1]!))
    .map((m) => /\bsrc="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => src !== undefined);
  let total = 0;
  for (const src of new Set(srcs)) total += gzipSync(Buffer.from(await (await fetch(`${BASE}${src}`)).arrayBuffer())).byteLength;
  return { htmlKb: kb(gzipSync(html).byteLength), jsKb: kb(total) };
}

async function coldRenderMs() {
  const out = execFileSync("npx", ["tsx", "scripts/bench-cold-render.ts", LARGEST], { encoding: "utf8" });
  return Number(out.trim().split("\n").pop());
}

/** `next start` with VIGIE_PDF_WORKERS=`workers` (unset: the default, one worker per core). */
function startServer(port: number, workers?: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (workers === undefined) delete env.VIGIE_PDF_WORKERS;
  else env.VIGIE_PDF_WORKERS = String(workers);
  return spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env, stdio: "ignore" });
}

/** Requests per second at concurrency 1 and 4 on a server of its own, with `workers` PDF workers. */
async function rpsWith(port: number, workers: number) {
  const server = startServer(port, workers);
  const base = `http://localhost:${port}`;
  try {
    await waitUp(base);
    // Warm every worker (fonts, JIT) before timing.
    await Promise.all(Array.from({ length: 4 }, () => post("/api/report?lang=fr", body, base)));
    await post("/api/report?lang=fr", body, base);
    return { rps1: await throughput(1, 20, base), rps4: await throughput(4, 40, base) };
  } finally {
    server.kill("SIGTERM");
  }
}

const poolSize = availableParallelism();
// Cold first, alone on the machine (the server below warms its workers up as it starts).
const cold = await coldRenderMs();
const server = startServer(PORT);
let result: Record<string, number>;
try {
  await waitUp();
  const pid = serverPid(server.pid!);
  // The first report after a restart, asked for by someone who arrives a few seconds later.
  await new Promise((r) => setTimeout(r, FIRST_REPORT_AFTER_MS));
  const first = await timeIt(1, () => post("/api/report?lang=fr"));
  for (let i = 0; i < 2 * poolSize + 3; i++) await post("/api/report?lang=fr");
  const warm = await timeIt(50, () => post("/api/report?lang=fr"));
  const size = await post("/api/report?lang=fr");
  const summaryWarm = await timeIt(20, () => post("/api/report?lang=fr&part=summary"));
  const evalTimes = await timeIt(500, () => post("/api/evaluate"));
  const rpsPool1 = await throughput(1, 20);
  const rpsPool4 = await throughput(4, 40);
  // Memory: reports in both languages, as many at a time as there are workers.
  const reports = async (n: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: poolSize }, async () => {
        while (next++ < n) await post(`/api/report?lang=${next % 2 === 0 ? "en" : "fr"}`);
      }),
    );
  };
  const rssBefore = rssMb(pid);
  await reports(100);
  const rss100 = rssMb(pid);
  await reports(900);
  const rss1000 = rssMb(pid);
  const startPage = await pageWeightKb("/fr");
  const formPage = await pageWeightKb("/fr/assess/context");
  server.kill("SIGTERM");

  const inProcess = await rpsWith(PORT + 1, 0);
  const oneWorker = await rpsWith(PORT + 2, 1);

  result = {
    pdfWarmP50Ms: percentile(warm, 50),
    pdfWarmP95Ms: percentile(warm, 95),
    pdfColdMs: cold,
    pdfFirstMs: percentile(first, 50),
    pdfBytes: size,
    pdfSummaryWarmP50Ms: percentile(summaryWarm, 50),
    pdfRps1: inProcess.rps1,
    pdfRps4: inProcess.rps4,
    pdfOneWorkerRps1: oneWorker.rps1,
    pdfOneWorkerRps4: oneWorker.rps4,
    pdfPoolWorkers: poolSize,
    pdfPoolRps1: rpsPool1,
    pdfPoolRps4: rpsPool4,
    pdfPoolSpeedup: Math.round((rpsPool4 / oneWorker.rps4) * 100) / 100,
    evaluateP50Ms: percentile(evalTimes, 50),
    evaluateP99Ms: percentile(evalTimes, 99),
    rssBeforeMb: rssBefore,
    rssAfter100Mb: rss100,
    rssAfter1000Mb: rss1000,
    formFirstLoadJsKbGzip: formPage.jsKb,
    startHtmlKbGzip: startPage.htmlKb,
    formHtmlKbGzip: formPage.htmlKb,
  };
} finally {
  server.kill("SIGTERM");
}
console.table(Object.entries(result).map(([metric, value]) => ({ metric, value })));
console.log(JSON.stringify(result));
