import "server-only";
import { getDb } from "../db/client";
import { systemClock } from "./clock";
import { deleteStaleAssessments, parseRetentionDays, retentionCutoff } from "./retention";

const HOUR_MS = 3_600_000;

/** One retention pass: deletes what was neither read nor changed for `days`; one JSON log line (a count, no ids). */
export async function runRetentionPass(days: number): Promise<number> {
  const cutoff = retentionCutoff(systemClock.now(), days);
  const deleted = await deleteStaleAssessments(await getDb(), cutoff);
  console.info(JSON.stringify({ level: "info", event: "retention", deleted: deleted.length, cutoff: cutoff.toISOString(), time: systemClock.now().toISOString() }));
  return deleted.length;
}

/**
 * With VIGIE_RETENTION_DAYS set, the server applies it itself: an hour after it starts, then every
 * day (on PGlite the server holds the database, so `npm run retention` cannot run beside it).
 */
export function startRetentionSchedule(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const raw = env.VIGIE_RETENTION_DAYS;
  if (raw === undefined || raw.trim() === "") return false;
  const days = parseRetentionDays(raw);
  if (days === null) {
    console.error(JSON.stringify({ level: "error", event: "retention_setting_invalid", variable: "VIGIE_RETENTION_DAYS" }));
    return false;
  }
  const pass = () =>
    void runRetentionPass(days).catch((e: unknown) => console.error(JSON.stringify({ level: "error", event: "retention_failed", error: (e as Error).name })));
  setTimeout(() => {
    pass();
    setInterval(pass, 24 * HOUR_MS).unref();
  }, HOUR_MS).unref();
  return true;
}
