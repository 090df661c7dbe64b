import { describe, expect, it } from "vitest";
import { CONTEXT, DOMAINS, RULES } from "../domain/catalogue";
import { ZAnswersDocumentSchema } from "../domain/schema";
import { EXAMPLE_FILES, loadExample } from "../testing/examples";
import { COPY_NOTE_KEY, copyNoteFor, noteCopy } from "./copy-note";
import { startingPointOf } from "../domain/assessment/start-from";

const who = new Map(RULES.map((r) => [r.id as string, r.who]));

describe("startingPointOf (start from a published assessment)", () => {
  it.each(EXAMPLE_FILES)("keeps every vendor answer of %s and resets every school answer", (name) => {
    const published = { ...loadExample(name), mode: "head" as const, actionPlan: { "COM-06": { owner: "Direction", due: "2026-12-01" } } };
    const { document, kept, reset } = startingPointOf(published);
    const answered = Object.keys(published.answers);
    // Every [V] answer is kept as it was; nothing else is.
    for (const id of answered) {
      if (who.get(id) === "V") expect(document.answers[id as keyof typeof document.answers]).toBe(published.answers[id as keyof typeof published.answers]);
      else expect(document.answers).not.toHaveProperty(id);
    }
    expect(kept).toEqual(answered.filter((id) => who.get(id) === "V").sort((a, b) => RULES.findIndex((r) => r.id === a) - RULES.findIndex((r) => r.id === b)));
    expect(kept.length).toBeGreaterThan(0);
    // The school's questions: the context and every [S] rule, all to answer again.
    expect(reset).toEqual([...CONTEXT.map((q) => q.id), ...DOMAINS.flatMap((d) => d.rules.filter((r) => r.who === "S").map((r) => r.id))]);
    expect(answered.some((id) => reset.includes(id))).toBe(true);
    // Nothing about the other school goes with it; the result is a valid answers document.
    expect(Object.keys(document).sort()).toEqual(published.evidence === undefined ? ["answers", "schemaVersion", "service"] : ["answers", "evidence", "schemaVersion", "service"]);
    // The sources of the vendor's answers go with them; no other.
    for (const [id, items] of Object.entries(published.evidence ?? {})) {
      expect(document.evidence?.[id]).toEqual(who.get(id) === "V" ? items : undefined);
    }
    expect(document.service).toEqual(published.service);
    expect(ZAnswersDocumentSchema.safeParse(document).success).toBe(true);
  });

  it("keeps the sources of the vendor's answers, not those of the school's", () => {
    const item = { kind: "document" as const, source: "Contrat", date: "2026-11-30" };
    const { document } = startingPointOf(ZAnswersDocumentSchema.parse({
      schemaVersion: 2, service: { name: "X" }, answers: { "COM-01": "yes", "COM-06": "no" }, evidence: { "COM-01": [item], "COM-06": [item], "CTX-01": [item] },
    }));
    expect(document.evidence).toEqual({ "COM-01": [item] });
  });

  it("counts only the vendor questions that were answered", () => {
    const { kept, reset } = startingPointOf({ schemaVersion: 1, service: { name: "X" }, answers: { "COM-01": "yes", "COM-06": "no", "CTX-01": "college" } });
    expect(kept).toEqual(["COM-01"]);
    expect(reset).toContain("COM-06");
    expect(reset).toContain("CTX-01");
    expect(reset).not.toContain("COM-01");
  });
});

describe("the copy's note in this tab", () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  };
  it("is read back for the copied assessment only", () => {
    const s = memory();
    noteCopy({ id: "AAAAAAAAAAAAAAAAAAAAAA", service: "Quiz", kept: 30, reset: 12 }, s);
    expect(copyNoteFor("AAAAAAAAAAAAAAAAAAAAAA", s)).toEqual({ id: "AAAAAAAAAAAAAAAAAAAAAA", service: "Quiz", kept: 30, reset: 12 });
    expect(copyNoteFor("BBBBBBBBBBBBBBBBBBBBBB", s)).toBeNull();
    s.setItem(COPY_NOTE_KEY, '{"id":"AAAAAAAAAAAAAAAAAAAAAA","service":"Quiz","kept":-1,"reset":2}');
    expect(copyNoteFor("AAAAAAAAAAAAAAAAAAAAAA", s)).toBeNull();
    s.setItem(COPY_NOTE_KEY, "{not json");
    expect(copyNoteFor("AAAAAAAAAAAAAAAAAAAAAA", s)).toBeNull();
  });
});
