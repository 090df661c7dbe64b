import "server-only";
import { getDb } from "../db/client";
import { readEnv } from "../env";
import { clientAddress, configuredRateLimit, createRateLimiter, rateLimitKey, type TRateLimitBucket, type TRateLimiter } from "../security/rate-limit";
import { logRateLimited } from "../security/rate-limit-log";
import { apiError } from "./errors";

/** Limiters by database client (PostgreSQL: shared through it) or in memory, and by setting. */
interface THolder {
  memory: Map<string, Promise<TRateLimiter>>;
  byClient: WeakMap<object, Map<string, Promise<TRateLimiter>>>;
}
const HOLDER = Symbol.for("vigie.rateLimiters");
const g = globalThis as { [HOLDER]?: THolder };
const holder = () => (g[HOLDER] ??= { memory: new Map(), byClient: new WeakMap() });

function cached(map: Map<string, Promise<TRateLimiter>>, key: string, make: () => Promise<TRateLimiter>): Promise<TRateLimiter> {
  let found = map.get(key);
  if (found === undefined) {
    found = make();
    map.set(key, found);
    found.catch(() => map.delete(key));
  }
  return found;
}

/** The limiter of `bucket`: on PostgreSQL when DATABASE_URL is set (in memory if it cannot be opened), else in memory. */
async function limiterFor(bucket: TRateLimitBucket): Promise<TRateLimiter> {
  const limit = configuredRateLimit(bucket);
  const key = `${bucket}:${limit.points}:${limit.seconds}`;
  const h = holder();
  const inMemory = () => cached(h.memory, key, () => createRateLimiter(bucket, limit));
  if (limit.points === 0 || readEnv().DATABASE_URL === undefined) return inMemory();
  try {
    const db = await getDb();
    const pgPool = (db as unknown as { $client: object }).$client;
    let limiters = h.byClient.get(pgPool);
    if (limiters === undefined) h.byClient.set(pgPool, (limiters = new Map()));
    return await cached(limiters, key, () => createRateLimiter(bucket, limit, { pgPool }));
  } catch {
    return inMemory();
  }
}

/**
 * Runs `handler` unless the client's address has used up its `bucket` for now: then `429` with
 * `Retry-After` and the JSON error body, and one structured log line (without the address).
 */
export async function withRateLimit(req: Request, bucket: TRateLimitBucket, handler: () => Promise<Response>): Promise<Response> {
  const decision = await (await limiterFor(bucket)).consume(rateLimitKey(clientAddress(req)));
  if (decision.ok) return handler();
  logRateLimited(bucket, decision.retryAfterSeconds);
  const res = apiError(req, "rate_limited");
  res.headers.set("Retry-After", String(decision.retryAfterSeconds));
  return res;
}
