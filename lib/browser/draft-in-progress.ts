import { clearDraft, loadDraft } from "./draft-storage";
import { clearServerLink, loadServerLink } from "./local";
import type { TStore } from "./web-storage";

/** The form's draft that opening another assessment would replace. */
export interface TDraftInProgress {
  /** The service's name as typed ("" when none). */
  service: string;
  /** How many questions it answers. */
  answers: number;
  /** The saved assessment it belongs to, when it is saved on the server with nothing pending. */
  savedAs: string | null;
  /** The saved assessment it belongs to, saved or not. */
  linkedTo: string | null;
}

/**
 * The draft in progress in this browser, when it holds at least one answer (a form opened and left
 * empty is replaced without a question). Pass the store in tests; in the browser, localStorage.
 */
export function draftInProgress(store?: TStore | null): TDraftInProgress | null {
  const draft = store === undefined ? loadDraft() : loadDraft(store);
  if (draft === null) return null;
  const answers = Object.values(draft.answers).filter((v) => v !== undefined).length;
  if (answers === 0) return null;
  const link = store === undefined ? loadServerLink() : loadServerLink(store);
  return { service: draft.service.name.trim(), answers, savedAs: link !== null && !link.pending ? link.id : null, linkedTo: link?.id ?? null };
}

/** The user agreed to replace the draft: it leaves the form (a saved one stays on the server). */
export function forgetDraft(): void {
  clearDraft();
  clearServerLink();
}
