import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { FILE_MODE, restrictUmask, secureDataDir } from "./data-dir";
import { lockDataDir } from "./dir-lock";

/**
 * Backups of the embedded database (PGlite): its data directory as one gzip tarball, made by
 * PGlite itself (dumpDataDir), so the copy is consistent. PGlite allows one process per directory:
 * both commands take the directory's lock first, and a running server makes them fail with
 * DataDirLockedError (stop it, then run them). PostgreSQL has its own tools (pg_dump, pg_restore).
 */

/** Writes a backup of `dir` to `file`; gives its size in bytes. */
export async function backupDataDir(dir: string, file: string): Promise<number> {
  secureDataDir(dir);
  const release = lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const client = await PGlite.create(resolve(dir));
    try {
      const dump = await client.dumpDataDir("gzip");
      const bytes = Buffer.from(await dump.arrayBuffer());
      // A copy of the whole database: its owner's only, whatever the umask (an existing file's mode is kept by writeFile).
      writeFileSync(file, bytes, { mode: FILE_MODE });
      chmodSync(file, FILE_MODE);
      return bytes.length;
    } finally {
      await client.close();
      secureDataDir(dir, { quiet: true });
    }
  } finally {
    release();
  }
}

/** Whether `dir` holds a database (PostgreSQL's PG_VERSION, as PGlite writes it). */
export const holdsDatabase = (dir: string) => existsSync(resolve(dir, "PG_VERSION"));

export class NotABackupError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a Vigie backup`);
    this.name = "NotABackupError";
  }
}

export class DataDirNotEmptyError extends Error {
  constructor(readonly dir: string) {
    super(`${dir} already holds a database`);
    this.name = "DataDirNotEmptyError";
  }
}

/**
 * Restores `file` into `dir`. The backup is unpacked beside it first, so a bad file changes
 * nothing. A directory that already holds a database is refused, unless `replace`: it is then
 * renamed aside (`<dir>.before-restore-<time>`, returned), never deleted.
 */
export async function restoreDataDir(dir: string, file: string, options: { replace?: boolean; now?: Date } = {}): Promise<{ aside: string | null }> {
  const bytes = readFileSync(file);
  // gzip's magic number: what npm run backup writes.
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new NotABackupError(file);
  const target = resolve(dir);
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
  const occupied = existsSync(target) && readdirSync(target).length > 0;
  if (occupied) {
    // A running server's directory is neither replaced nor renamed: its lock is taken (and let go) first.
    lockDataDir(target)();
    if (holdsDatabase(target) && options.replace !== true) throw new DataDirNotEmptyError(dir);
  }
  const staging = `${target}.restoring-${stamp}`;
  const { PGlite } = await import("@electric-sql/pglite");
  try {
    restrictUmask();
    const client = await PGlite.create(staging, { loadDataDir: new Blob([bytes]) });
    await client.close();
    secureDataDir(staging);
  } catch {
    rmSync(staging, { recursive: true, force: true });
    throw new NotABackupError(file);
  }
  const release = lockDataDir(target);
  release();
  let aside: string | null = null;
  if (occupied) {
    aside = `${target}.before-restore-${stamp}`;
    renameSync(target, aside);
  } else {
    rmSync(target, { recursive: true, force: true });
  }
  renameSync(staging, target);
  return { aside };
}
