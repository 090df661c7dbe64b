import { describe, expect, it } from "vitest";
import { clearDraft } from "./draft-storage";
import {
  editTokenFor,
  forgetDeletedAssessment,
  loadServerLink,
  rememberEditToken,
  saveServerLink,
  SERVER_LINK_KEY,
  tokenFromHash,
} from "./local";
import { takeDeletedNotice } from "./deleted-notice";

function memoryStore() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

const ID = "AbCdEfGhIjKlMnOpQrStUv";
const TOKEN = "t".repeat(43);

describe("what the browser keeps about saved assessments", () => {
  it("reads the token from the fragment only when it is well formed", () => {
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash("#token=short")).toBeNull();
    expect(tokenFromHash("#token=<script>alert(1)</script>aaaaaaaaaaaa")).toBeNull();
    expect(tokenFromHash("")).toBeNull();
  });

  it("keeps edit tokens per assessment and ignores corrupt storage", () => {
    const s = memoryStore();
    expect(editTokenFor(ID, s)).toBeNull();
    rememberEditToken(ID, TOKEN, s);
    expect(editTokenFor(ID, s)).toBe(TOKEN);
    s.setItem("vigie:edit-tokens:v1", "{not json");
    expect(editTokenFor(ID, s)).toBeNull();
  });

  it("links the draft to a saved assessment, and starting again unlinks it", () => {
    const s = memoryStore();
    saveServerLink({ id: ID, version: 3, pending: true }, s);
    expect(loadServerLink(s)).toEqual({ id: ID, version: 3, pending: true });
    s.setItem(SERVER_LINK_KEY, JSON.stringify({ id: "bad id", version: 1 }));
    expect(loadServerLink(s)).toBeNull();
    saveServerLink({ id: ID, version: 3, pending: false }, s);
    clearDraft(s);
    expect(loadServerLink(s)).toBeNull();
  });

  it("forgets a deleted assessment: its token, the draft's link to it; the next page says which service it was, once", () => {
    const s = memoryStore();
    const session = memoryStore();
    const OTHER = "ZyXwVuTsRqPoNmLkJiHgFe";
    rememberEditToken(ID, TOKEN, s);
    rememberEditToken(OTHER, TOKEN, s);
    saveServerLink({ id: ID, version: 2, pending: false }, s);
    forgetDeletedAssessment(ID, "Quiz Éclair", s, session);
    expect(editTokenFor(ID, s)).toBeNull();
    expect(editTokenFor(OTHER, s)).toBe(TOKEN);
    expect(loadServerLink(s)).toBeNull();
    expect(takeDeletedNotice(session)).toBe("Quiz Éclair");
    expect(takeDeletedNotice(session)).toBeNull();
    // The draft linked to another assessment keeps its link.
    saveServerLink({ id: OTHER, version: 1, pending: true }, s);
    forgetDeletedAssessment(ID, "Quiz Éclair", s, session);
    expect(loadServerLink(s)?.id).toBe(OTHER);
  });
});
