import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Rate limits per client address (rate-limiter-flexible): PDF and document rendering, and anonymous
 * creation (an assessment, a copy from the catalogue, an import, a register). On PostgreSQL the
 * counters live in the table `vigie_rate_limits`, shared by every instance on that database; on
 * PGlite (one process) they live in memory.
 */
export const RATE_LIMIT_BUCKETS = ["documents", "creations"] as const;
export type TRateLimitBucket = (typeof RATE_LIMIT_BUCKETS)[number];

export interface TRateLimit {
  /** Requests allowed per window; 0 turns the limit off. */
  points: number;
  /** The window, in seconds. */
  seconds: number;
}

type TEnvSource = Readonly<Record<string, string | undefined>>;

/**
 * VIGIE_RATE_DOCUMENTS: PDF and documents per address per minute (default 60: a whole school often
 * shares one address, and a report takes ~0.5 s of CPU). VIGIE_RATE_CREATIONS: creations per
 * address per hour (default 300). 0 turns a limit off.
 */
const SETTINGS: Record<TRateLimitBucket, { variable: string; fallback: number; seconds: number }> = {
  documents: { variable: "VIGIE_RATE_DOCUMENTS", fallback: 60, seconds: 60 },
  creations: { variable: "VIGIE_RATE_CREATIONS", fallback: 300, seconds: 3600 },
};

export function configuredRateLimit(bucket: TRateLimitBucket, env: TEnvSource = process.env): TRateLimit {
  const { variable, fallback, seconds } = SETTINGS[bucket];
  const raw = env[variable];
  const n = raw === undefined || raw.trim() === "" ? fallback : Number(raw);
  return { points: Number.isInteger(n) && n >= 0 ? n : fallback, seconds };
}

/**
 * The client's address, as the key of its counters. Next.js puts the connection's address in
 * X-Forwarded-For when the request has none. VIGIE_TRUST_PROXY=n (default 0) says how many reverse
 * proxies in front of Vigie append to that header: the address is then the n-th from the right,
 * the one the outermost trusted proxy saw (what a client writes further left is ignored). With 0,
 * the right-most entry is taken: run Vigie behind a proxy that sets the header, as a client talking
 * to Next.js directly may send one of its own.
 */
export function clientAddress(req: Request, env: TEnvSource = process.env): string {
  const hops = Number(env.VIGIE_TRUST_PROXY ?? 0);
  const trusted = Number.isInteger(hops) && hops > 0 ? Math.min(hops, 10) : 1;
  const chain = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const address = chain.at(-Math.min(trusted, chain.length));
  return address === undefined ? "unknown" : address.slice(0, 64);
}

/** What a limit decides: go on, or wait this many seconds. */
export type TRateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface TRateLimiter {
  consume(key: string): Promise<TRateDecision>;
}

const TABLE = "vigie_rate_limits";

/** A limiter on `store`: in memory, or a PostgreSQL pool (node-postgres) shared by every instance. */
export async function createRateLimiter(bucket: TRateLimitBucket, limit: TRateLimit, store: { pgPool?: unknown } = {}): Promise<TRateLimiter> {
  if (limit.points === 0) return { consume: async () => ({ ok: true }) };
  const options = { keyPrefix: `vigie_${bucket}`, points: limit.points, duration: limit.seconds };
  let limiter: RateLimiterAbstract;
  if (store.pgPool === undefined) limiter = new RateLimiterMemory(options);
  else {
    const pgPool = store.pgPool;
    // If the database cannot be reached the counters go on in memory, in this instance.
    const open = () =>
      new Promise<RateLimiterAbstract>((resolve, reject) => {
        const created: RateLimiterPostgres = new RateLimiterPostgres(
          { ...options, storeClient: pgPool, storeType: "pool", tableName: TABLE, insuranceLimiter: new RateLimiterMemory(options) },
          (e?: unknown) => (e ? reject(e instanceof Error ? e : new Error(String(e))) : resolve(created)),
        );
      });
    // Instances starting together race to create the table (PostgreSQL's "already exists"): once
    // one has, the other's second try finds it.
    limiter = await open().catch(open);
  }
  return {
    consume: async (key) => {
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (e) {
        if (e instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
        throw e;
      }
    },
  };
}
