import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { configuredQueueMax, isPdfAborted, isPdfQueueFull, PdfAbortedError, PdfPool, PdfQueueFullError, type TPoolWorker } from "./pdf-pool";
import type { TPdfTask } from "./pdf-task";

/** A worker thread the test drives by hand: it loads, warms up, answers or dies when told. */
class FakeWorker extends EventEmitter {
  readonly sent: { id: number; task: TPdfTask }[] = [];
  terminated = false;
  postMessage(msg: { id: number; task: TPdfTask }) {
    this.sent.push(msg);
  }
  terminate() {
    this.terminated = true;
    return Promise.resolve(0);
  }
  ref() {}
  unref() {}
  loads() {
    this.emit("message", { loaded: true });
    return this;
  }
  warmsUp() {
    this.emit("message", { ready: true });
    return this;
  }
  answers(bytes: string) {
    const { id } = this.sent.at(-1)!;
    this.emit("message", { id, ok: true, pdf: new Uint8Array(Buffer.from(bytes)) });
  }
  dies() {
    this.emit("exit", 1);
  }
}

const TASK: TPdfTask = { kind: "document", vm: {} as never };

function aPool(size: number, queueMax?: number, admissionWaitMs = 0) {
  const workers: FakeWorker[] = [];
  const renderedHere: TPdfTask[] = [];
  const pool = new PdfPool(
    size,
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as TPoolWorker;
    },
    async (task) => {
      renderedHere.push(task);
      return Buffer.from("here");
    },
    queueMax,
    admissionWaitMs,
  );
  return { pool, workers, renderedHere };
}

const text = async (pdf: Promise<Buffer>) => (await pdf).toString();
const settled = () => new Promise((r) => setImmediate(r));

describe("PDF worker pool, its workers' life", () => {
  it("starts at most two workers with the server, and sends work only once one has warmed up", async () => {
    const { pool, workers } = aPool(4);
    pool.start();
    expect(workers).toHaveLength(2);
    const pdf = text(pool.run(TASK));
    await settled();
    expect(workers[0]!.sent).toEqual([]); // loaded, still warming up
    workers[0]!.loads().warmsUp();
    expect(workers[0]!.sent).toHaveLength(1);
    workers[0]!.answers("from the worker");
    expect(await pdf).toBe("from the worker");
  });

  it("turns itself off when a worker dies before its code loads: waiting work renders here", async () => {
    const { pool, workers, renderedHere } = aPool(2);
    pool.start();
    const pdf = text(pool.run(TASK));
    workers[0]!.dies();
    expect(await pdf).toBe("here");
    expect(workers[1]!.terminated).toBe(true);
    expect(await text(pool.run(TASK))).toBe("here");
    expect(renderedHere).toHaveLength(2);
    expect(workers).toHaveLength(2);
  });

  it("never leaves a render hanging when it turns itself off: a worker's render under way is redone here", async () => {
    const { pool, workers } = aPool(2);
    pool.start();
    workers[0]!.loads().warmsUp();
    const pdf = text(pool.run(TASK));
    expect(workers[0]!.sent).toHaveLength(1);
    workers[1]!.dies(); // never loaded: no workers here
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.dies(); // its exit, after the termination
    expect(await pdf).toBe("here");
  });

  it("turns itself off after three workers in a row die while warming up, not before", async () => {
    const { pool, workers, renderedHere } = aPool(1);
    pool.start();
    const pdf = text(pool.run(TASK));
    for (let i = 0; i < 3; i++) {
      expect(workers, `worker ${i + 1}`).toHaveLength(i + 1);
      workers[i]!.loads().dies();
    }
    expect(await pdf).toBe("here");
    expect(renderedHere).toHaveLength(1);
    expect(workers).toHaveLength(3);
  });

  it("replaces a warm worker that crashes mid-render at once, and redoes its render here", async () => {
    const { pool, workers } = aPool(1);
    pool.start();
    workers[0]!.loads().warmsUp();
    const pdf = text(pool.run(TASK));
    workers[0]!.dies();
    expect(await pdf).toBe("here");
    expect(workers).toHaveLength(2); // the replacement, warming up before any work comes
    workers[1]!.loads().warmsUp();
    const next = text(pool.run(TASK));
    workers[1]!.answers("from the replacement");
    expect(await next).toBe("from the replacement");
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
    pool.start();
    workers[0]!.loads().warmsUp();
    const first = text(pool.run(TASK)); // running
    const waiting = [text(pool.run(TASK)), text(pool.run(TASK))];
    expect(pool.waiting).toBe(2);
    const refused = await pool.run(TASK).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PdfQueueFullError);
    expect((refused as PdfQueueFullError).retryAfterSeconds).toBe(3);
    workers[0]!.answers("one");
    expect(await first).toBe("one");
    expect(pool.waiting).toBe(1);
    const again = text(pool.run(TASK));
    for (const name of ["two", "three", "four"]) workers[0]!.answers(name);
    expect(await Promise.all([...waiting, again])).toEqual(["two", "three", "four"]);
  });

  it("lets a request wait a moment for room in a full queue: a place freed by a client that left is taken, not refused", async () => {
    const { pool, workers } = aPool(1, 1, 5_000);
    pool.start();
    workers[0]!.loads().warmsUp();
    const first = text(pool.run(TASK)); // running
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e); // queued
    const waiting = text(pool.run(TASK)); // waits for room
    // As many may wait for room as in the queue: beyond, refused at once.
    expect(await pool.run(TASK).catch((e: unknown) => e)).toBeInstanceOf(PdfQueueFullError);
    gone.abort();
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    expect(pool.waiting).toBe(1);
    workers[0]!.answers("first");
    expect(await first).toBe("first");
    workers[0]!.answers("admitted");
    expect(await waiting).toBe("admitted");
  });

  it("knows its errors by name, as they come from the pool's own bundle (instrumentation.ts) to the routes'", () => {
    const fromElsewhere = Object.assign(new Error("PDF queue full"), { name: "PdfQueueFullError", retryAfterSeconds: 2 });
    expect(isPdfQueueFull(fromElsewhere)).toBe(true);
    expect(isPdfQueueFull(new PdfQueueFullError(1))).toBe(true);
    expect(isPdfAborted(Object.assign(new Error("gone"), { name: "PdfAbortedError" }))).toBe(true);
    expect(isPdfQueueFull(new Error("PDF queue full"))).toBe(false);
    expect(isPdfAborted(new PdfQueueFullError(1))).toBe(false);
  });

  it("drops a waiting render whose client went away before it starts: the worker never sees it", async () => {
    const { pool, workers } = aPool(1);
    pool.start();
    workers[0]!.loads().warmsUp();
    const first = text(pool.run(TASK));
    const gone = new AbortController();
    const abandoned = pool.run(TASK, gone.signal).catch((e: unknown) => e);
    const next = text(pool.run(TASK, new AbortController().signal));
    gone.abort();
    expect(await abandoned).toBeInstanceOf(PdfAbortedError);
    expect(pool.waiting).toBe(1);
    workers[0]!.answers("first");
    expect(await first).toBe("first");
    expect(workers[0]!.sent).toHaveLength(2); // the first and the next, not the abandoned one
    workers[0]!.answers("next");
    expect(await next).toBe("next");
    // Already gone when it asks: refused at once.
    expect(await pool.run(TASK, AbortSignal.abort()).catch((e: unknown) => e)).toBeInstanceOf(PdfAbortedError);
    expect(workers[0]!.sent).toHaveLength(2);
  });

  it("without workers, renders here one at a time, within the same bound, and skips abandoned renders", async () => {
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const pool = new PdfPool(
      0,
      () => {
        throw new Error("no workers");
      },
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
