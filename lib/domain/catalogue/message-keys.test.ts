import { describe, expect, it } from "vitest";
import { domainLabel, domainTone, followUpKey, remediationKey, verdictKey } from "./message-keys";

describe("followUpKey", () => {
  it("gives a risky answer its remedy, and an unknown one the vendor's question [V] or the school's check [S]", () => {
    expect(followUpKey({ ruleId: "COM-01", answer: "no", unknown: false, who: "V" })).toBe("Rules.COM-01.remediation");
    expect(followUpKey({ ruleId: "SEC-03", answer: "no", unknown: false, who: "S" })).toBe("Rules.SEC-03.remediation");
    expect(followUpKey({ ruleId: "COM-01", answer: "unknown", unknown: true, who: "V" })).toBe("Rules.COM-01.vendorQuestion");
    expect(followUpKey({ ruleId: "SEC-03", answer: "unknown", unknown: true, who: "S" })).toBe("Rules.SEC-03.schoolAction");
  });

  it("gives an answer with a remedy of its own that remedy (HOST-03 never asks for the basis already given)", () => {
    expect(remediationKey("HOST-03", "dpf")).toBe("Rules.HOST-03.remediations.dpf");
    expect(remediationKey("HOST-03", "scc_tia")).toBe("Rules.HOST-03.remediations.scc_tia");
    expect(remediationKey("ACC-05", "not_required")).toBe("Rules.ACC-05.remediations.not_required");
    expect(remediationKey("COM-02", "targeted")).toBe("Rules.COM-02.remediation");
  });
});

describe("labels with their basis", () => {
  const t = (key: string, values?: Record<string, string | number>) => (values === undefined ? key : `${key}${JSON.stringify(values)}`);

  it("words a verdict that rests on unknowns 'as things stand', never an acceptable one", () => {
    expect(verdictKey("not_recommended", "label", "unknowns")).toBe("Verdict.not_recommended.asThingsStand.label");
    expect(verdictKey("conditions", "summary", "unknowns")).toBe("Verdict.conditions.asThingsStand.summary");
    expect(verdictKey("not_recommended", "label")).toBe("Verdict.not_recommended.label");
    expect(verdictKey("acceptable", "label", "unknowns")).toBe("Verdict.acceptable.label");
  });

  it("shows 'to be checked' with the count when nothing is confirmed, and keeps a confirmed problem", () => {
    expect(domainLabel(t, { status: "fail", confirmedStatus: "pass", basis: "unknowns", unknowns: 4 })).toBe('DomainStatus.toCheck{"count":4}');
    expect(domainLabel(t, { status: "fail", confirmedStatus: "warn", basis: "unknowns", unknowns: 2 })).toBe('DomainStatus.confirmedToCheck{"status":"DomainStatus.warn"}');
    expect(domainLabel(t, { status: "fail", confirmedStatus: "fail", basis: "answers", unknowns: 1 })).toBe("DomainStatus.fail");
    // A stored evaluation without a basis reads as it was.
    expect(domainLabel(t, { status: "warn" })).toBe("DomainStatus.warn");
    // A domain none of whose questions applies (no AI) is not applicable, not "satisfactory".
    expect(domainLabel(t, { status: "pass", max: 0, notApplicable: ["AI-02"] })).toBe("DomainStatus.not_applicable");
    expect(domainTone({ status: "pass", max: 0, notApplicable: ["AI-02"] })).toBe("na");
    expect(domainTone({ status: "fail", confirmedStatus: "pass", basis: "unknowns" })).toBe("check");
    expect(domainTone({ status: "fail", confirmedStatus: "warn", basis: "unknowns" })).toBe("warn");
  });
});
