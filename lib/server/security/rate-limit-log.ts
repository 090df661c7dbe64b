/**
 * One JSON line per request refused by a rate limit: the event, the limit's name and the wait.
 * Never the client's address nor anything from the request (they are personal data).
 */
export function logRateLimited(bucket: string, retryAfterSeconds: number, now: Date = new Date()): string {
  const line = JSON.stringify({ level: "warn", event: "rate_limited", bucket, retryAfterSeconds, time: now.toISOString() });
  console.warn(line);
  return line;
}
