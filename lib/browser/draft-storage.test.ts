import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyDraft, sanitizeDraft } from "../domain/assessment/draft";
import { LAST_STEP_KEY, STORAGE_KEY, clearDraft, draftToResume, loadDraft, loadLastStep, saveDraft, saveLastStep } from "./draft-storage";
import { saveServerLink } from "./local";

class MemoryStore {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const example = JSON.parse(readFileSync("examples/free-consumer-quiz.json", "utf8")) as unknown;

describe("storage", () => {
  it("round-trips a draft and the last step", () => {
    const store = new MemoryStore();
    expect(loadDraft(store)).toBeNull();
    const draft = sanitizeDraft(example);
    expect(saveDraft(draft, store)).toBe(true);
    expect(loadDraft(store)).toEqual(draft);
    saveLastStep("sec", store);
    expect(loadLastStep(store)).toBe("sec");
    clearDraft(store);
    expect(loadDraft(store)).toBeNull();
    expect(loadLastStep(store)).toBeNull();
  });

  it("survives corrupt data and a storage that throws", () => {
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, "{not json");
    store.setItem(LAST_STEP_KEY, "../../etc");
    expect(loadDraft(store)).toBeNull();
    expect(loadLastStep(store)).toBeNull();
    store.setItem(STORAGE_KEY, JSON.stringify({ answers: { "SEC-01": "no", "SEC-02": 5 } }));
    expect(loadDraft(store)?.answers).toEqual({ "SEC-01": "no" });
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadDraft(broken)).toBeNull();
    expect(saveDraft(emptyDraft(), broken)).toBe(false);
    expect(() => clearDraft(broken)).not.toThrow();
  });
});

const ID = "AAAAAAAAAAAAAAAAAAAAAA";

describe("draftToResume", () => {
  it("is none without a draft or with an empty one; a name typed is enough to resume", () => {
    const store = new MemoryStore();
    expect(draftToResume(store)).toBeNull();
    saveDraft(emptyDraft(), store);
    expect(draftToResume(store)).toBeNull();
    saveDraft({ ...emptyDraft(), service: { ...emptyDraft().service, name: " Quiz " } }, store);
    expect(draftToResume(store)).toEqual({ service: "Quiz", step: "context", onServer: false });
  });

  it("gives the step last shown and whether the draft belongs to a saved assessment", () => {
    const store = new MemoryStore();
    saveDraft({ ...emptyDraft(), answers: { "HOST-01": "us" } }, store);
    saveLastStep("host", store);
    saveServerLink({ id: ID, version: 1, pending: true }, store);
    expect(draftToResume(store)).toEqual({ service: "", step: "host", onServer: true });
  });
});
