/**
 * PDF rendering on a pool of worker threads (piscina), one per core by default, so that reports
 * render in parallel and the server's event loop stays free while they do (a report is ~0.5 s of CPU).
 *
 * - VIGIE_PDF_WORKERS=n sets the pool's size; 0 renders in the calling thread. The default is one
 *   worker per core under `next start` (NODE_ENV=production), and 0 elsewhere (dev, Vitest, the CLI,
 *   tsx scripts), where a worker could not load the TypeScript entry.
 * - The pool keeps its own bounded queue, and gives piscina at most one render per worker. A request
 *   whose client goes away (its signal aborts) gets PdfAbortedError at once: a waiting render leaves
 *   the queue and never starts; a running one stops at its next page (a flag shared with its worker,
 *   lib/render/kit/cancellation.ts) and its worker takes the next render. Piscina's own signal
 *   would terminate the worker, whose replacement loads its code and renders a warm-up report
 *   before it takes work: seconds of CPU, where a render is ~0.5 s. It serves only as a last resort:
 *   a render still running `STOP_GRACE_MS` after its client left is stopped that way.
 * - Whenever workers cannot start (the entry fails to load) the pool turns itself off and every
 *   render happens in-process: a slower server, never a failed download.
 * - A worker that dies mid-render (e.g. over its heap limit, below) is replaced and its render redone
 *   in-process.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import { renderBilingualReportPdf } from "../documents/render";
import type { TReportPart } from "@/lib/domain/report-parts";
import type { TDocumentViewModel } from "../documents/types";
import type { TLocale } from "@/lib/i18n/locales";
import { renderReportPdf } from "../report/render";
import type { TReportOptions } from "../report/view-model";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TPdfTask, TPdfTaskResult, TPdfWorkerTask } from "./pdf-task";
import { renderTask } from "./render-task";

type TEnv = Readonly<Record<string, string | undefined>>;

export function configuredPoolSize(env: TEnv = process.env): number {
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
export const workerHeapMb = (env: TEnv = process.env) => {
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
export const workerYoungMb = (env: TEnv = process.env) => {
  const n = Number(env.VIGIE_PDF_WORKER_YOUNG_MB ?? 128);
  return Math.min(Number.isFinite(n) && n >= 8 ? n : 128, workerHeapMb(env));
};

/**
 * Renders that may wait for a free worker, per process (VIGIE_PDF_QUEUE_MAX): by default twice the
 * renders that run at once (the workers, or 1 in-process), and at least 4. A render takes ~0.5–0.85 s,
 * so the last one queued starts within about two renders' time (< 2 s) instead of behind every
 * request a flood left; beyond it the routes answer 503 with Retry-After (lib/server/http/pdf-busy.ts).
 */
export function configuredQueueMax(poolSize: number, env: TEnv = process.env): number {
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

/** The client went away (its request's signal aborted): its render was dropped or stopped. */
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

/** What the pool uses of piscina (the tests give it a fake). */
export interface TWorkerPool {
  run(task: TPdfWorkerTask, options: { signal?: AbortSignal }): Promise<TPdfTaskResult>;
  on(event: "error", listener: (error: unknown) => void): unknown;
  destroy(): Promise<void>;
}

/**
 * The worker entry's file as the bundler built it. Turbopack compiles pdf-worker.ts as an entry of
 * its own only from `new Worker(new URL("./pdf-worker.ts", import.meta.url))`, and piscina starts
 * its threads itself from a file name: a probe thread started from that expression says which file
 * it runs (pdf-worker.ts answers a probe with its path and exits, loading nothing else).
 */
export function builtWorkerEntry(): Promise<string> {
  return new Promise((resolve, reject) => {
    const probe = new Worker(new URL("./pdf-worker.ts", import.meta.url), { workerData: { vigiePdfProbe: true } });
    probe.unref();
    probe.once("message", (file: unknown) => (typeof file === "string" ? resolve(file) : reject(new Error("PDF worker probe: no path"))));
    probe.once("error", reject);
    probe.once("exit", () => reject(new Error("PDF worker probe exited without its path")));
  });
}

/** Piscina on the built worker entry: `size` threads at most, the first `WORKERS_AT_START` started at once. */
async function startPiscina(size: number): Promise<TWorkerPool> {
  const filename = await builtWorkerEntry();
  return new Piscina<TPdfWorkerTask, TPdfTaskResult>({
    filename,
    name: "renderPdf",
    minThreads: Math.min(size, WORKERS_AT_START),
    maxThreads: size,
    // Threads above the first ones stop after a minute without work (each holds ~200 MB).
    idleTimeout: 60_000,
    // Piscina's default has idle workers block in Atomics.wait; the render's own timers and promises
    // are simpler to reason about on a plain event loop, and a render's ~0.5 s dwarfs the difference.
    atomics: "disabled",
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: workerYoungMb() },
  });
}

/**
 * Workers started with the server (start()); the others start when reports wait. Each costs
 * ~200 MB once warm, and the core count Node sees may be the host's, not a container's share.
 */
const WORKERS_AT_START = 2;
/** Worker failures in a row (no render from a worker in between) that turn the pool off. */
const MAX_FAILURES_IN_A_ROW = 3;
/**
 * How long a render on a worker may run on after its client left (it stops at its next page, a few
 * hundred ms at most, the PDF's writing after the last page excepted) before its worker is
 * terminated: a render that never reaches a page again cannot hold its lane forever.
 */
const STOP_GRACE_MS = 5000;

/** A render asked for and not settled yet: waiting in the queue, then running. */
interface TJob {
  task: TPdfTask;
  signal: AbortSignal | undefined;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  /** Its caller has its answer (or its PdfAbortedError): a render still running goes on for nobody. */
  settled: boolean;
  /** Set to 1 when its client leaves while it runs: the render stops at its next page. */
  cancelled: Int32Array;
  /** Aborted `STOP_GRACE_MS` after `cancelled` is set if the render still runs: piscina then terminates its worker. */
  stop: AbortController;
  /** The timer that aborts `stop`. */
  grace?: ReturnType<typeof setTimeout>;
  /** Takes the job's listener off its request's signal. */
  unlisten: () => void;
}

export class PdfPool {
  private workers: TWorkerPool | null = null;
  private starting: Promise<TWorkerPool | null> | null = null;
  private disabled = false;
  private failuresInARow = 0;
  /** Renders waiting for a lane (a worker, or this thread), oldest first. */
  private readonly queue: TJob[] = [];
  /** Renders running, those whose client left and that have not reached their next page included. */
  private running = 0;
  /** Whether a look at the queue is scheduled (pump). */
  private pumping = false;
  /** Requests waiting for room in a full queue (each admits itself, or is refused, when called). */
  private readonly admitting: (() => void)[] = [];

  /** `renderHere` renders in the calling thread, when there is no worker to do it. */
  constructor(
    private readonly size: number,
    private readonly createWorkers: (size: number) => Promise<TWorkerPool> = startPiscina,
    private readonly renderHere: (task: TPdfTask, cancelled?: () => boolean) => Promise<Buffer> = renderTask,
    private readonly queueMax: number = configuredQueueMax(size),
    /** How long a request may wait for room in a full queue before its 503. */
    private readonly admissionWaitMs: number = ADMISSION_WAIT_MS,
    /** How long a render on a worker may run on after its client left before its worker is terminated. */
    private readonly stopGraceMs: number = STOP_GRACE_MS,
  ) {}

  get active(): boolean {
    return !this.disabled && this.size > 0;
  }

  /** Renders waiting for a worker (or for this thread): beyond those that run at once. */
  get waiting(): number {
    return Math.max(0, this.queue.length + this.running - this.lanes);
  }

  /** Renders that run at once: one per worker, or one in this thread. */
  private get lanes(): number {
    return this.active ? this.size : 1;
  }

  /** Starts the first workers now (each warms up before it takes work) instead of on the first render. */
  start(): Promise<TWorkerPool | null> {
    if (!this.active) return Promise.resolve(null);
    this.starting ??= this.createWorkers(this.size).then(
      (workers) => {
        // A worker lost with no render of ours on it (e.g. its entry fails to load).
        workers.on("error", () => this.failed());
        if (this.disabled) void workers.destroy();
        else this.workers = workers;
        return this.workers;
      },
      () => {
        this.disable();
        return null;
      },
    );
    return this.starting;
  }

  /**
   * Renders `task` on a worker (or in this thread). Rejects with PdfQueueFullError when `queueMax`
   * renders already wait, and with PdfAbortedError when `signal` aborts first: a waiting render
   * leaves the queue and never starts; a running one stops at its next page, its worker kept.
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

  /**
   * The refusal a render asked for now would get at once (the queue full, and as many requests
   * already waiting for room), else null: a route asks before it reads and validates a body for
   * nothing.
   */
  refusalNow(): PdfQueueFullError | null {
    return this.full() && (this.admitting.length >= this.queueMax || this.admissionWaitMs === 0) ? this.queueFull() : null;
  }

  /** Whether a new render would wait beyond the bound: `queueMax` already wait for a lane. */
  private full(): boolean {
    return this.waiting >= this.queueMax;
  }

  private queueFull(): PdfQueueFullError {
    // ~1 s per render ahead of it, shared by those rendering at once.
    return new PdfQueueFullError(Math.max(1, Math.ceil((this.queue.length + this.running) / this.lanes)));
  }

  /** A render settled or left the queue: the first request waiting for room gets its place. */
  private roomMade(): void {
    if (!this.full()) this.admitting[0]?.();
  }

  private enqueue(task: TPdfTask, signal: AbortSignal | undefined): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const onAbort = () => {
        if (job.settled) return;
        job.settled = true;
        job.unlisten();
        reject(new PdfAbortedError());
        const i = this.queue.indexOf(job);
        if (i >= 0) {
          this.queue.splice(i, 1);
          this.roomMade();
          return;
        }
        // Running: it stops at its next page, its answer goes nowhere; on a worker that does not
        // answer within the grace, piscina terminates it.
        Atomics.store(job.cancelled, 0, 1);
        job.grace = setTimeout(() => job.stop.abort(), this.stopGraceMs);
        job.grace.unref?.();
      };
      const job: TJob = {
        task,
        signal,
        resolve,
        reject,
        settled: false,
        cancelled: new Int32Array(new SharedArrayBuffer(4)),
        stop: new AbortController(),
        unlisten: () => signal?.removeEventListener("abort", onAbort),
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Starts waiting renders on free lanes. Each start waits for the event loop to go through a poll
   * phase (two `setImmediate` turns), so that the events a busy server has not read yet (clients
   * that went away meanwhile: their FIN, lib/server/security/connection.ts) are handled first and
   * their renders leave the queue before they cost one.
   */
  private pump(): void {
    if (this.pumping || this.queue.length === 0 || this.running >= this.lanes) return;
    this.pumping = true;
    setImmediate(() =>
      setImmediate(() => {
        this.pumping = false;
        while (this.running < this.lanes && this.queue.length > 0) this.startJob(this.queue.shift()!);
      }),
    );
  }

  private startJob(job: TJob): void {
    if (job.settled || job.signal?.aborted) {
      if (!job.settled) job.reject(new PdfAbortedError());
      job.settled = true;
      job.unlisten();
      queueMicrotask(() => this.roomMade());
      return;
    }
    this.running++;
    queueMicrotask(() => this.roomMade());
    this.render(job.task, job.cancelled, job.stop.signal).then(
      (pdf) => {
        if (!job.settled) job.resolve(pdf);
      },
      (error: unknown) => {
        if (!job.settled) job.reject(error instanceof Error ? error : new Error(String(error)));
      },
    ).finally(() => {
      job.settled = true;
      job.unlisten();
      clearTimeout(job.grace);
      this.running--;
      this.pump();
      this.roomMade();
    });
  }

  /**
   * One render on a worker, or in this thread. The shared `cancelled` flag stops the render at its
   * next page; `stop`, piscina's signal, terminates the worker, and aborts only when the render
   * runs on past the grace after its client left.
   */
  private async render(task: TPdfTask, cancelled: Int32Array, stop: AbortSignal): Promise<Buffer> {
    const here = () => this.renderHere(task, () => Atomics.load(cancelled, 0) === 1);
    if (!this.active) return here();
    const workers = this.workers ?? (await this.start());
    if (workers === null || this.workers !== workers) return here();
    let result: TPdfTaskResult;
    try {
      result = await workers.run({ ...task, cancelled }, { signal: stop });
    } catch {
      // Terminated on purpose: its client left long ago, and nobody waits for it.
      if (stop.aborted) throw new PdfAbortedError();
      // The worker died under the render (out of memory...) or could not start: redone here.
      this.failed();
      return here();
    }
    this.failuresInARow = 0;
    if ("pdf" in result) return Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength);
    throw new Error(result.message);
  }

  private failed(): void {
    if (++this.failuresInARow >= MAX_FAILURES_IN_A_ROW) this.disable();
  }

  private disable(): void {
    if (this.disabled) return;
    this.disabled = true;
    const workers = this.workers;
    this.workers = null;
    // Renders still on the workers are rejected by the destruction and redone here (render's catch).
    if (workers !== null) void workers.destroy();
  }
}

// One pool per process, on globalThis: the server's instrumentation and its routes are built as
// separate bundles, and each would otherwise get a pool of its own.
const POOL = Symbol.for("vigie.pdfPool");
const holder = globalThis as { [POOL]?: PdfPool };
const getPool = () => (holder[POOL] ??= new PdfPool(configuredPoolSize()));

/** Starts the pool's first workers (instrumentation.ts, when the server starts); a no-op without a pool. */
export const startPdfPool = (): void => void getPool().start();

/** The 503 a render asked for now would get at once from the process's pool, else null (PdfPool.refusalNow). */
export const pdfQueueRefusalNow = (): PdfQueueFullError | null => getPool().refusalNow();

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
