import type { TScanCollected, TScanResult, TTrackerMatch } from "./scan-shape";

/** Turns what the scan collected, and the tracker database's matches, into observations and suggestions. */
export function analyseScan(collected: TScanCollected, trackers: readonly TTrackerMatch[]): TScanResult {
  void trackers;
  return {
    url: collected.url,
    finalUrl: collected.finalUrl,
    scannedAt: collected.scannedAt,
    mode: collected.mode,
    partial: collected.problems.length > 0,
    observations: [],
    suggestions: [],
  };
}
