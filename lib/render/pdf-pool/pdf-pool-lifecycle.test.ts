import { describe, expect, it } from "vitest";
import { configuredQueueMax, isPdfAborted, isPdfQueueFull, PdfAbortedError, PdfPool, PdfQueueFullError, type TWorkerPool } from "./pdf-pool";
import type { TPdfTask, TPdfTaskResult, TPdfWorkerTask } from "./pdf-task";

/** One render given to the fake workers: the test answers it, fails it or kills its worker. */
interface TSent {
  task: TPdfWorkerTask;
  signal: AbortSignal | undefined;
  answers: (text: string) => void;
  failsWith: (message: string) => void;
  /** Its worker dies under it (piscina rejects the task with the worker's error). */
  workerDies: () => void;
}

/** piscina as the pool sees it, driven by hand; an aborted signal rejects as piscina does (AbortError). */
class FakeWorkers implements TWorkerPool {
  readonly sent: TSent[] = [];
  readonly errorListeners: ((e: unknown) => void)[] = [];
  destroyed = false;
  run(task: TPdfWorkerTask, { signal }: { signal?: AbortSignal }) {
    return new Promise<TPdfTaskResult>((resolve, reject) => {
      signal?.addEventListener("abort", () => reject(Object.assign(new Error("The task has been aborted"), { name: "AbortError" })), { once: true });
      this.sent.push({
        task,
        signal,
        answers: (text) => resolve({ pdf: new Uint8Array(Buffer.from(text)) }),
        failsWith: (message) => resolve({ message }),
        workerDies: () => reject(new Error("worker exited with code: 1")),
      });
    });
  }
  on(_event: "error", listener: (e: unknown) => void) {
    this.errorListeners.push(listener);
    return this;
  }
  destroy() {
    this.destroyed = true;
    return Promise.resolve();
  }
  /** A worker lost with no render on it (its entry failed to load...). */
  loseIdleWorker() {
    for (const l of this.errorListeners) l(new Error("worker exited with code: 1"));
  }
}

const TASK: TPdfTask = { kind: "document", vm: {} as never };

function aPool(size: number, queueMax?: number, admissionWaitMs = 0) {
  const workers = new FakeWorkers();
  const created: number[] = [];
  const renderedHere: TPdfTask[] = [];
  const pool = new PdfPool(
    size,
    async (n) => {
      created.push(n);
      return workers;
    },
    async (task) => {
      renderedHere.push(task);
      return Buffer.from("here");
    },
    queueMax,
    admissionWaitMs,
  );
  return { pool, workers, created, renderedHere };
}

const text = async (pdf: Promise<Buffer>) => (await pdf).toString();
/** The pool starts a render after a poll phase of the event loop (two setImmediate turns): three here. */
const settled = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};

describe("PDF worker pool, its workers' life", () => {
  it("starts its workers once, with the server, and sends them the renders", async () => {
    const { pool, workers, created } = aPool(4);
    await Promise.all([pool.start(), pool.start()]);
    expect(created).toEqual([4]);
    const pdf = text(pool.run(TASK));
    await settled();
    expect(workers.sent.map((s) => s.task)).toEqual([{ ...TASK, cancelled: expect.any(Int32Array) }]);
    workers.sent[0]!.answers("from the worker");
    expect(await pdf).toBe("from the worker");
  });

  it("turns itself off when its workers cannot start: every render happens here", async () => {
    const renderedHere: TPdfTask[] = [];
    const pool = new PdfPool(
      2,
      () => Promise.reject(new Error("the entry does not load")),
      async (task) => {
        renderedHere.push(task);
        return Buffer.from("here");
      },
    );
    expect(await text(pool.run(TASK))).toBe("here");
    expect(await text(pool.run(TASK))).toBe("here");
    expect(renderedHere).toHaveLength(2);
    expect(pool.active).toBe(false);
  });

  it("redoes here a render whose worker died under it, and goes on with its workers", async () => {
    const { pool, workers, renderedHere } = aPool(1);
    await pool.start();
    const pdf = text(pool.run(TASK));
    await settled();
    workers.sent[0]!.workerDies();
    expect(await pdf).toBe("here");
    expect(renderedHere).toHaveLength(1);
    const next = text(pool.run(TASK));
    await settled();
    workers.sent[1]!.answers("from the replacement");
    expect(await next).toBe("from the replacement");
    expect(pool.active).toBe(true);
  });

  it("does not redo a render that failed on its own: its error reaches the caller", async () => {
    const { pool, workers, renderedHere } = aPool(1);
    await pool.start();
    const pdf = pool.run(TASK).catch((e: unknown) => e);
    await settled();
    workers.sent[0]!.failsWith("Error: no font");
    expect(((await pdf) as Error).message).toBe("Error: no font");
    expect(renderedHere).toEqual([]);
  });

  it("turns itself off after three worker failures in a row, not before; a rendered PDF resets the count", async () => {
    const { pool, workers, renderedHere } = aPool(2);
    await pool.start();
    workers.loseIdleWorker();
    workers.loseIdleWorker();
    const ok = text(pool.run(TASK));
    await settled();
    workers.sent[0]!.answers("ok");
    expect(await ok).toBe("ok");
    workers.loseIdleWorker();
    workers.loseIdleWorker();
    expect(pool.active).toBe(true);
    const lost = text(pool.run(TASK));
    await settled();
    workers.sent[1]!.workerDies();
    expect(await lost).toBe("here");
    expect(pool.active).toBe(false);
    expect(workers.destroyed).toBe(true);
    expect(await text(pool.run(TASK))).toBe("here");
    expect(workers.sent).toHaveLength(2);
    expect(renderedHere).toHaveLength(2);
  });

  it("tells a render whose client leaves while it runs to stop, through its shared flag, keeping its worker: its caller is answered at once", async () => {
    const { pool, workers, renderedHere } = aPool(1);
    await pool.start();
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    await settled();
    expect(workers.sent).toHaveLength(1);
    // Piscina's signal, which stops a render by terminating its worker, is kept for a render that overstays.
    expect(workers.sent[0]!.signal?.aborted).toBe(false);
    const flag = workers.sent[0]!.task.cancelled!;
    expect(flag.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Atomics.load(flag, 0)).toBe(0);
    const next = text(pool.run(TASK));
    gone.abort();
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    expect(Atomics.load(flag, 0)).toBe(1);
    await settled();
    // The lane is busy until the worker answers (the render stopped at its next page).
    expect(workers.sent).toHaveLength(1);
    expect(pool.waiting).toBe(1);
    workers.sent[0]!.failsWith("RenderCancelledError: PDF render cancelled: its client left");
    await settled();
    expect(workers.sent).toHaveLength(2);
    expect(Atomics.load(workers.sent[1]!.task.cancelled!, 0)).toBe(0);
    workers.sent[1]!.answers("next");
    expect(await next).toBe("next");
    expect(renderedHere).toEqual([]);
  });

  it("terminates the worker of a render still running a grace after its client left, without redoing it or counting a failure", async () => {
    const workers = new FakeWorkers();
    const renderedHere: TPdfTask[] = [];
    const pool = new PdfPool(1, async () => workers, async (task) => (renderedHere.push(task), Buffer.from("here")), undefined, 0, 30);
    await pool.start();
    for (let round = 0; round < 3; round++) {
      const gone = new AbortController();
      const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
      await settled();
      const stuck = workers.sent[round]!;
      gone.abort();
      expect(await abandoned).toBeInstanceOf(PdfAbortedError);
      expect(stuck.signal?.aborted).toBe(false);
      // It never reaches another page: after the grace, piscina's signal ends it and the lane is free.
      await new Promise((r) => setTimeout(r, 60));
      expect(stuck.signal?.aborted).toBe(true);
      await settled();
    }
    expect(pool.active).toBe(true);
    const next = text(pool.run(TASK));
    await settled();
    expect(workers.sent).toHaveLength(4);
    workers.sent[3]!.answers("next");
    expect(await next).toBe("next");
    expect(renderedHere).toEqual([]);
  });

  it("leaves piscina's signal alone for a render that stops at its next page within the grace", async () => {
    const workers = new FakeWorkers();
    const pool = new PdfPool(1, async () => workers, async () => Buffer.from("here"), undefined, 0, 30);
    await pool.start();
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    await settled();
    gone.abort();
    await abandoned;
    workers.sent[0]!.failsWith("RenderCancelledError: PDF render cancelled: its client left");
    await settled();
    await new Promise((r) => setTimeout(r, 60));
    expect(workers.sent[0]!.signal?.aborted).toBe(false);
  });

  it("never starts a waiting render whose client left, and refuses at once one whose client is already gone", async () => {
    const { pool, workers } = aPool(1);
    await pool.start();
    const first = text(pool.run(TASK));
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    expect(pool.waiting).toBe(1);
    gone.abort();
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    expect(pool.waiting).toBe(0);
    expect(await pool.run(TASK, AbortSignal.abort()).catch((e: unknown) => e)).toBeInstanceOf(PdfAbortedError);
    await settled();
    workers.sent[0]!.answers("first");
    expect(await first).toBe("first");
    await settled();
    expect(workers.sent).toHaveLength(1);
  });

  it("starts a render only after the events already waiting are read: a client whose going comes in the next turn never costs one", async () => {
    const { pool, workers } = aPool(1);
    await pool.start();
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    // A lane is free, but the client's FIN is read in the event loop's next turn.
    setImmediate(() => gone.abort());
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    await settled();
    expect(workers.sent).toHaveLength(0);
    const kept = text(pool.run(TASK));
    await settled();
    workers.sent[0]!.answers("kept");
    expect(await kept).toBe("kept");
  });
});

describe("PDF worker pool, its bounded queue", () => {
  it("waits at most twice the renders that run at once, never fewer than 4, unless VIGIE_PDF_QUEUE_MAX says otherwise", () => {
    expect(configuredQueueMax(0, {})).toBe(4);
    expect(configuredQueueMax(2, {})).toBe(4);
    expect(configuredQueueMax(8, {})).toBe(16);
    expect(configuredQueueMax(2, { VIGIE_PDF_QUEUE_MAX: "50" })).toBe(50);
    expect(configuredQueueMax(2, { VIGIE_PDF_QUEUE_MAX: "0" })).toBe(0);
    expect(configuredQueueMax(2, { VIGIE_PDF_QUEUE_MAX: "lots" })).toBe(4);
  });

  it("refuses a render beyond the queue's bound, with the seconds to wait, and takes work again once it drains", async () => {
    const { pool, workers } = aPool(1, 2);
    await pool.start();
    const first = text(pool.run(TASK)); // running
    const waiting = [text(pool.run(TASK)), text(pool.run(TASK))];
    expect(pool.waiting).toBe(2);
    const refused = await pool.run(TASK).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PdfQueueFullError);
    expect((refused as PdfQueueFullError).retryAfterSeconds).toBe(3);
    await settled();
    workers.sent[0]!.answers("one");
    expect(await first).toBe("one");
    await settled();
    expect(pool.waiting).toBe(1);
    const again = text(pool.run(TASK));
    // One render at a time on the one worker, in the order asked.
    for (const [i, name] of ["two", "three", "four"].entries()) {
      await settled();
      expect(workers.sent).toHaveLength(i + 2);
      workers.sent[i + 1]!.answers(name);
    }
    expect(await Promise.all([...waiting, again])).toEqual(["two", "three", "four"]);
  });

  it("lets a request wait a moment for room in a full queue: a place freed by a client that left is taken, not refused", async () => {
    const { pool, workers } = aPool(1, 1, 5_000);
    await pool.start();
    const first = text(pool.run(TASK)); // running
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e); // queued
    const waiting = text(pool.run(TASK)); // waits for room
    // As many may wait for room as in the queue: beyond, refused at once.
    expect(await pool.run(TASK).catch((e: unknown) => e)).toBeInstanceOf(PdfQueueFullError);
    gone.abort();
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    await settled();
    workers.sent[0]!.answers("first");
    expect(await first).toBe("first");
    await settled();
    // The abandoned render never reached a worker: the admitted one comes next.
    expect(workers.sent).toHaveLength(2);
    workers.sent[1]!.answers("admitted");
    expect(await waiting).toBe("admitted");
  });

  it("says before a request reads its body whether it would be refused at once: only with the queue and the wait for room both full", async () => {
    const { pool } = aPool(1, 1, 5_000);
    await pool.start();
    void pool.run(TASK).catch(() => {}); // running
    expect(pool.refusalNow()).toBeNull();
    void pool.run(TASK).catch(() => {}); // waiting: the queue is full
    expect(pool.refusalNow()).toBeNull(); // one more may still wait for room
    const gone = new AbortController();
    const waitingForRoom = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    expect(pool.refusalNow()).toBeInstanceOf(PdfQueueFullError);
    expect(pool.refusalNow()?.retryAfterSeconds).toBe(2);
    gone.abort();
    expect(await waitingForRoom).toBeInstanceOf(PdfAbortedError);
    expect(pool.refusalNow()).toBeNull();
  });

  it("knows its errors by name, as they come from the pool's own bundle (instrumentation.ts) to the routes'", () => {
    const fromElsewhere = Object.assign(new Error("PDF queue full"), { name: "PdfQueueFullError", retryAfterSeconds: 2 });
    expect(isPdfQueueFull(fromElsewhere)).toBe(true);
    expect(isPdfQueueFull(new PdfQueueFullError(1))).toBe(true);
    expect(isPdfAborted(Object.assign(new Error("gone"), { name: "PdfAbortedError" }))).toBe(true);
    expect(isPdfQueueFull(new Error("PDF queue full"))).toBe(false);
    expect(isPdfAborted(new PdfQueueFullError(1))).toBe(false);
  });

  it("without workers, renders here one at a time, within the same bound, and skips abandoned renders", async () => {
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const pool = new PdfPool(
      0,
      () => Promise.reject(new Error("no workers")),
      (task) => {
        started.push(task.kind);
        return new Promise<Buffer>((resolve) => finish.push(() => resolve(Buffer.from(task.kind))));
      },
      1,
    );
    const first = text(pool.run({ kind: "report", doc: {} as never, locale: "fr", options: {} }));
    await new Promise((r) => setTimeout(r, 5));
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    expect(await pool.run(TASK).catch((e: unknown) => e)).toBeInstanceOf(PdfQueueFullError);
    gone.abort();
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    const bilingual = text(pool.run({ kind: "bilingual", doc: {} as never, options: {} }));
    expect(started).toEqual(["report"]);
    finish.shift()!();
    expect(await first).toBe("report");
    await new Promise((r) => setTimeout(r, 5));
    expect(started).toEqual(["report", "bilingual"]);
    finish.shift()!();
    expect(await bilingual).toBe("bilingual");
  });
});
