/**
 * npm run lighthouse (after npm run build): Lighthouse scores of the start page and the form, in
 * French, on the production server once it is idle, with Debian's Chromium. Lighthouse is
 * installed ad hoc in a temporary directory (npm install, not in package.json) the first time,
 * then reused. Lighthouse's defaults: the mobile preset, simulated throttling (4× CPU slowdown,
 * slow 4G). Prints a table and one JSON line: each page's scores, its total blocking time and
 * largest paint (ms), Lighthouse's benchmarkIndex of this machine (its CPU speed, which moves the
 * simulated figures), the load average when the page's run started, and how long the server took
 * to be idle after it first answered (serverIdleAfterS). Aims: performance ≥ 0.95 with a total
 * blocking time ≤ 200 ms, accessibility and best practices 1.0. LIGHTHOUSE_REPORT_DIR=dir also
 * writes each page's full JSON report there.
 *
 * `npm run lighthouse -- --floor` scores instead a one-page Next.js app built in a temporary
 * directory with this project's next and react: a heading and a paragraph, no client component, no
 * stylesheet. It is what any page of an App Router app costs on this machine, the floor under the
 * app's own figures.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

const LIGHTHOUSE_VERSION = "12.2.3";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3231);
const BASE = `http://localhost:${PORT}`;
const FLOOR = process.argv.includes("--floor");
const PAGES = FLOOR
  ? [{ name: "floor", path: "/" }]
  : [
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

/** The one-page app of --floor, built in a temporary directory; returns that directory. */
function buildFloorApp() {
  const dir = mkdtempSync(path.join(tmpdir(), "vigie-lighthouse-floor-"));
  mkdirSync(path.join(dir, "app"));
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  const files = {
    "package.json": JSON.stringify({ name: "vigie-lighthouse-floor", private: true, type: "module" }),
    // The project's node_modules is outside the directory: Turbopack resolves from the filesystem's root.
    "next.config.mjs": 'export default { turbopack: { root: "/" } };\n',
    "tsconfig.json": JSON.stringify({
      compilerOptions: { target: "ES2022", lib: ["dom", "es2022"], jsx: "react-jsx", module: "esnext", moduleResolution: "bundler", strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true },
      include: ["app"],
    }),
    "app/layout.tsx":
      'export default function Layout({ children }: { children: React.ReactNode }) {\n  return (<html lang="fr"><head><title>Plancher</title><meta name="description" content="Une page" /></head><body>{children}</body></html>);\n}\n',
    "app/page.tsx":
      "export default function Page() {\n  return (<main><h1>Bonjour</h1><p>Une page rendue par le serveur, sans composant client ni feuille de style : ce que coûte toute page de Next.js sur cette machine.</p></main>);\n}\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  execFileSync(path.resolve("node_modules/.bin/next"), ["build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}

/** CPU time (1/100 s) used so far by a process and its descendants, from /proc; null elsewhere than Linux. */
function treeCpuTicks(rootPid) {
  if (!existsSync("/proc/self/stat")) return null;
  const procs = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // After "pid (name) ": state, ppid, … utime and stime are the 12th and 13th fields.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.push({ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
}

/**
 * Waits until the server is idle (under 50 ms of CPU in a second, twice in a row; 120 s at most):
 * after it answers, the app still warms its PDF workers up, which would take the browser's CPU
 * while Lighthouse measures it. Returns the seconds waited, with idle false when the 120 s ran
 * out, or null where /proc cannot tell (not Linux).
 */
async function waitIdle(pid) {
  const started = Date.now();
  let last = treeCpuTicks(pid);
  if (last === null) return null;
  let quiet = 0;
  while (quiet < 2 && Date.now() - started < 120_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = treeCpuTicks(pid) ?? last;
    // A process of the tree that ended takes its time with it: a drop is not read as quiet.
    quiet = now >= last && now - last <= 5 ? quiet + 1 : 0;
    last = now;
  }
  return { seconds: Math.round((Date.now() - started) / 1000), idle: quiet >= 2 };
}

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${BASE}${PAGES[0].path}`, { headers: { connection: "close" } });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

const floorDir = FLOOR ? buildFloorApp() : null;
const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], {
  cwd: floorDir ?? process.cwd(),
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
  const idle = await waitIdle(server.pid);
  result.serverIdleAfterS = idle === null ? null : idle.idle ? idle.seconds : `not idle after ${idle.seconds}`;
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
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  if (floorDir !== null) {
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    // The symlink to node_modules is removed, not followed.
    rmSync(floorDir, { recursive: true, force: true });
  }
}
if (failures.length > 0) console.table(failures);
console.table(Object.entries(result).map(([metric, value]) => ({ metric, value })));
console.log(JSON.stringify(result));
