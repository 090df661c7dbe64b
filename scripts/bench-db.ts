/**
 * npm run bench:db: storage figures. Prints a table and one JSON line.
 * - save (PUT of a whole answers document, evaluation included) and load (read link) p50 / p95;
 * - start time (open + migrations) on an empty database and on one with 1,000 assessments.
 * PGlite always; PostgreSQL too when DATABASE_URL is set (a temporary database is created, then dropped).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type TDbConfig } from "../lib/server/db/open";
import { getAssessment } from "../lib/server/store/assessment-view";
import { createAssessment, saveAnswers } from "../lib/server/store/assessments";
import { systemClock } from "../lib/server/store/clock";
import { anAnswersDocument } from "../lib/testing/answers-document-builder";
import { createTestDb } from "../lib/testing/test-db";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SEED = 1000;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number) => Math.round(n * 100) / 100;

const docs = [
  anAnswersDocument().withService({ name: "Quiz Éclair" }).withSafeAnswers().build(),
  anAnswersDocument().withService({ name: "Quiz Éclair" }).withSafeAnswers().with("COM-01", "no").with("HOST-01", "us").build(),
];

async function timedOpen(config: TDbConfig) {
  const start = process.hrtime.bigint();
  const database = await openDatabase(config);
  return { database, ms: ms(start) };
}

async function bench(config: TDbConfig) {
  const first = await timedOpen(config);
  await first.database.close();
  const empty = await timedOpen(config);
  const { db } = empty.database;

  const { id } = await createAssessment(db, docs[0]!, systemClock);
  const save: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = process.hrtime.bigint();
    const r = await saveAnswers(db, id, i + 1, docs[i % 2]!, systemClock);
    save.push(ms(t));
    if (r.kind !== "done") throw new Error(`save ${i} failed: ${r.kind}`);
    t = process.hrtime.bigint();
    await getAssessment(db, id, systemClock);
    load.push(ms(t));
  }
  for (let i = 1; i < SEED; i++) await createAssessment(db, docs[i % 2]!, systemClock);
  await empty.database.close();
  const full = await timedOpen(config);
  const loadFull: number[] = [];
  const t = process.hrtime.bigint();
  await getAssessment(full.database.db, id, systemClock);
  loadFull.push(ms(t));
  await full.database.close();
  return {
    driver: config.driver,
    saveP50: round(percentile(save, 50)),
    saveP95: round(percentile(save, 95)),
    loadP50: round(percentile(load, 50)),
    loadP95: round(percentile(load, 95)),
    firstStartMs: round(first.ms),
    startEmptyMs: round(empty.ms),
    start1000Ms: round(full.ms),
    firstLoadAfterStartMs: round(loadFull[0]!),
  };
}

async function main() {
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), "vigie-bench-"));
  try {
    results.push(await bench({ driver: "pglite", dir: join(dir, "data") }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.DATABASE_URL) {
    const testDb = await createTestDb();
    try {
      results.push(await bench(testDb.config));
    } finally {
      await testDb.cleanup();
    }
  }
  console.log(`runs: ${RUNS} saves and loads of one assessment; then ${SEED} assessments in the database`);
  console.log("driver     save p50  save p95  load p50  load p95  first start  start empty  start 1000");
  for (const r of results) {
    console.log(
      `${r.driver.padEnd(10)} ${`${r.saveP50} ms`.padStart(8)}  ${`${r.saveP95} ms`.padStart(8)}  ${`${r.loadP50} ms`.padStart(8)}  ${`${r.loadP95} ms`.padStart(8)}  ${`${r.firstStartMs} ms`.padStart(11)}  ${`${r.startEmptyMs} ms`.padStart(11)}  ${`${r.start1000Ms} ms`.padStart(10)}`,
    );
  }
  console.log(JSON.stringify({ bench: "db", runs: RUNS, seed: SEED, results }));
}

await main();
