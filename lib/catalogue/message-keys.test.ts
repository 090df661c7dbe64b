import { describe, expect, it } from "vitest";
import { followUpPart } from "./message-keys";

describe("followUpPart", () => {
  it("gives a risky answer its remedy, and an unknown one the vendor's question [V] or the school's check [S]", () => {
    expect(followUpPart({ unknown: false, who: "V" })).toBe("remediation");
    expect(followUpPart({ unknown: false, who: "S" })).toBe("remediation");
    expect(followUpPart({ unknown: true, who: "V" })).toBe("vendorQuestion");
    expect(followUpPart({ unknown: true, who: "S" })).toBe("schoolAction");
  });
});
