/**
 * npm run bench (after npm run build): starts the production server and measures what users wait
 * for. Prints a table and one JSON line. Figures, not pass/fail: targets are in issue 6.
 */
import { spawn, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { percentile, timeIt } from "../lib/bench/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3219);
const BASE = `http://localhost:${PORT}`;
const LARGEST = "examples/free-consumer-quiz.json";
const body = readFileSync(LARGEST, "utf8");

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/fr`)).ok) return;
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

const post = async (path: string, payload = body) => {
  const res = await fetch(`${BASE}${path}`, { method: "POST", body: payload, headers: { "content-type": "application/json" } });
  const buf = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return buf.byteLength;
};

async function throughput(concurrency: number, total: number) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await post("/api/report?lang=fr");
    }),
  );
  return total / ((performance.now() - start) / 1000);
}

async function firstLoadJsKb(path: string) {
  const html = await (await fetch(`${BASE}${path}`)).text();
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let total = 0;
  for (const src of new Set(srcs)) total += gzipSync(Buffer.from(await (await fetch(`${BASE}${src}`)).arrayBuffer())).byteLength;
  return Math.round(total / 102.4) / 10;
}

async function coldRenderMs() {
  const out = execFileSync("npx", ["tsx", "scripts/bench-cold-render.ts", LARGEST], { encoding: "utf8" });
  return Number(out.trim().split("\n").pop());
}

const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});
try {
  await waitUp();
  const pid = serverPid(server.pid!);
  const cold = await coldRenderMs();
  for (let i = 0; i < 5; i++) await post("/api/report?lang=fr");
  const warm = await timeIt(50, () => post("/api/report?lang=fr"));
  const size = await post("/api/report?lang=fr");
  const evalTimes = await timeIt(500, () => post("/api/evaluate"));
  const rps1 = await throughput(1, 40);
  const rps4 = await throughput(4, 80);
  const rssBefore = rssMb(pid);
  for (let i = 0; i < 100; i++) await post("/api/report?lang=en");
  const rss100 = rssMb(pid);
  for (let i = 0; i < 900; i++) await post("/api/report?lang=en");
  const rss1000 = rssMb(pid);
  const formJs = await firstLoadJsKb("/fr/assess/context");

  const result = {
    pdfWarmP50Ms: percentile(warm, 50),
    pdfWarmP95Ms: percentile(warm, 95),
    pdfColdMs: cold,
    pdfBytes: size,
    pdfRps1: Math.round(rps1 * 10) / 10,
    pdfRps4: Math.round(rps4 * 10) / 10,
    evaluateP50Ms: percentile(evalTimes, 50),
    evaluateP99Ms: percentile(evalTimes, 99),
    rssBeforeMb: rssBefore,
    rssAfter100Mb: rss100,
    rssAfter1000Mb: rss1000,
    formFirstLoadJsKbGzip: formJs,
  };
  console.table(Object.entries(result).map(([metric, value]) => ({ metric, value })));
  console.log(JSON.stringify(result));
} finally {
  server.kill("SIGTERM");
}
