/**
 * Runs once when the Next.js server starts (not during `next build`), before it answers requests:
 * - every request is screened first (lib/server/security/connection.ts): a method Vigie does not
 *   serve (TRACE…) gets 405, and the connection's address is recorded for the rate limits;
 * - the database is opened and migrated now, so that the first save after a start does not wait
 *   for it (a failure is logged, and the first request tries again);
 * - the PDF workers start and warm up, so that the first reports after a restart are not ~1.5 s
 *   slower than the rest;
 * - the retention schedule starts, when VIGIE_RETENTION_DAYS is set.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installConnectionGuard } = await import("./lib/server/security/connection");
  installConnectionGuard();
  const { startPdfPool } = await import("./lib/render/pdf-pool/pdf-pool");
  startPdfPool();
  const { openAtStart } = await import("./lib/server/db/client");
  await openAtStart();
  // Off unless VIGIE_RETENTION_DAYS is set (docs/operations.md).
  const { startRetentionSchedule } = await import("./lib/server/store/retention-schedule");
  startRetentionSchedule();
}
