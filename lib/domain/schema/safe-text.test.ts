import { describe, expect, it } from "vitest";
import { fieldErrorMessage } from "@/lib/domain/schema/field-error-message";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { HOSTILE_TEXTS } from "@/lib/testing/fuzz-arbitraries";
import { isSafeLine, isSafeMultiLine, toFieldIssues, UNSAFE_TEXT, ZAnswersDocumentSchema } from ".";

describe("safe texts", () => {
  it("refuses controls, lone surrogates and bidi controls; a single line takes no tab or break", () => {
    for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
      expect(isSafeLine(`a${text}b`), name).toBe(false);
      expect(isSafeMultiLine(`a${text}b`), name).toBe(false);
    }
    for (const text of ["a\tb", "a\nb", "a\r\nb"]) {
      expect(isSafeLine(text)).toBe(false);
      expect(isSafeMultiLine(text)).toBe(true);
    }
    for (const text of ["Collège d’Arsonval", "🧑‍🏫 Quiz", "مدرسة", "\u200F", "Nom\u00A0insécable", ""]) expect(isSafeLine(text), text).toBe(true);
  });

  it("the schema names the field with the code unsafe_text, which the form shows in fr and en", () => {
    const parsed = ZAnswersDocumentSchema.safeParse({ schemaVersion: 1, service: { name: "Quiz\u0000" }, answers: {} });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(toFieldIssues(parsed.error!)).toEqual([{ field: "service.name", code: UNSAFE_TEXT }]);
    expect(fieldErrorMessage("service.name", issue.code, issue.message)).toEqual(["unsafeText"]);
    expect(fr.FormErrors.unsafeText).toMatch(/caractère/);
    expect(en.FormErrors.unsafeText).toMatch(/character/);
    expect(fr.ApiErrors.fields.unsafe_text).toContain("{field}");
    expect(en.ApiErrors.fields.unsafe_text).toContain("{field}");
  });
});
