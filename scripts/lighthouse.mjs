/**
 * npm run lighthouse (after npm run build): Lighthouse scores of the start page and the form, in
 * French, on the production server, with Debian's Chromium. Lighthouse is installed ad hoc in a
 * temporary directory (npm install, not in package.json) the first time, then reused.
 * Lighthouse's defaults: the mobile preset, simulated throttling (4× CPU slowdown, slow 4G).
 * Prints a table and one JSON line: each page's scores, its total blocking time and largest paint
 * (ms), Lighthouse's benchmarkIndex of this machine (its CPU speed, which moves the simulated
 * figures) and the load average when the page's run started. Aims: performance ≥ 0.95 with a
 * total blocking time ≤ 200 ms, accessibility and best practices 1.0. LIGHTHOUSE_REPORT_DIR=dir
 * also writes each page's full JSON report there.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

const LIGHTHOUSE_VERSION = "12.2.3";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3231);
const BASE = `http://localhost:${PORT}`;
const PAGES = [
  { name: "start", path: "/fr" },
  { name: "form", path: "/fr/assess/context" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const toolDir = path.join(tmpdir(), `vigie-lighthouse-${LIGHTHOUSE_VERSION}`);
const cli = path.join(toolDir, "node_modules", "lighthouse", "cli", "index.js");
if (!existsSync(cli)) {
  console.error(`Installing lighthouse@${LIGHTHOUSE_VERSION} in ${toolDir}…`);
  mkdirSync(toolDir, { recursive: true });
  writeFileSync(path.join(toolDir, "package.json"), JSON.stringify({ name: "vigie-lighthouse", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--omit=dev", `lighthouse@${LIGHTHOUSE_VERSION}`], {
    cwd: toolDir,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME} (set CHROME_PATH)`);

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${BASE}/fr`, { headers: { connection: "close" } });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const outDir = process.env.LIGHTHOUSE_REPORT_DIR;
const work = path.join(toolDir, "runs");
mkdirSync(work, { recursive: true });
const result = {};
const failures = [];
try {
  await waitUp();
  for (const page of PAGES) {
    const out = path.join(work, `${page.name}.json`);
    rmSync(out, { force: true });
    // The machine's load when this page's run starts (other processes slow the observed trace).
    result[`${page.name}.load1`] = Number((loadavg()[0] ?? NaN).toFixed(2));
    // Lighthouse now and then fails to record the page load (NO_NAVSTART): try again, up to 3 times.
    for (let attempt = 1; ; attempt++) {
      try {
        execFileSync(
          process.execPath,
          [
            cli,
            `${BASE}${page.path}`,
            `--only-categories=${CATEGORIES.join(",")}`,
            "--output=json",
            `--output-path=${out}`,
            `--chrome-path=${CHROME}`,
            `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
            "--quiet",
          ],
          { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: CHROME } },
        );
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        console.error(`Lighthouse failed on ${page.path} (attempt ${attempt}), trying again…`);
      }
    }
    const report = JSON.parse(readFileSync(out, "utf8"));
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, `${page.name}.json`), JSON.stringify(report));
    }
    result[`${page.name}.tbtMs`] = Math.round(report.audits["total-blocking-time"]?.numericValue ?? NaN);
    result[`${page.name}.lcpMs`] = Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? NaN);
    result[`${page.name}.benchmarkIndex`] = report.environment?.benchmarkIndex ?? null;
    for (const c of CATEGORIES) {
      const score = report.categories[c]?.score ?? null;
      result[`${page.name}.${c}`] = score;
      // What cost points: every audit of the category below a full score.
      for (const ref of report.categories[c]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          failures.push({ page: page.name, category: c, audit: ref.id, score: audit.score, value: audit.displayValue ?? "" });
        }
      }
    }
  }
} finally {
  server.kill("SIGTERM");
}
if (failures.length > 0) console.table(failures);
console.table(Object.entries(result).map(([metric, value]) => ({ metric, value })));
console.log(JSON.stringify(result));
