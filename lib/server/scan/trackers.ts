import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TTrackerMatch } from "@/lib/domain/scan/scan-shape";

/**
 * Ghostery's tracker database (`@ghostery/trackerdb`, offline: its engine file ships in the
 * package) names the organisation and the category (advertising, site_analytics, …) of a request.
 * It is loaded on the first scan, once per process (about 50 ms, 1.7 MB).
 */
type TTrackerDb = Awaited<ReturnType<(typeof import("@ghostery/trackerdb"))["default"]>>;

const ENGINE_FILE = path.join(process.cwd(), "node_modules", "@ghostery", "trackerdb", "dist", "trackerdb.engine");

let loading: Promise<TTrackerDb> | null = null;
const trackerDb = () =>
  (loading ??= (async () => {
    const [{ default: load }, bytes] = await Promise.all([import("@ghostery/trackerdb"), readFile(ENGINE_FILE)]);
    return load(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  }));

/** The request's page, for the database's first-party/third-party filters: any other site does. */
const SOURCE_URL = "https://scanned-service.invalid/";

/**
 * Matches third-party request URLs against the offline tracker database: one match per request and
 * pattern (a request can match two, e.g. Google's publisher tag is both DoubleClick and Google Publisher Tags). The
 * database's filters match a request by its host and path; only when none does is the host's
 * owner taken from its domain list (a request to google.com for reCAPTCHA is reCAPTCHA, not
 * Google's advertising). Nothing is fetched. A URL that is not http(s) is skipped.
 */
export async function matchTrackers(requestUrls: readonly string[]): Promise<TTrackerMatch[]> {
  const urls = [...new Set(requestUrls)].filter((u) => /^https?:\/\//i.test(u));
  if (urls.length === 0) return [];
  const db = await trackerDb();
  const out: TTrackerMatch[] = [];
  for (const url of urls) {
    const seen = new Set<string>();
    const request = { url, type: "script" as const, sourceUrl: SOURCE_URL };
    const byFilter = db.matchUrl(request, { getDomainMetadata: false });
    for (const m of byFilter.length > 0 ? byFilter : db.matchUrl(request, { getDomainMetadata: true })) {
      const pattern = m.pattern;
      if (seen.has(pattern.key)) continue;
      seen.add(pattern.key);
      out.push({
        requestUrl: url,
        pattern: pattern.key,
        name: pattern.name,
        organisation: m.organization?.name ?? null,
        category: m.category?.key ?? pattern.category,
      });
    }
  }
  return out;
}
