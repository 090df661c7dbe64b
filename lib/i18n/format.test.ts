import { describe, expect, it } from "vitest";
import { formatList } from "./format-reference";
import { formatDate, formatNumber } from "./format";

describe("formatDate", () => {
  it("writes the first of the month 1er in French, and other days as numbers", () => {
    expect(formatDate("fr", "2027-01-01T12:00:00Z")).toBe("1er janvier 2027");
    expect(formatDate("fr", "2026-11-24T10:00:00Z")).toBe("24 novembre 2026");
    expect(formatDate("fr", "2026-12-11T10:00:00Z")).toBe("11 décembre 2026");
  });

  it("writes English dates the British way, like the rest of the English text", () => {
    expect(formatDate("en", "2027-01-01T12:00:00Z")).toBe("1 January 2027");
    expect(formatDate("en", "2026-11-24T10:00:00Z")).toBe("24 November 2026");
  });

  it("takes the day in Paris (late on 31 December in UTC is already 1 January there)", () => {
    expect(formatDate("fr", "2026-12-31T23:30:00Z")).toBe("1er janvier 2027");
  });
});

describe("formatNumber", () => {
  it("separates French thousands with a no-break space that every font has (U+00A0)", () => {
    expect(formatNumber("fr", 12345)).toBe("12\u00a0345");
    expect(formatNumber("en", 12345)).toBe("12,345");
  });
});

describe("formatList", () => {
  it("joins the last item with 'and' (British, no serial comma) and 'et'", () => {
    expect(formatList("en", ["a", "b", "c"])).toBe("a, b and c");
    expect(formatList("fr", ["a", "b", "c"])).toBe("a, b et c");
  });
});
