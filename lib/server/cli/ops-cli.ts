import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DataDirNotEmptyError, NotABackupError, backupDataDir, restoreDataDir } from "../db/backup";
import { DataDirLockedError } from "../db/dir-lock";
import { openDatabase, type TDbConfig } from "../db/open";
import { deleteStaleAssessments, listStaleAssessments, parseRetentionDays, retentionCutoff } from "../store/retention";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { TCliIo } from "./report-cli";

type TEnvSource = Readonly<Record<string, string | undefined>>;

/** The data directory and whether PostgreSQL is in use, as the server reads them (lib/server/env.ts). */
const dataDir = (env: TEnvSource) => (env.VIGIE_DATA_DIR?.trim() ? env.VIGIE_DATA_DIR : "./data");
const onPostgres = (env: TEnvSource) => Boolean(env.DATABASE_URL?.trim());

/** The operations commands' options (each reads its own). */
const OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  "older-than": { type: "string" },
  "dry-run": { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parses the options, or writes the error and gives null (exit code 2). */
function parse(argv: string[], io: TCliIo) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    io.err(`${translatorFor(DEFAULT_LOCALE)("Cli.badOption", { detail: (e as Error).message })}\n`);
    return null;
  }
}

const translator = (lang: unknown) => translatorFor(typeof lang === "string" && isLocale(lang) ? lang : DEFAULT_LOCALE);

/** The file name of a backup made now: vigie-backup-2026-12-04T16-05-00Z.tar.gz. */
export const backupFileName = (now: Date) => `vigie-backup-${now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-")}.tar.gz`;

/** `npm run backup -- [-o FILE]`. Exit codes: 0 done, 1 could not, 2 bad command line. */
export async function runBackupCli(argv: string[], io: TCliIo, env: TEnvSource = process.env, now = new Date()): Promise<number> {
  const args = parse(argv, io);
  if (args === null) return 2;
  const t = translator(args.values.lang);
  if (args.values.help) return io.out(`${t("OpsCli.backupUsage")}\n`), 0;
  if (onPostgres(env)) return io.err(`${t("OpsCli.postgres")}\n`), 1;
  const dir = dataDir(env)!;
  const file = typeof args.values.output === "string" ? args.values.output : backupFileName(now);
  try {
    const size = await backupDataDir(dir, file);
    io.out(`${t("OpsCli.backupDone", { file, size: Math.ceil(size / 1024) })}\n`);
    return 0;
  } catch (e) {
    if (e instanceof DataDirLockedError) return io.err(`${t("OpsCli.locked", { pid: e.pid, dir })}\n`), 1;
    throw e;
  }
}

/** `npm run restore -- FILE [--force]`. Exit codes: 0 done, 1 could not, 2 bad command line. */
export async function runRestoreCli(argv: string[], io: TCliIo, env: TEnvSource = process.env, now = new Date()): Promise<number> {
  const args = parse(argv, io);
  if (args === null) return 2;
  const t = translator(args.values.lang);
  if (args.values.help) return io.out(`${t("OpsCli.restoreUsage")}\n`), 0;
  if (onPostgres(env)) return io.err(`${t("OpsCli.postgres")}\n`), 1;
  const file = args.positionals[0];
  if (file === undefined) return io.err(`${t("OpsCli.missingFile")}\n${t("OpsCli.restoreUsage")}\n`), 2;
  if (!existsSync(file)) return io.err(`${t("OpsCli.notFound", { file })}\n`), 1;
  const dir = dataDir(env)!;
  try {
    const { aside } = await restoreDataDir(dir, file, { replace: args.values.force === true, now });
    io.out(`${t("OpsCli.restoreDone", { dir })}\n`);
    if (aside !== null) io.out(`${t("OpsCli.restoreAside", { aside })}\n`);
    return 0;
  } catch (e) {
    if (e instanceof DataDirLockedError) return io.err(`${t("OpsCli.locked", { pid: e.pid, dir })}\n`), 1;
    if (e instanceof DataDirNotEmptyError) return io.err(`${t("OpsCli.notEmpty", { dir })}\n`), 1;
    if (e instanceof NotABackupError) return io.err(`${t("OpsCli.notBackup", { file })}\n`), 1;
    throw e;
  }
}

/** The database the server uses, from the same variables (lib/server/db/client.ts, which only the server may import). */
const dbConfig = (env: TEnvSource): TDbConfig =>
  onPostgres(env) ? { driver: "postgres", url: env.DATABASE_URL!.trim() } : { driver: "pglite", dir: dataDir(env)! };

/**
 * `npm run retention -- [--older-than 365d] [--dry-run]`: deletes the saved assessments neither
 * read nor changed since then (the period defaults to VIGIE_RETENTION_DAYS; without either,
 * nothing happens). Lists ids and dates only. Exit codes: 0 done, 1 could not, 2 bad command line.
 */
export async function runRetentionCli(argv: string[], io: TCliIo, env: TEnvSource = process.env, now = new Date()): Promise<number> {
  const args = parse(argv, io);
  if (args === null) return 2;
  const t = translator(args.values.lang);
  if (args.values.help) return io.out(`${t("OpsCli.retentionUsage")}\n`), 0;
  const given = args.values["older-than"] ?? env.VIGIE_RETENTION_DAYS;
  if (given === undefined || given.trim() === "") return io.err(`${t("OpsCli.retentionOff")}\n`), 1;
  const days = parseRetentionDays(given);
  if (days === null) return io.err(`${t("OpsCli.badPeriod", { value: given.slice(0, 20) })}\n`), 2;
  const cutoff = retentionCutoff(now, days);
  let database;
  try {
    database = await openDatabase(dbConfig(env));
  } catch (e) {
    if (e instanceof DataDirLockedError) return io.err(`${t("OpsCli.locked", { pid: e.pid, dir: e.dir })}\n`), 1;
    return io.err(`${t("OpsCli.unavailable", { detail: (e as Error).name })}\n`), 1;
  }
  try {
    const dry = args.values["dry-run"] === true;
    const gone = dry ? await listStaleAssessments(database.db, cutoff) : await deleteStaleAssessments(database.db, cutoff);
    const day = (iso: string | null) => (iso === null ? t("OpsCli.never") : iso.slice(0, 10));
    io.out(`${t(dry ? "OpsCli.retentionDry" : "OpsCli.retentionDone", { count: gone.length, cutoff: cutoff.toISOString().slice(0, 10) })}\n`);
    for (const a of gone) io.out(`${t("OpsCli.retentionLine", { id: a.id, lastRead: day(a.lastReadAt), updatedAt: day(a.updatedAt) })}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
