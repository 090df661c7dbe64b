import { z } from "zod";
import { QUESTIONS } from "../schema/document-shape";

/**
 * The public scan's two halves meet here.
 *
 * - The network side (lib/server/scan) fetches the service's public pages with every address checked
 *   and returns a `TScanCollected`: what it saw, raw (pages, third-party requests, cookies,
 *   transport, addresses), nothing interpreted.
 * - The reading side (`analyseScan` in lib/domain/scan and the tracker lookup in lib/server/scan)
 *   turns it into a `TScanResult`: observations and suggested answers, each with its source.
 *
 * No user-facing text here: an observation or a suggestion names a message (`code`, read under
 * `Scan.observations.*` or `Scan.suggestions.*`) and its values (`params`); quotes are the
 * vendor's own words.
 */

/** How the pages were read: fetched as HTML (`static`) or also loaded in headless Chromium (`browser`). */
export const SCAN_MODES = ["static", "browser"] as const;
export type TScanMode = (typeof SCAN_MODES)[number];

/** Which page of the service a fetched page is. */
export const SCAN_PAGE_ROLES = ["home", "login", "policy"] as const;
export type TScanPageRole = (typeof SCAN_PAGE_ROLES)[number];

/** Why part of a scan is missing; a partial result lists each. */
export const SCAN_PROBLEMS = [
  "timeout", // a request did not answer within its time
  "scan_timeout", // the whole scan ran out of time
  "too_large", // a response went over the size cap (the part read is kept)
  "refused_address", // a redirect or (browser mode) a request led to a refused address: recorded, not sent
  "too_many_redirects",
  "http_error", // a status of 400 or more
  "not_html",
  "network", // connection refused, reset, DNS failure
  "tls", // the TLS handshake failed
  "internal", // Vigie's own reading failed (the tracker lookup, the analysis): what could be read is kept
] as const;
export type TScanProblem = (typeof SCAN_PROBLEMS)[number];

export type TScanPage = {
  role: TScanPageRole;
  /** The URL asked for, and where redirects ended. */
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  /** The body as text (cut at the size cap). */
  body: string;
  /** Response headers, names in lower case (set-cookie apart: see cookies). */
  headers: Record<string, string>;
};

/** A request of another site that a page makes (a script, an image, a frame, a stylesheet, a beacon). */
export type TScanRequest = {
  url: string;
  /** The page that makes it. */
  pageUrl: string;
  /** `html`: referenced in the page's HTML; `runtime`: seen in headless Chromium. */
  seenBy: "html" | "runtime";
  /** Never true in static mode: a third party is recorded, not fetched. */
  sent: boolean;
};

export type TScanCookie = {
  name: string;
  domain: string;
  path: string;
  /** Lifetime in seconds; null for a session cookie. */
  maxAgeSeconds: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
  /** The page whose load set it (first load, before any consent). */
  pageUrl: string;
  /** Set by the site itself or by another one (browser mode). */
  thirdParty: boolean;
};

export type TScanTransport = {
  /** An https:// URL answered. */
  httpsReachable: boolean;
  tlsVersion: string | null;
  certificate: { valid: boolean; issuer: string | null; validTo: string | null; daysLeft: number | null; error: string | null } | null;
  /** http:// answered with a redirect to https://; null when not tried or no answer. */
  httpRedirectsToHttps: boolean | null;
  /** Only plain HTTP answered. */
  httpOnly: boolean;
  hsts: { maxAgeSeconds: number; includeSubDomains: boolean } | null;
};

export type TScanAddress = {
  address: string;
  family: 4 | 6;
  /** ISO 3166-1 alpha-2, from the offline IP database; null when unknown. */
  country: string | null;
  /** The network's operator (AS name) where the offline database knows it. */
  operator: string | null;
};

export type TScanCollected = {
  /** The URL the user typed, normalised, and the home page's final URL. */
  url: string;
  finalUrl: string;
  mode: TScanMode;
  scannedAt: string;
  pages: TScanPage[];
  requests: TScanRequest[];
  cookies: TScanCookie[];
  transport: TScanTransport;
  addresses: TScanAddress[];
  problems: { code: TScanProblem; url: string }[];
};

/** The topics an observation is filed under, in the order the results show them. */
export const SCAN_TOPICS = ["trackers", "cookies", "transport", "location", "policy", "scan"] as const;
export type TScanTopic = (typeof SCAN_TOPICS)[number];

const ZParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const ZScanObservationSchema = z.object({
  topic: z.enum(SCAN_TOPICS),
  /** The message: `Scan.observations.<code>`. */
  code: z.string(),
  params: ZParamsSchema,
  /** The page or request it was seen on. */
  source: z.string(),
  /** The vendor's own words, where the observation is a passage of a page. */
  quote: z.string().optional(),
  /** Named items (trackers, cookies, addresses) for a list under the sentence. */
  items: z
    .array(
      z.object({
        label: z.string(),
        detail: z.string().optional(),
        /** A cookie's lifetime in seconds, null for a session cookie. */
        lifetimeSeconds: z.number().nullable().optional(),
      }),
    )
    .optional(),
});
export type TScanObservation = z.infer<typeof ZScanObservationSchema>;

const QUESTION_IDS = QUESTIONS.map((q) => q.id) as [string, ...string[]];

export const ZScanSuggestionSchema = z.object({
  ruleId: z.enum(QUESTION_IDS),
  /** The topic it is shown under, beside the observations it rests on. */
  topic: z.enum(SCAN_TOPICS).optional(),
  /** The answer to accept, or null: a passage to read before answering. */
  answer: z.string().nullable(),
  /** Why: `Scan.suggestions.<code>`. */
  code: z.string(),
  params: ZParamsSchema,
  evidence: z.object({ kind: z.literal("scan"), source: z.string(), quote: z.string().optional(), date: z.iso.date() }),
});
export type TScanSuggestion = z.infer<typeof ZScanSuggestionSchema>;

export const ZScanResultSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  scannedAt: z.string(),
  mode: z.enum(SCAN_MODES),
  /** Some part could not be read (see the `scan` topic's observations). */
  partial: z.boolean(),
  observations: z.array(ZScanObservationSchema),
  suggestions: z.array(ZScanSuggestionSchema),
});
export type TScanResult = z.infer<typeof ZScanResultSchema>;

/** The tracker database's answer for one request's host (lib/server/scan's lookup fills it). */
export type TTrackerMatch = {
  requestUrl: string;
  /** The database's pattern key (`google_analytics`) and, where given, its display name ("Google Analytics"). */
  pattern: string;
  name?: string;
  organisation: string | null;
  category: string;
};
