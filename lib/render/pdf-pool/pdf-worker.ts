/**
 * Worker-thread entry of the PDF pool (pdf-pool.ts): renders one PDF per message, one at a time.
 * Loaded with `new Worker(new URL("./pdf-worker.ts", import.meta.url))`, which Turbopack builds
 * as its own entry for the production server. Before it takes work, it renders a warm-up report
 * (warm-up.ts): fonts and compiled code are ready for the first real one.
 */
import { parentPort } from "node:worker_threads";
import type { TPdfTaskResult, TPdfWorkerStatus } from "./pdf-task";
import { renderTask } from "./render-task";
import { WARM_UP_TASK } from "./warm-up";

const port = parentPort;
if (port === null) throw new Error("pdf-worker.ts runs as a worker thread only");

port.on("message", async ({ id, task }: { id: number; task: Parameters<typeof renderTask>[0] }) => {
  let reply: TPdfTaskResult;
  try {
    const pdf = await renderTask(task);
    // Hand the bytes over without a copy when the buffer owns its memory (large PDFs always do).
    const whole = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength;
    const bytes = whole ? new Uint8Array(pdf.buffer, 0, pdf.byteLength) : new Uint8Array(pdf);
    reply = { id, ok: true, pdf: bytes };
    port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(reply);
  }
});

const status = (s: TPdfWorkerStatus) => port.postMessage(s);
// Imports done: workers can run here (a worker lost before this line means they cannot).
status({ loaded: true });
// Warmed up: the pool may send work. A failed warm-up is logged, not fatal: the first real render
// reports its own error.
void renderTask(WARM_UP_TASK)
  .catch((error: unknown) => console.error("PDF worker warm-up failed:", error))
  .then(() => status({ ready: true }));
