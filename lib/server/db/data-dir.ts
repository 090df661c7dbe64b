import { chmodSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The data directory and every directory in it: its owner only. */
export const DIR_MODE = 0o700;
/** Every file of the data directory, and a backup: its owner only. */
export const FILE_MODE = 0o600;

/**
 * Makes the files this process creates from now on its owner's only (umask 077): PGlite creates its
 * files with mode 0666 and its directories 0777, less the umask. Worker threads cannot change the
 * umask; the main thread's applies to them.
 */
export function restrictUmask(): void {
  try {
    process.umask(process.umask() | 0o077);
  } catch {
    // A worker thread: the process's umask is the main thread's.
  }
}

/**
 * Creates `dir` (mode 0700) or, when it exists, takes group and others' rights away from it and
 * from everything in it (directories 0700, files 0600), with one log line saying how many entries
 * it changed (none with `quiet`). Returns that number.
 *
 * PGlite (Emscripten's file system) sets the mode of the files it creates itself (0666), whatever
 * the umask: the database opener runs this again, quietly, once PGlite has opened the directory and
 * when it closes it. In between, the directory's own 0700 keeps everyone else out.
 */
export function secureDataDir(dir: string, { quiet = false }: { quiet?: boolean } = {}): number {
  restrictUmask();
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  let changed = 0;
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    const wanted = stat.isDirectory() ? DIR_MODE : FILE_MODE;
    if ((stat.mode & 0o077) !== 0) {
      chmodSync(path, wanted);
      changed++;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  if (changed > 0 && !quiet) {
    console.warn(JSON.stringify({ time: new Date().toISOString(), kind: "storage", event: "data_dir_modes_fixed", entries: changed, modes: "dirs 0700, files 0600" }));
  }
  return changed;
}
