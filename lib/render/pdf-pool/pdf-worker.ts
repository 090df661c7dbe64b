/**
 * Worker-thread entry of the PDF pool (pdf-pool.ts), loaded by piscina's threads: its `renderPdf`
 * export renders one task. Turbopack builds it as an entry of its own from the pool's
 * `new Worker(new URL("./pdf-worker.ts", import.meta.url))`, the probe that finds the built file:
 * a probe answers with its path and exits before loading any rendering code.
 *
 * Before a worker takes work it renders a warm-up report (warm-up.ts): piscina waits for
 * `renderPdf` (a promise of the handler) before it marks a new worker ready, so fonts and compiled
 * code are ready for the first real render.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TPdfTaskResult, TPdfWorkerTask } from "./pdf-task";

const isProbe = (workerData as { vigiePdfProbe?: unknown } | null | undefined)?.vigiePdfProbe === true;
if (isProbe) parentPort?.postMessage(process.argv[1]);

async function handler(): Promise<(task: TPdfWorkerTask) => Promise<TPdfTaskResult>> {
  const [{ renderTask }, { WARM_UP_TASK }] = await Promise.all([import("./render-task"), import("./warm-up")]);
  // A failed warm-up is logged, not fatal: the first real render reports its own error.
  await renderTask(WARM_UP_TASK).catch((error: unknown) => console.error("PDF worker warm-up failed:", error));
  return async (task) => {
    try {
      const flag = task.cancelled;
      const pdf = await renderTask(task, flag === undefined ? undefined : () => Atomics.load(flag, 0) === 1);
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
    } catch (error) {
      return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  };
}

export const renderPdf = isProbe ? null : handler();
