/**
 * Runs once when the Next.js server starts (not during `next build`). The PDF workers start and
 * warm up with it, so that the first reports after a restart are not ~1.5 s slower than the rest.
 * The retention schedule starts with it too, when VIGIE_RETENTION_DAYS is set.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPdfPool } = await import("./lib/render/pdf-pool/pdf-pool");
  startPdfPool();
  // Off unless VIGIE_RETENTION_DAYS is set (docs/operations.md).
  const { startRetentionSchedule } = await import("./lib/server/store/retention-schedule");
  startRetentionSchedule();
}
