/**
 * What each performance patch of the PDF stack (patches/) saves, measured over HTTP.
 *
 *   npm run build && npx tsx scripts/bench-patches.ts [--rounds 20] [--keep]
 *
 * Copies the built app once per variant into a temporary directory (hard links, so it takes
 * seconds and little disk), then takes one patch back out of a copy's node_modules with
 * `patch -R`: `patched` has every patch, `no-<name>` lacks that one patch and nothing else.
 * One `next start` per variant, each on its own port and data directory, all running at once.
 * After a warm-up, every round POSTs each example of examples/ to /api/report in French and in
 * English, one request at a time, each report to every variant in turn; the variants' order
 * rotates from one report to the next, so the machine's load (shared, and moving) falls on all
 * of them alike. Prints, per variant, the median and p90 of its requests' times, the median of
 * its rounds (all the reports once) and its gain against the patch taken out: the gain of a
 * patch is (median without it − median with it) / median without it.
 * Needs GNU `patch` and `cp -al` (Linux); `--keep` leaves the copies in place.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir, cpus } from "node:os";
import path from "node:path";
import { percentile } from "./stats";

/**
 * The performance patches, each with a string only its patched files hold; the tagging ones
 * (render, renderer) stay in every variant. A patch to weigh is added here and to patches/.
 */
const PERFORMANCE_PATCHES: Record<string, { file: string; marker: string }> = {
  layout: { file: "@react-pdf+layout+5.2.0.patch", marker: "react-pdf.textLayoutCache" },
};

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const ROUNDS = Number(option("--rounds") ?? 20);
const KEEP = args.includes("--keep");
const WARM_UP_ROUNDS = 2;
const ROOT = process.cwd();
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3231);

if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("No build: run `npm run build` first");
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error("--rounds takes a whole number ≥ 1");

const patchesPresent = readdirSync(path.join(ROOT, "patches"));
const variants = ["patched", ...Object.keys(PERFORMANCE_PATCHES).filter((name) => patchesPresent.includes(PERFORMANCE_PATCHES[name]!.file)).map((name) => `no-${name}`)];
const reports = readdirSync(path.join(ROOT, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => (["fr", "en"] as const).map((lang) => ({ name: `${f.replace(/\.json$/, "")} ${lang}`, lang, body: readFileSync(path.join(ROOT, "examples", f), "utf8") })));

const workDir = mkdtempSync(path.join(tmpdir(), "vigie-bench-patches-"));
const servers: ChildProcess[] = [];

/** A copy of the app whose files are hard links to the worktree's (same bytes, no copying). */
function copyApp(variant: string): string {
  const dir = path.join(workDir, variant);
  execFileSync("cp", ["-al", ROOT, dir]);
  rmSync(path.join(dir, ".git"), { force: true, recursive: true });
  return dir;
}

/** Takes patch `name` back out of the copy's node_modules, writing new files (not through the links). */
function unpatch(dir: string, name: string) {
  const { file, marker } = PERFORMANCE_PATCHES[name]!;
  const patchPath = path.join(ROOT, "patches", file);
  const targets = [...readFileSync(patchPath, "utf8").matchAll(/^diff --git a\/(\S+)/gm)].map((m) => path.join(dir, m[1]!));
  for (const target of targets) {
    const text = readFileSync(target);
    unlinkSync(target);
    writeFileSync(target, text);
  }
  execFileSync("patch", ["-R", "-p1", "-s", "--no-backup-if-mismatch", "-d", dir, "-i", patchPath]);
  for (const target of targets) {
    if (readFileSync(target, "utf8").includes(marker)) throw new Error(`${target} is still patched`);
    if (!readFileSync(path.join(ROOT, path.relative(dir, target)), "utf8").includes(marker)) throw new Error(`the worktree's ${target} lost its patch`);
  }
}

function startServer(dir: string, port: number): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    VIGIE_DATA_DIR: `${dir}-data`,
    VIGIE_RATE_DOCUMENTS: "0",
    VIGIE_RATE_CREATIONS: "0",
  };
  delete env.DATABASE_URL;
  const child = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port)], { cwd: dir, env, stdio: "ignore", detached: true });
  servers.push(child);
  return child;
}

async function waitUp(base: string) {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${base}/fr`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not start`);
}

async function timeReport(base: string, report: (typeof reports)[number]): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${base}/api/report?lang=${report.lang}`, { method: "POST", body: report.body, headers: { "content-type": "application/json" } });
  const pdf = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - start;
  if (!res.ok || pdf.subarray(0, 5).toString() !== "%PDF-") throw new Error(`${base} ${report.name}: ${res.status}`);
  return ms;
}

function stopAll() {
  for (const child of servers) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    }
  }
}
process.on("SIGINT", () => {
  stopAll();
  process.exit(130);
});

const median = (xs: number[]) => percentile(xs, 50);

try {
  const bases = new Map<string, string>();
  variants.forEach((variant, i) => {
    const dir = copyApp(variant);
    if (variant !== "patched") unpatch(dir, variant.slice("no-".length));
    const port = FIRST_PORT + i;
    startServer(dir, port);
    bases.set(variant, `http://localhost:${port}`);
  });
  for (const base of bases.values()) await waitUp(base);

  const load: number[] = [];
  const times = new Map(variants.map((v) => [v, [] as number[]]));
  const roundTimes = new Map(variants.map((v) => [v, [] as number[]]));
  let turn = 0;
  for (let round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
    const thisRound = new Map(variants.map((v) => [v, 0]));
    for (const report of reports) {
      const order = variants.map((_, i) => variants[(i + turn) % variants.length]!);
      turn += 1;
      for (const variant of order) {
        const ms = await timeReport(bases.get(variant)!, report);
        if (round >= 0) {
          times.get(variant)!.push(ms);
          thisRound.set(variant, thisRound.get(variant)! + ms);
        }
      }
    }
    if (round >= 0) {
      for (const v of variants) roundTimes.get(v)!.push(thisRound.get(v)!);
      load.push(loadavg()[0]!);
      process.stderr.write(`round ${round + 1}/${ROUNDS}: ${variants.map((v) => `${v} ${Math.round(thisRound.get(v)!)} ms`).join(", ")}\n`);
    }
  }

  const patchedMedian = median(times.get("patched")!);
  const rows = variants.map((variant) => {
    const all = times.get(variant)!;
    const m = median(all);
    return {
      variant,
      requests: all.length,
      medianMs: m,
      p90Ms: percentile(all, 90),
      roundMedianMs: Math.round(median(roundTimes.get(variant)!)),
      gainOfPatchPct: variant === "patched" ? null : Math.round(((m - patchedMedian) / m) * 1000) / 10,
    };
  });
  console.table(rows);
  const machine = { cores: cpus().length, loadAvg1mMedian: median(load), loadAvg1mMax: Math.max(...load) };
  console.log(JSON.stringify({ rounds: ROUNDS, reports: reports.map((r) => r.name), machine, rows }));
} finally {
  stopAll();
  if (!KEEP) {
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(workDir, { force: true, recursive: true });
  } else console.error(`copies kept in ${workDir}`);
}
