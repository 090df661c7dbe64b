import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBackupCli, runRestoreCli } from "../cli/ops-cli";
import { getAssessment } from "../store/assessment-view";
import { checkEditToken, createAssessment } from "../store/assessments";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { testClock } from "@/lib/testing/test-db";
import { openDatabase } from "./open";

// The embedded database's backups; PostgreSQL has pg_dump and pg_restore (docs/operations.md).
const onPostgres = Boolean(process.env.DATABASE_URL);
const root = mkdtempSync(join(tmpdir(), "vigie-backup-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

describe.skipIf(onPostgres)("npm run backup / npm run restore (PGlite)", () => {
  const dir = join(root, "data");
  const env = { VIGIE_DATA_DIR: dir };
  const file = join(root, "vigie.tar.gz");
  const clock = testClock();

  it("round trip: data saved, backed up, wiped, restored, read back with its edit token", async () => {
    let database = await openDatabase({ driver: "pglite", dir });
    const created = await createAssessment(database.db, anAnswersDocument().withService({ name: "Quiz Éclair" }).withSafeAnswers().build(), clock);
    const before = await getAssessment(database.db, created.id, clock);

    // The server holds the directory: a clear refusal naming the process, nothing written.
    const refused = io();
    expect(await runBackupCli(["-o", file, "--lang", "en"], refused.io, env)).toBe(1);
    expect(refused.err.join("")).toContain(`The Vigie server (process ${process.pid}) is using ${dir}`);
    expect(existsSync(file)).toBe(false);
    await database.close();

    const backup = io();
    expect(await runBackupCli(["-o", file, "--lang", "en"], backup.io, env)).toBe(0);
    expect(backup.out.join("")).toMatch(/^Backup written: .*vigie\.tar\.gz \(\d+ kB\)/);

    rmSync(dir, { recursive: true, force: true });
    const restore = io();
    expect(await runRestoreCli([file, "--lang", "en"], restore.io, env)).toBe(0);
    expect(restore.out.join("")).toBe(`Restored into ${dir}.\n`);

    database = await openDatabase({ driver: "pglite", dir });
    expect(await getAssessment(database.db, created.id, clock)).toEqual(before);
    expect(await checkEditToken(database.db, created.id, created.editToken)).toBe("ok");
    await database.close();
  }, 120_000);

  it("never overwrites a database without --force, and then keeps the old one aside", async () => {
    const again = io();
    expect(await runRestoreCli([file], again.io, env)).toBe(1);
    expect(again.err.join("")).toContain("contient déjà une base");
    const forced = io();
    expect(await runRestoreCli([file, "--force", "--lang", "en"], forced.io, env, new Date("2026-12-04T10:00:00Z"))).toBe(0);
    const aside = `${dir}.before-restore-2026-12-04T10-00-00-000Z`;
    expect(forced.out.join("")).toContain(`kept in ${aside}`);
    expect(existsSync(join(aside, "PG_VERSION"))).toBe(true);
  }, 120_000);

  it("refuses a file that is not a backup, and a PostgreSQL setup, with a clear message", async () => {
    const bad = join(root, "bad.tar.gz");
    writeFileSync(bad, "not a backup");
    const r = io();
    expect(await runRestoreCli([bad, "--force", "--lang", "en"], r.io, env)).toBe(1);
    expect(r.err.join("")).toContain("is not a backup made by npm run backup");
    const pg = io();
    expect(await runBackupCli(["--lang", "en"], pg.io, { DATABASE_URL: "postgres://x@localhost/db" })).toBe(1);
    expect(pg.err.join("")).toContain("pg_dump");
  });
});
