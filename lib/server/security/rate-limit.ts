import { createHash, createHmac, randomBytes } from "node:crypto";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { PEER_HEADER } from "./connection";

/**
 * Rate limits per client address (rate-limiter-flexible): PDF and document rendering, public scans, and anonymous
 * creation (an assessment, a copy from the catalogue, an import, a register). On PostgreSQL the
 * counters live in the table `vigie_rate_limits`, shared by every instance on that database; on
 * PGlite (one process) they live in memory.
 */
export const RATE_LIMIT_BUCKETS = ["documents", "creations", "scans"] as const;
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
 * address per hour (default 300). VIGIE_RATE_SCANS: public scans per address per hour (default 30:
 * each one fetches up to 10 pages of another site, and in browser mode up to 150 more requests its
 * home page makes). 0 turns a limit off.
 */
const SETTINGS: Record<TRateLimitBucket, { variable: string; fallback: number; seconds: number }> = {
  documents: { variable: "VIGIE_RATE_DOCUMENTS", fallback: 60, seconds: 60 },
  creations: { variable: "VIGIE_RATE_CREATIONS", fallback: 300, seconds: 3600 },
  scans: { variable: "VIGIE_RATE_SCANS", fallback: 30, seconds: 3600 },
};

export function configuredRateLimit(bucket: TRateLimitBucket, env: TEnvSource = process.env): TRateLimit {
  const { variable, fallback, seconds } = SETTINGS[bucket];
  const raw = env[variable];
  const n = raw === undefined || raw.trim() === "" ? fallback : Number(raw);
  return { points: Number.isInteger(n) && n >= 0 ? n : fallback, seconds };
}

/**
 * The client's address, never a value the client chooses. With VIGIE_TRUST_PROXY=0 (the default) it
 * is the connection's own address, which the server writes in `PEER_HEADER`
 * (lib/server/security/connection.ts, replacing any header of that name the client sent).
 * VIGIE_TRUST_PROXY=n says how many reverse proxies in front of Vigie append to X-Forwarded-For:
 * the address is then the n-th entry from the right, the one the outermost trusted proxy saw (what a
 * client writes further left is ignored); a header with fewer entries did not come through those
 * proxies, and the connection's address is taken.
 */
export function clientAddress(req: Request, env: TEnvSource = process.env): string {
  const hops = Number(env.VIGIE_TRUST_PROXY ?? 0);
  const peer = req.headers.get(PEER_HEADER)?.trim() || "unknown";
  if (!(Number.isInteger(hops) && hops > 0)) return peer.slice(0, 64);
  const chain = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const address = chain.length >= hops ? chain.at(-Math.min(hops, 10)) : undefined;
  return (address ?? peer).slice(0, 64);
}

/**
 * The HMAC key of the counters' keys: VIGIE_RATE_LIMIT_SECRET when set; else, with DATABASE_URL,
 * a key derived from it (every instance on that database has it, and it is not stored in the
 * database: a dump of `vigie_rate_limits` alone does not give the addresses back); else a random key
 * of this process (PGlite: one process, counters in memory).
 */
function hmacKey(env: TEnvSource): Buffer {
  const secret = env.VIGIE_RATE_LIMIT_SECRET?.trim();
  if (secret) return createHash("sha256").update(`vigie-rate-limit:secret:${secret}`).digest();
  const url = env.DATABASE_URL?.trim();
  if (url) return createHash("sha256").update(`vigie-rate-limit:database:${url}`).digest();
  return (processKey ??= randomBytes(32));
}
let processKey: Buffer | undefined;

/** What the counters are stored under: a keyed hash of the client's address (never the address). */
export function rateLimitKey(address: string, env: TEnvSource = process.env): string {
  return createHmac("sha256", hmacKey(env)).update(address).digest("base64url").slice(0, 32);
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
