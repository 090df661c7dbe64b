import { describe, expect, it } from "vitest";
import type { TAnswersDocument } from "./schema";
import { documentDifferences } from "./document-diff";

const base: TAnswersDocument = {
  schemaVersion: 1,
  service: { name: "Quiz", vendor: "Quiz Inc." },
  answers: { "CTX-01": "college", "COM-01": "yes", "HOST-01": "eu" },
};

describe("documentDifferences", () => {
  it("finds nothing between equal documents (blank and missing text are the same)", () => {
    expect(documentDifferences(base, { ...base, school: { name: "" } } as TAnswersDocument)).toEqual([]);
  });

  it("lists details, then answers in catalogue order (missing = unknown), then other parts", () => {
    const theirs = {
      ...base,
      service: { name: "Quiz", vendor: "Quiz SAS" },
      answers: { "CTX-01": "college", "HOST-01": "us", "COM-02": "no" },
      mode: "parents",
    } as TAnswersDocument;
    expect(documentDifferences(base, theirs)).toEqual([
      { kind: "detail", field: "service.vendor", mine: "Quiz Inc.", theirs: "Quiz SAS" },
      { kind: "answer", questionId: "COM-01", mine: "yes", theirs: "unknown" },
      { kind: "answer", questionId: "COM-02", mine: "unknown", theirs: "no" },
      { kind: "answer", questionId: "HOST-01", mine: "eu", theirs: "us" },
      { kind: "other", field: "mode" },
    ]);
  });
});
