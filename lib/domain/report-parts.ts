/**
 * The report's parts: `full`, the whole report (cover, summary, detail, annex); `summary`, the cover
 * and the summary alone (at most three pages), for a school board. Pure: the page and the API read it.
 */
export const REPORT_PARTS = ["full", "summary"] as const;
export type TReportPart = (typeof REPORT_PARTS)[number];
export const DEFAULT_REPORT_PART: TReportPart = "full";

export const isReportPart = (v: unknown): v is TReportPart => typeof v === "string" && (REPORT_PARTS as readonly string[]).includes(v);
