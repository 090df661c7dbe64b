import { describe, expect, it } from "vitest";
import { keyName, toFieldIssues, unknownFieldIssues, ZAnswersDocumentSchema } from ".";

describe("field names in errors", () => {
  it("names a blank key by quoting it and cuts a long one", () => {
    expect(keyName("school")).toBe("school");
    expect(keyName("")).toBe('""');
    expect(keyName("  ")).toBe('"  "');
    expect(keyName("k".repeat(500))).toBe(`${"k".repeat(60)}…`);
    expect(keyName(" ".repeat(500))).toBe(JSON.stringify(`${" ".repeat(60)}…`));
    expect(keyName("😀".repeat(61))).toBe(`${"😀".repeat(60)}…`); // no half of a character
  });

  it("gives one unknown_field issue per key that is not allowed", () => {
    expect(unknownFieldIssues({ name: "x", "": 1, extra: true }, ["name"])).toEqual([
      { field: '""', code: "unknown_field" },
      { field: "extra", code: "unknown_field" },
    ]);
    expect(unknownFieldIssues({ name: "x" }, ["name"])).toEqual([]);
  });

  it("names unknown keys of an answers document the same way", () => {
    const input = { schemaVersion: 1, service: { name: "X" }, answers: { "": "yes" } };
    const r = ZAnswersDocumentSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(toFieldIssues(r.error, input)).toContainEqual({ field: 'answers.""', code: "unknown_field" });
  });
});
