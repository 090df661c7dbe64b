import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/lib/testing/test-db";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "./dir-lock";
import { openDatabase } from "./open";
import { assessments } from "./schema";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "vigie-lock-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("data directory lock", () => {
  it("creates missing parent directories and refuses a second holder in the same process", () => {
    const dir = join(tempDir(), "a", "b", "data");
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it("refuses a directory held by another live process, naming the directory and the way out", async () => {
    const dir = tempDir();
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(join(dir, LOCK_FILE), `${other.pid} ${hostname()}\n`);
      expect(() => lockDataDir(dir)).toThrow(/in use by another Vigie process.*DATABASE_URL/s);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has died", async () => {
    const dir = tempDir();
    const dead = spawn("true");
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(join(dir, LOCK_FILE), `${dead.pid} ${hostname()}\n`);
    lockDataDir(dir)();
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))("PGlite server process", () => {
  it("is refused while a server holds the directory, which closes it on SIGTERM; nothing is lost", async () => {
    const { config, env, cleanup } = await createTestDb();
    if (!("VIGIE_DATA_DIR" in env)) throw new Error("expected a PGlite test database");
    try {
      const first = await openDatabase(config);
      await first.db.insert(assessments).values({
        id: "keep-me-keep-me-keep-me",
        editTokenHash: "00",
        version: 1,
        currentRound: 1,
        serviceName: "X",
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await first.close();

      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/testing/hold-db.ts"], {
        env: { ...process.env, DATABASE_URL: "", VIGIE_DATA_DIR: env.VIGIE_DATA_DIR },
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
        child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
      });
      await expect(openDatabase(config)).rejects.toThrow(DataDirLockedError);
      const exit = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
      child.kill("SIGTERM");
      expect(await exit).toBe(143);
      expect(existsSync(join(env.VIGIE_DATA_DIR, LOCK_FILE))).toBe(false);

      const again = await openDatabase(config);
      expect((await again.db.select().from(assessments)).map((a) => a.id)).toEqual(["keep-me-keep-me-keep-me"]);
      await again.close();
    } finally {
      await cleanup();
    }
  }, 90_000);
});
