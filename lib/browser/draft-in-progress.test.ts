import { describe, expect, it } from "vitest";
import { emptyDraft } from "../domain/assessment/draft";
import { draftInProgress } from "./draft-in-progress";
import { saveDraft } from "./draft-storage";
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
