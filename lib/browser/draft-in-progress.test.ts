import { describe, expect, it } from "vitest";
import { emptyDraft } from "../domain/assessment/draft";
import { draftInProgress, draftToResume } from "./draft-in-progress";
import { saveDraft, saveLastStep } from "./draft-storage";
import { saveServerLink } from "./local";

class MemoryStore {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const ID = "AAAAAAAAAAAAAAAAAAAAAA";

describe("draftInProgress", () => {
  it("is none without a draft, or with a draft that answers no question (a name typed is not enough)", () => {
    const store = new MemoryStore();
    expect(draftInProgress(store)).toBeNull();
    saveDraft({ ...emptyDraft(), service: { ...emptyDraft().service, name: "Quiz" } }, store);
    expect(draftInProgress(store)).toBeNull();
  });

  it("names the draft with answers, counts them and says whether it is saved on the server", () => {
    const store = new MemoryStore();
    saveDraft({ ...emptyDraft(), service: { ...emptyDraft().service, name: " Quiz " }, answers: { "HOST-01": "us", "SEC-01": "yes" } }, store);
    expect(draftInProgress(store)).toEqual({ service: "Quiz", answers: 2, savedAs: null, linkedTo: null });
    saveServerLink({ id: ID, version: 3, pending: true }, store);
    expect(draftInProgress(store)).toMatchObject({ savedAs: null, linkedTo: ID });
    saveServerLink({ id: ID, version: 3, pending: false }, store);
    expect(draftInProgress(store)).toMatchObject({ savedAs: ID, linkedTo: ID });
  });
});

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
