import { describe, expect, it } from "vitest";
import { LAST_STEP_KEY, STORAGE_KEY } from "./draft-storage";
import { DELETED_KEY } from "./deleted-notice";
import { forgetAssessmentHere, forgetEverythingHere, forgetRegisterHere, holdsAnythingHere } from "./forget";
import { editTokenFor, registerTokenFor, rememberEditToken, rememberRegisterToken, saveServerLink, SERVER_LINK_KEY } from "./local";

function memoryStore() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

const A = "AbCdEfGhIjKlMnOpQrStUv";
const B = "BbCdEfGhIjKlMnOpQrStUv";
const R = "RbCdEfGhIjKlMnOpQrStUv";
const TOKEN = "t".repeat(43);

/** A browser that edited two assessments (the draft belongs to A) and a register, and has its own key. */
function usedBrowser() {
  const s = memoryStore();
  rememberEditToken(A, TOKEN, s);
  rememberEditToken(B, TOKEN, s);
  rememberRegisterToken(R, TOKEN, s);
  s.setItem(STORAGE_KEY, JSON.stringify({ service: { name: "Quiz" } }));
  s.setItem(LAST_STEP_KEY, "context");
  saveServerLink({ id: A, version: 3, pending: true }, s);
  s.setItem("other-site", "kept");
  return s;
}

describe("forget on this computer", () => {
  it("one assessment: its edit token, and the draft because it belongs to it; the others stay", () => {
    const s = usedBrowser();
    forgetAssessmentHere(A, s);
    expect(editTokenFor(A, s)).toBeNull();
    expect(editTokenFor(B, s)).toBe(TOKEN);
    expect(registerTokenFor(R, s)).toBe(TOKEN);
    for (const key of [STORAGE_KEY, LAST_STEP_KEY, SERVER_LINK_KEY]) expect(s.getItem(key), key).toBeNull();
  });

  it("one assessment the draft does not belong to: the draft stays", () => {
    const s = usedBrowser();
    forgetAssessmentHere(B, s);
    expect(editTokenFor(B, s)).toBeNull();
    expect(editTokenFor(A, s)).toBe(TOKEN);
    expect(s.getItem(STORAGE_KEY)).not.toBeNull();
  });

  it("one register: its edit token only", () => {
    const s = usedBrowser();
    forgetRegisterHere(R, s);
    expect(registerTokenFor(R, s)).toBeNull();
    expect(editTokenFor(A, s)).toBe(TOKEN);
  });

  it("everything: every token and the draft, nothing that is not Vigie's", () => {
    const s = usedBrowser();
    const tab = memoryStore();
    tab.setItem(DELETED_KEY, JSON.stringify({ service: "Quiz" }));
    expect(holdsAnythingHere(s)).toBe(true);
    forgetEverythingHere(s, tab);
    expect([...s.m.keys()]).toEqual(["other-site"]);
    expect(tab.getItem(DELETED_KEY)).toBeNull();
    expect(holdsAnythingHere(s)).toBe(false);
    // Storage refused: nothing throws.
    expect(() => forgetEverythingHere(null, null)).not.toThrow();
    expect(holdsAnythingHere(null)).toBe(false);
  });
});
