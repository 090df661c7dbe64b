/**
 * PDF rendering on a pool of worker threads, one per core by default, so that reports render in
 * parallel and the server's event loop stays free while they do (a report is ~0.5 s of CPU).
 *
 * - VIGIE_PDF_WORKERS=n sets the pool's size; 0 renders in the calling thread. The default is one
 *   worker per core under `next start` (NODE_ENV=production), and 0 elsewhere (dev, Vitest, the CLI,
 *   tsx scripts), where a worker could not load the TypeScript entry.
 * - Whenever workers cannot start (the entry fails to load) the pool turns itself off and every
 *   render happens in-process: a slower server, never a failed download.
 * - A worker that dies mid-render (e.g. over its heap limit, below) is replaced and its render redone
 *   in-process.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { renderBilingualReportPdf } from "../documents/render";
import type { TReportPart } from "@/lib/domain/report-parts";
import type { TDocumentViewModel } from "../documents/types";
import type { TLocale } from "@/lib/i18n/locales";
import { renderReportPdf } from "../report/render";
import type { TReportOptions } from "../report/view-model";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TPdfTask, TPdfTaskResult, TPdfWorkerStatus } from "./pdf-task";
import { renderTask } from "./render-task";

export function configuredPoolSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.VIGIE_PDF_WORKERS;
  if (raw !== undefined && raw.trim() !== "") {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 64) : 0;
  }
  return env.NODE_ENV === "production" && env.VITEST === undefined ? availableParallelism() : 0;
}

/**
 * Each worker's old-generation heap, in MB (VIGIE_PDF_WORKER_HEAP_MB). Left to itself V8 lets a
 * worker's heap grow for a long while before collecting it: the server's RSS wanders between 460
 * and 810 MB over 1,000 reports. With 192 MB each (a bilingual report needs well under that) it
 * stays flat (npm run bench: 606–621 MB with the young generation below). A worker that runs out
 * is replaced, its render redone in-process.
 */
const workerHeapMb = (env: Readonly<Record<string, string | undefined>> = process.env) => {
  const n = Number(env.VIGIE_PDF_WORKER_HEAP_MB ?? 192);
  return Number.isFinite(n) && n >= 64 ? n : 192;
};

/**
 * Each worker's young generation, in MB (VIGIE_PDF_WORKER_YOUNG_MB, at most the old generation's
 * size). A render allocates a lot of short-lived objects (layout nodes, glyph runs, PDF strings);
 * with V8's default young generation many are promoted into the capped old generation, which then
 * collects often. Measured with two workers rendering the 27-page report at once: ~0.85 s per
 * render by default, ~0.75 s with 96 MB, ~0.65–0.7 s with 128–144 MB (uncapped: ~0.69 s). It costs
 * ~95 MB of RSS per worker, constant (npm run bench: 420 → 614 MB with both workers started).
 */
const workerYoungMb = (env: Readonly<Record<string, string | undefined>> = process.env) => {
  const n = Number(env.VIGIE_PDF_WORKER_YOUNG_MB ?? 128);
  return Math.min(Number.isFinite(n) && n >= 8 ? n : 128, workerHeapMb(env));
};

/**
 * Renders that may wait for a free worker, per process (VIGIE_PDF_QUEUE_MAX): by default twice the
 * renders that run at once (the workers, or 1 in-process), and at least 4. A render takes ~0.5–0.85 s,
 * so the last one queued starts within about two renders' time (< 2 s) instead of behind every
 * request a flood left; beyond it the routes answer 503 with Retry-After (lib/server/http/pdf-busy.ts).
 */
export function configuredQueueMax(poolSize: number, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.VIGIE_PDF_QUEUE_MAX;
  if (raw !== undefined && raw.trim() !== "") {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0) return Math.min(n, 10_000);
  }
  return Math.max(4, 2 * Math.max(1, poolSize));
}

/** How long a request waits for room in a full queue before it is refused (ms). */
const ADMISSION_WAIT_MS = 1000;

/** The queue is full: the caller answers 503, with `retryAfterSeconds`. */
export class PdfQueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("PDF queue full");
    this.name = "PdfQueueFullError";
  }
}

/** The client went away (its request's signal aborted) before its render started: nothing was rendered. */
export class PdfAbortedError extends Error {
  constructor() {
    super("PDF render abandoned by its client");
    this.name = "PdfAbortedError";
  }
}

/**
 * Whether an error is one of these two, by name: the pool lives on globalThis and may come from
 * another bundle of the server (instrumentation.ts), whose classes `instanceof` does not know.
 */
export const isPdfQueueFull = (e: unknown): e is PdfQueueFullError =>
  e instanceof Error && e.name === "PdfQueueFullError" && typeof (e as { retryAfterSeconds?: unknown }).retryAfterSeconds === "number";
export const isPdfAborted = (e: unknown): e is PdfAbortedError => e instanceof Error && e.name === "PdfAbortedError";

interface TJob {
  id: number;
  task: TPdfTask;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  signal: AbortSignal | undefined;
  /** Removes the abort listener once the job leaves the queue. */
  release: () => void;
}

/** What the pool uses of a worker thread (the tests give it fakes). */
export interface TPoolWorker {
  on(event: "message", listener: (msg: TPdfTaskResult | TPdfWorkerStatus) => void): unknown;
  on(event: "error" | "exit", listener: () => void): unknown;
  postMessage(msg: { id: number; task: TPdfTask }): void;
  terminate(): Promise<unknown>;
  ref(): void;
  unref(): void;
}

/** A real worker thread; Turbopack builds pdf-worker.ts as its own entry from this exact `new Worker(new URL(…))`. */
const spawnThread = (): TPoolWorker =>
  new Worker(new URL("./pdf-worker.ts", import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: workerYoungMb() },
  }) as unknown as TPoolWorker;

interface TSlot {
  worker: TPoolWorker;
  /** Its code loaded: workers can run here. */
  loaded: boolean;
  /** Warmed up: it takes work. */
  ready: boolean;
  job: TJob | null;
}

/**
 * Workers started with the server (start()); the others start when reports wait. Each costs
 * ~200 MB once warm, and the core count Node sees may be the host's, not a container's share.
 */
const WORKERS_AT_START = 2;
/** Workers that load but die while warming up, this many times in a row, turn the pool off. */
const MAX_WARM_UP_DEATHS = 3;

export class PdfPool {
  private readonly slots: TSlot[] = [];
  private readonly queue: TJob[] = [];
  private nextId = 1;
  private disabled = false;
  private warmUpDeaths = 0;
  /** Renders under way in this thread (no worker): one at a time, the others wait in the queue. */
  private herePending = 0;
  /** Requests waiting for room in a full queue (each admits itself, or is refused, when called). */
  private readonly admitting: (() => void)[] = [];

  /** `renderHere` renders in the calling thread, when there is no worker to do it. */
  constructor(
    private readonly size: number,
    private readonly spawnWorker: () => TPoolWorker = spawnThread,
    private readonly renderHere: (task: TPdfTask) => Promise<Buffer> = renderTask,
    private readonly queueMax: number = configuredQueueMax(size),
    /** How long a request may wait for room in a full queue before its 503. */
    private readonly admissionWaitMs: number = ADMISSION_WAIT_MS,
  ) {}

  /** Renders waiting for a worker (or for this thread). */
  get waiting(): number {
    return this.queue.length;
  }

  get active(): boolean {
    return !this.disabled && this.size > 0;
  }

  /** Starts the first workers now (each warms up before it takes work) instead of on the first renders. */
  start(): void {
    while (this.active && this.slots.length < Math.min(this.size, WORKERS_AT_START)) {
      if (this.spawn() === null) return;
    }
  }

  /**
   * Renders `task` once a worker (or this thread) is free. Rejects with PdfQueueFullError when
   * `queueMax` renders already wait, and with PdfAbortedError when `signal` aborts before the render
   * starts (the job leaves the queue: a client that went away costs nothing).
   */
  run(task: TPdfTask, signal?: AbortSignal): Promise<Buffer> {
    if (signal?.aborted) return Promise.reject(new PdfAbortedError());
    if (!this.full()) return this.enqueue(task, signal);
    // Full: wait a moment for room before refusing. Under a flood the queue is often full of
    // renders whose clients left but whose going the server has not read yet; a request that
    // arrives just then gets their place. Those waiting here are bounded too.
    if (this.admitting.length >= this.queueMax || this.admissionWaitMs === 0) return Promise.reject(this.queueFull());
    return new Promise<Buffer>((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", admit);
        const i = this.admitting.indexOf(admit);
        if (i >= 0) this.admitting.splice(i, 1);
        if (signal?.aborted) return reject(new PdfAbortedError());
        if (this.full()) return reject(this.queueFull());
        this.enqueue(task, signal).then(resolve, reject);
      };
      const timer = setTimeout(admit, this.admissionWaitMs);
      signal?.addEventListener("abort", admit, { once: true });
      this.admitting.push(admit);
    });
  }

  private full(): boolean {
    const free = this.active ? this.slots.filter((s) => s.ready && s.job === null).length : 1 - this.herePending;
    return this.queue.length >= this.queueMax && free <= 0;
  }

  private queueFull(): PdfQueueFullError {
    const running = this.active ? this.slots.filter((s) => s.job !== null).length : this.herePending;
    // ~1 s per render ahead of it, shared by those rendering at once.
    const lanes = Math.max(1, this.active ? this.size : 1);
    return new PdfQueueFullError(Math.max(1, Math.ceil((this.queue.length + running) / lanes)));
  }

  /** A job left the queue: the first request waiting for room gets it. */
  private roomMade(): void {
    if (!this.full()) this.admitting[0]?.();
  }

  private enqueue(task: TPdfTask, signal: AbortSignal | undefined): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const job: TJob = { id: this.nextId++, task, resolve, reject, signal, release: () => {} };
      if (signal !== undefined) {
        const onAbort = () => {
          const i = this.queue.indexOf(job);
          if (i < 0) return; // already started: it finishes, its answer goes nowhere
          this.queue.splice(i, 1);
          reject(new PdfAbortedError());
          this.roomMade();
        };
        signal.addEventListener("abort", onAbort, { once: true });
        job.release = () => signal.removeEventListener("abort", onAbort);
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Takes the next job off the queue, its abort listener removed. */
  private take(): TJob {
    const job = this.queue.shift()!;
    job.release();
    queueMicrotask(() => this.roomMade());
    return job;
  }

  /**
   * Without workers: renders queued jobs in this thread, one at a time. Each starts on a timer, so
   * that the events a render held up (clients that went away meanwhile) are handled first and
   * their jobs leave the queue before they cost a render.
   */
  private pumpHere(): void {
    if (this.herePending > 0 || this.queue.length === 0) return;
    this.herePending++;
    const job = this.take();
    const done = () => {
      this.herePending--;
      this.pumpHere();
    };
    setTimeout(() => {
      if (job.signal?.aborted) {
        job.reject(new PdfAbortedError());
        return done();
      }
      this.renderHere(job.task).then(
        (pdf) => {
          job.resolve(pdf);
          done();
        },
        (e: Error) => {
          job.reject(e);
          done();
        },
      );
    }, 0);
  }

  private spawn(): TSlot | null {
    let worker: TPoolWorker;
    try {
      worker = this.spawnWorker();
    } catch {
      this.disable();
      return null;
    }
    const slot: TSlot = { worker, loaded: false, ready: false, job: null };
    worker.unref();
    worker.on("message", (msg: TPdfTaskResult | TPdfWorkerStatus) => {
      if ("loaded" in msg) {
        slot.loaded = true;
        return;
      }
      if ("ready" in msg) {
        slot.ready = true;
        this.warmUpDeaths = 0;
        this.pump();
        return;
      }
      const job = slot.job;
      slot.job = null;
      worker.unref();
      if (job !== null && job.id === msg.id) {
        if (msg.ok) job.resolve(Buffer.from(msg.pdf.buffer, msg.pdf.byteOffset, msg.pdf.byteLength));
        else job.reject(new Error(msg.message));
      }
      this.pump();
    });
    const lost = () => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = null;
      // Never loaded: the entry cannot load here. Died warming up, again and again: something in this
      // environment kills them. Otherwise a crash (out of memory...): replaced, warm, at once.
      if (!slot.loaded || (!slot.ready && ++this.warmUpDeaths >= MAX_WARM_UP_DEATHS)) this.disable();
      if (job !== null) this.renderHere(job.task).then(job.resolve, job.reject);
      if (slot.ready) this.start();
      this.pump();
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    this.slots.push(slot);
    return slot;
  }

  private disable(): void {
    if (this.disabled) return;
    this.disabled = true;
    for (const slot of this.slots.splice(0)) {
      // A render under way on a worker stopped here is done in-process (its exit finds no slot).
      const job = slot.job;
      slot.job = null;
      void slot.worker.terminate();
      if (job !== null) this.renderHere(job.task).then(job.resolve, job.reject);
    }
    this.pumpHere();
  }

  private pump(): void {
    if (!this.active) return this.pumpHere();
    while (this.slots.length < this.size && this.slots.length < this.queue.length + this.slots.filter((s) => s.job !== null).length) {
      if (this.spawn() === null) return;
    }
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job !== null) continue;
      const job = this.take();
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }
}

// One pool per process, on globalThis: the server's instrumentation and its routes are built as
// separate bundles, and each would otherwise get a pool of its own.
const POOL = Symbol.for("vigie.pdfPool");
const holder = globalThis as { [POOL]?: PdfPool };
const getPool = () => (holder[POOL] ??= new PdfPool(configuredPoolSize()));

/** Starts the pool's first workers (instrumentation.ts, when the server starts); a no-op without a pool. */
export const startPdfPool = (): void => getPool().start();

/** Tasks the workers can take: a catalogue other than the app's (tests) stays in-process. */
const portable = (options: TReportOptions) => options.catalogue === undefined;

/** The PDF risk report (same as renderReportPdf), rendered on the worker pool when there is one. */
export function renderReportPdfPooled(
  doc: TAnswersDocument,
  locale: TLocale,
  options: TReportOptions = {},
  signal?: AbortSignal,
  part: TReportPart = "full",
): Promise<Buffer> {
  if (!portable(options)) return renderReportPdf(doc, locale, options, part);
  return getPool().run({ kind: "report", doc, locale, options: options.now === undefined ? {} : { now: options.now }, part }, signal);
}

/** The French–English report (same as renderBilingualReportPdf), on the worker pool when there is one. */
export function renderBilingualReportPdfPooled(doc: TAnswersDocument, options: TReportOptions = {}, signal?: AbortSignal, part: TReportPart = "full"): Promise<Buffer> {
  if (!portable(options)) return renderBilingualReportPdf(doc, options, part);
  return getPool().run({ kind: "bilingual", doc, options: options.now === undefined ? {} : { now: options.now }, part }, signal);
}

/** A document's PDF from its view-model (letters, notice, register summary...), on the pool when there is one. */
export const renderDocumentViewModelPdfPooled = (vm: TDocumentViewModel, signal?: AbortSignal): Promise<Buffer> =>
  getPool().run({ kind: "document", vm }, signal);
