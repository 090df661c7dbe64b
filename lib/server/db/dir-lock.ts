import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export const LOCK_FILE = "vigie.lock";

/** The embedded database is used by another process (PGlite allows one process per directory). */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The database directory ${dir} is in use by another Vigie process (pid ${pid}). ` +
        `PGlite allows only one process per directory: stop the other process, ` +
        `or set VIGIE_DATA_DIR to another directory, or DATABASE_URL to use PostgreSQL. ` +
        `If no other process uses it, delete ${join(dir, LOCK_FILE)}.`,
    );
    this.name = "DataDirLockedError";
  }
}

/** Locks held by this process (kept on globalThis so module reloads in `next dev` share them). */
const lockGlobal = globalThis as { __vigieDirLocks?: Set<string> };
const held: Set<string> = lockGlobal.__vigieDirLocks ?? new Set();
if (lockGlobal.__vigieDirLocks === undefined) {
  lockGlobal.__vigieDirLocks = held;
  // Whatever way the process ends (process.exit included), its locks go with it.
  process.on("exit", () => {
    for (const path of held) rmSync(path, { force: true });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

function readOwner(path: string): { pid: number; host: string } | null {
  try {
    const [pid, host] = readFileSync(path, "utf8").trim().split(" ");
    return { pid: Number(pid), host: host ?? "" };
  } catch {
    return null;
  }
}

/**
 * Takes the lock on a data directory (creating the directory and its parents), or throws
 * DataDirLockedError. A lock left by a process that no longer runs is taken over.
 * Returns the function that releases it.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid} ${hostname()}\n`);
      closeSync(fd);
      held.add(path);
      return () => {
        if (held.delete(path)) rmSync(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = readOwner(path);
      if (owner === null) continue;
      const ours = owner.pid === process.pid && owner.host === hostname();
      const stale = owner.host === hostname() && Number.isInteger(owner.pid) && !alive(owner.pid);
      if ((ours && !held.has(path)) || stale) {
        rmSync(path, { force: true });
        continue;
      }
      throw new DataDirLockedError(dir, owner.pid);
    }
  }
  throw new DataDirLockedError(dir, Number.NaN);
}
