import { describe, expect, it } from "vitest";
import { CATALOGUE_CHANGES, CATALOGUE_VERSION, changesSince } from "./index";

describe("what the catalogue changed since an assessment's version", () => {
  it("is nothing for today's version", () => {
    expect(changesSince(CATALOGUE_VERSION)).toEqual({ added: [], reasons: [] });
  });

  it("is a change without new questions for an assessment saved under 2026.12-2 (the DPD review)", () => {
    expect(CATALOGUE_VERSION).not.toBe("2026.12-2");
    expect(CATALOGUE_CHANGES.at(-1)?.version).toBe(CATALOGUE_VERSION);
    expect(changesSince("2026.12-2")).toEqual({ added: [], reasons: ["dpd-review"] });
  });

  it("is every question and reason since for an assessment saved under version 1", () => {
    const { added, reasons } = changesSince("2026.11-1");
    expect(added).toEqual(expect.arrayContaining(["CTX-04", "MIN-09", "AI-01", "AI-09"]));
    expect(reasons).toEqual(["ai-act", "biometrics", "school-kind", "dpd-review"]);
  });
});
