import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Runs once when the Next.js server starts. The PDF workers start (and warm up) with it, so that
 * the first reports after a restart are not ~1.5 s slower than the rest. Not during `next build`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { startPdfPool } = await import("./lib/workers/pdf-pool");
  startPdfPool();
}
