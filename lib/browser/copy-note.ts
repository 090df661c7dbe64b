import { webStorage, type TStore } from "./web-storage";

/**
 * What "start from this one" just copied, kept in sessionStorage so that the form, where the copy
 * opens, says which answers were carried over and which are to be given again.
 */
export const COPY_NOTE_KEY = "vigie:copied:v1";

export interface TCopyNote {
  /** The new saved assessment's id: the note is shown only while the form holds that one. */
  id: string;
  service: string;
  kept: number;
  reset: number;
}

const sessionStore = (): TStore | null => webStorage("session");

export function noteCopy(note: TCopyNote, s: TStore | null = sessionStore()): void {
  try {
    s?.setItem(COPY_NOTE_KEY, JSON.stringify(note));
  } catch {
    // storage refused: the form just says nothing
  }
}

const count = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);

/** The note of the copy of assessment `id`, or null (another assessment, nothing noted, or a damaged note). */
export function copyNoteFor(id: string, s: TStore | null = sessionStore()): TCopyNote | null {
  try {
    const raw = s?.getItem(COPY_NOTE_KEY) ?? null;
    const v = raw === null ? null : (JSON.parse(raw) as Record<string, unknown> | null);
    if (v === null || typeof v !== "object" || v.id !== id || typeof v.service !== "string") return null;
    const kept = count(v.kept);
    const reset = count(v.reset);
    return kept === null || reset === null ? null : { id, service: v.service, kept, reset };
  } catch {
    return null;
  }
}
