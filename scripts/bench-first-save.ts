/**
 * npm run bench:first-save (after npm run build): starts the production server on a new, empty
 * PGlite directory, waits until it answers, then times the first save (POST /api/assessments) and
 * the next one. The database is opened and migrated while the server starts
 * (instrumentation.ts), so the first save should cost about what the next does.
 * RUNS=n repeats it (default 3); prints one JSON line per run and the machine's load.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const PORT = Number(process.env.BENCH_PORT ?? 3221);
const BASE = `http://127.0.0.1:${PORT}`;
const body = readFileSync("examples/free-consumer-quiz.json", "utf8");

async function waitUp(): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${BASE}/fr`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

async function save(): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${BASE}/api/assessments`, { method: "POST", body, headers: { "content-type": "application/json" } });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`save: ${res.status}`);
  return Math.round(performance.now() - start);
}

async function run(): Promise<{ readyMs: number; firstSaveMs: number; nextSaveMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "vigie-first-save-"));
  const started = performance.now();
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", VIGIE_DATA_DIR: dir, VIGIE_RATE_CREATIONS: "0" },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitUp();
    const readyMs = Math.round(performance.now() - started);
    return { readyMs, firstSaveMs: await save(), nextSaveMs: await save() };
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => server.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs = Number(process.env.RUNS ?? 3);
for (let i = 0; i < runs; i++) {
  const load = loadavg()[0]!.toFixed(1);
  console.log(JSON.stringify({ run: i + 1, ...(await run()), load1: load }));
}
