import { describe, expect, it } from "vitest";
import { loadExample } from "../testing/examples";
import { configuredPoolSize, renderReportPdfPooled } from "./pdf-pool";

describe("PDF worker pool", () => {
  it("is sized by VIGIE_PDF_WORKERS, one worker per core in production, off elsewhere", () => {
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "3" })).toBe(3);
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "0", NODE_ENV: "production" })).toBe(0);
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "-1" })).toBe(0);
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "two" })).toBe(0);
    expect(configuredPoolSize({ NODE_ENV: "production" })).toBeGreaterThan(0);
    expect(configuredPoolSize({ NODE_ENV: "production", VITEST: "true" })).toBe(0);
    expect(configuredPoolSize({ NODE_ENV: "development" })).toBe(0);
  });

  it("renders in-process under Vitest", async () => {
    const pdf = await renderReportPdfPooled(loadExample("gar-resource"), "en", { now: new Date("2026-11-24T12:00:00Z") });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
