/**
 * Worker-thread entry of the PDF pool (pdf-pool.ts): renders one PDF per message, one at a time.
 * Loaded with `new Worker(new URL("./pdf-worker.ts", import.meta.url))`, which Turbopack builds
 * as its own entry for the production server. Fonts load once per worker, on its first render.
 */
import { parentPort } from "node:worker_threads";
import type { TPdfTaskResult } from "./pdf-task";
import { renderTask } from "./render-task";

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

// Imports done: the pool may send work (an error before this line means workers cannot be used).
port.postMessage({ ready: true });
