import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

const PORT = Number(process.env.E2E_PORT ?? 3217);

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url} within ${ms} ms`);
}

/**
 * Starts the production build on `port` with its own throw-away PGlite directory (or DATABASE_URL
 * when it is set) and `env` added; gives its base URL and the function that stops it.
 */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const dataDir = mkdtempSync(join(tmpdir(), "vigie-e2e-"));
  const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    // Every test talks from one address: rate limits well above what the whole suite sends.
    env: {
      VIGIE_RATE_DOCUMENTS: "2000",
      VIGIE_RATE_CREATIONS: "2000",
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      VIGIE_DATA_DIR: dataDir,
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://localhost:${port}`;
  // The server opens (and migrates) the database before it answers: PGlite takes 10–20 s on a busy machine.
  await waitFor(`${baseUrl}/fr`, 180_000);
  return {
    baseUrl,
    stop: async () => {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the production server once for all browser and HTTP tests. */
export default async function setup(project: TestProject) {
  const server = await startServer(PORT);
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
