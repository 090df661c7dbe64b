import "server-only";
import type { TTrackerMatch } from "@/lib/domain/scan/scan-shape";

/** Matches third-party request URLs against the offline tracker database. */
export async function matchTrackers(requestUrls: readonly string[]): Promise<TTrackerMatch[]> {
  void requestUrls;
  return [];
}
