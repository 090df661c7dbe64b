import "server-only";
import type { TScanCollected, TScanResult, TTrackerMatch } from "@/lib/domain/scan/scan-shape";
import { analyseScan } from "@/lib/domain/scan/analyse";
import { allowedHosts } from "./address-policy";
import { collectScan, type TCollectOptions } from "./collect";
import { SCAN_LIMITS, type TScanLimits } from "./safe-fetch";
import { scanOffered } from "./scan-offered";
import { matchTrackers } from "./trackers";
import { checkUrlForm, resolveTarget, type TResolved, type TUrlRefusal } from "./url-check";

/**
 * The public scan, end to end: the typed URL checked (form, then every address of its host), the
 * pages collected, the third-party requests matched against the tracker database, and the whole read
 * into observations and suggestions. Nothing is stored.
 */

export interface TScanSettings {
  /** VIGIE_SCAN: anything but `off` (or `0`, `false`) leaves the scan on. */
  enabled: boolean;
  /** VIGIE_SCAN_ALLOW_HOSTS. */
  allowHosts: ReadonlySet<string>;
  /** VIGIE_SCAN_MAX: scans running at once in this process (default 2). */
  maxConcurrent: number;
  limits: TScanLimits;
  /** VIGIE_SCAN_CHROMIUM: a Chromium binary, for browser mode; null: static mode only. */
  chromium: string | null;
  /**
   * Other sites' requests in browser mode: refused and recorded (the default: the server never
   * fetches a third party's script nor fires its beacons), or fetched when the operator sets
   * VIGIE_SCAN_BROWSER_THIRD_PARTY=fetch.
   */
  browserThirdParty: "fetch" | "abort";
  /** Tests only: the resolver and extra trusted certificates. */
  resolve?: (host: string) => Promise<TResolved[]>;
  ca?: string;
  /** Tests only: the tracker lookup and the analysis (to make them fail). */
  matchTrackers?: (requestUrls: readonly string[]) => Promise<TTrackerMatch[]>;
  analyse?: typeof analyseScan;
}

type TEnvSource = Readonly<Record<string, string | undefined>>;

export function scanSettings(env: TEnvSource = process.env): TScanSettings {
  const max = Number(env.VIGIE_SCAN_MAX ?? "");
  return {
    enabled: scanOffered(env),
    allowHosts: allowedHosts(env.VIGIE_SCAN_ALLOW_HOSTS),
    maxConcurrent: Number.isInteger(max) && max > 0 ? Math.min(max, 20) : 2,
    limits: SCAN_LIMITS,
    chromium: env.VIGIE_SCAN_CHROMIUM?.trim() || null,
    browserThirdParty: (env.VIGIE_SCAN_BROWSER_THIRD_PARTY ?? "").trim().toLowerCase() === "fetch" ? "fetch" : "abort",
  };
}

export type TScanTarget = { ok: true; url: URL } | { ok: false; code: TUrlRefusal };

/** The typed URL, checked before anything is sent: its form, then every address its host resolves to. */
export async function checkScanTarget(raw: string, settings: TScanSettings): Promise<TScanTarget> {
  const form = checkUrlForm(raw);
  if (!form.ok) return form;
  const target = await resolveTarget(form.url, { allowHosts: settings.allowHosts, timeoutMs: settings.limits.requestMs, ...(settings.resolve ? { resolve: settings.resolve } : {}) });
  return target.ok ? { ok: true, url: form.url } : { ok: false, code: target.code };
}

/**
 * Scans a checked URL (see checkScanTarget): always a result, partial when some part could not be
 * read. A failure of the tracker lookup or of the analysis is one more problem (`internal`), never
 * an error: the result keeps what could be read.
 */
export async function runScan(url: URL, settings: TScanSettings, signal?: AbortSignal): Promise<TScanResult> {
  const options: TCollectOptions = {
    limits: settings.limits,
    allowHosts: settings.allowHosts,
    ...(signal ? { signal } : {}),
    ...(settings.resolve ? { resolve: settings.resolve } : {}),
    ...(settings.ca ? { ca: settings.ca } : {}),
    ...(settings.chromium ? { browser: { chromium: settings.chromium, thirdParty: settings.browserThirdParty } } : {}),
  };
  const analyse = settings.analyse ?? analyseScan;
  let collected: TScanCollected;
  try {
    collected = await collectScan(url, options);
  } catch (error) {
    console.error(`[scan] collection failed: ${error instanceof Error ? error.message : String(error)}`);
    collected = {
      url: url.href,
      finalUrl: url.href,
      mode: "static",
      scannedAt: new Date().toISOString(),
      pages: [],
      requests: [],
      cookies: [],
      transport: { httpsReachable: false, tlsVersion: null, certificate: null, httpRedirectsToHttps: null, httpOnly: false, hsts: null },
      addresses: [],
      problems: [{ code: "internal", url: url.href }],
    };
  }
  const failed = (part: string, error: unknown) => {
    console.error(`[scan] ${part} failed: ${error instanceof Error ? error.message : String(error)}`);
    collected = { ...collected, problems: [...collected.problems.filter((p) => p.code !== "internal"), { code: "internal", url: collected.finalUrl }] };
  };
  let trackers: TTrackerMatch[] = [];
  try {
    trackers = await (settings.matchTrackers ?? matchTrackers)([...new Set(collected.requests.map((r) => r.url))]);
  } catch (error) {
    failed("tracker lookup", error);
  }
  try {
    return analyse(collected, trackers);
  } catch (error) {
    failed("analysis", error);
  }
  // The analysis failed on what was read: the result says what was scanned and that it could not be read.
  const bare: TScanCollected = { ...collected, pages: [], requests: [], cookies: [], addresses: [] };
  try {
    return analyse(bare, []);
  } catch {
    return { url: collected.url, finalUrl: collected.finalUrl, scannedAt: collected.scannedAt, mode: collected.mode, partial: true, observations: [], suggestions: [] };
  }
}
