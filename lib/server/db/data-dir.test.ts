import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { testClock } from "@/lib/testing/test-db";
import { runBackupCli, runRestoreCli } from "../cli/ops-cli";
import { createAssessment } from "../store/assessments";
import { openDatabase } from "./open";

const onPostgres = Boolean(process.env.DATABASE_URL);
const root = mkdtempSync(join(tmpdir(), "vigie-modes-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every entry under `dir` (itself included) whose mode gives group or others any right. */
function opened(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if ((stat.mode & 0o077) !== 0) out.push(`${path} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return out;
}
const mode = (path: string) => statSync(path).mode & 0o777;
const quiet = { out: () => {}, err: () => {} };

describe.skipIf(onPostgres)("the data directory and backups are their owner's only (PGlite)", () => {
  let umask = 0;
  // A usual umask (022: files 0644, directories 0755), as the server gets it.
  beforeEach(() => void (umask = process.umask(0o022)));
  afterEach(() => void process.umask(umask));

  it("creates the directory 0700 and its files 0600, open and after writes", async () => {
    const dir = join(root, "fresh");
    const database = await openDatabase({ driver: "pglite", dir });
    expect(mode(dir)).toBe(0o700);
    expect(opened(dir)).toEqual([]);
    await createAssessment(database.db, anAnswersDocument().withSafeAnswers().build(), testClock());
    expect(mode(dir)).toBe(0o700);
    await database.close();
    expect(mode(dir)).toBe(0o700);
    expect(readdirSync(dir).length).toBeGreaterThan(5);
    expect(opened(dir)).toEqual([]);
  }, 60_000);

  it("fixes the modes of an existing directory, with one log line", async () => {
    const dir = join(root, "existing");
    const first = await openDatabase({ driver: "pglite", dir });
    await first.close();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, "extra"), { mode: 0o777 });
    chmodSync(join(dir, "extra"), 0o777);
    writeFileSync(join(dir, "extra", "file"), "x", { mode: 0o666 });
    chmodSync(join(dir, "extra", "file"), 0o666);
    chmodSync(join(dir, "PG_VERSION"), 0o644);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const database = await openDatabase({ driver: "pglite", dir });
      await database.close();
      const lines = warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes("data_dir_modes_fixed"));
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ event: "data_dir_modes_fixed", entries: 4 });
    } finally {
      warn.mockRestore();
    }
    expect(opened(dir)).toEqual([]);
    expect(mode(join(dir, "extra"))).toBe(0o700);
    expect(mode(join(dir, "extra", "file"))).toBe(0o600);
  }, 60_000);

  it("writes a backup 0600, and restores into a directory that is its owner's only", async () => {
    const dir = join(root, "backed-up");
    const database = await openDatabase({ driver: "pglite", dir });
    await database.close();
    const file = join(root, "backup.tar.gz");
    writeFileSync(file, "");
    chmodSync(file, 0o644);
    process.umask(0o022);
    expect(await runBackupCli(["-o", file], quiet, { VIGIE_DATA_DIR: dir })).toBe(0);
    expect(mode(file)).toBe(0o600);
    const restored = join(root, "restored");
    process.umask(0o022);
    expect(await runRestoreCli([file], quiet, { VIGIE_DATA_DIR: restored })).toBe(0);
    expect(mode(restored)).toBe(0o700);
    expect(opened(restored)).toEqual([]);
  }, 60_000);
});
