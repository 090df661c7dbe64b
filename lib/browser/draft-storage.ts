import { isStep } from "../domain/assessment/steps";
import { emptyDraft, isStarted, sanitizeDraft, type TDraft } from "../domain/assessment/draft";
import { CONTEXT_STEP } from "../domain/assessment/step-names";
import { loadServerLink } from "./local";
import { LAST_STEP_KEY, SERVER_LINK_KEY, STORAGE_KEY } from "./storage-keys";
import { webStorage, type TStore } from "./web-storage";

export { LAST_STEP_KEY, SERVER_LINK_KEY, STORAGE_KEY };

/** localStorage, or null where it is missing or refused (privacy settings, sandboxed frames). */
export const browserStore = (): TStore | null => webStorage("local");

function read(store: TStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The saved draft, or null when there is none. Corrupt or foreign data never throws. */
export function loadDraft(store: TStore | null = browserStore()): TDraft | null {
  const raw = read(store, STORAGE_KEY);
  if (raw === null) return null;
  try {
    return sanitizeDraft(JSON.parse(raw));
  } catch {
    return null;
  }
}

export const loadDraftOrEmpty = (store: TStore | null = browserStore()): TDraft => loadDraft(store) ?? emptyDraft();

/** Saves at once (synchronously), so nothing is pending when the page changes. False if refused. */
export function saveDraft(draft: TDraft, store: TStore | null = browserStore()): boolean {
  if (store === null) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(sanitizeDraft(draft)));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled: the form keeps working in memory
  }
}

export function clearDraft(store: TStore | null = browserStore()): void {
  try {
    store?.removeItem(STORAGE_KEY);
    store?.removeItem(LAST_STEP_KEY);
    store?.removeItem(SERVER_LINK_KEY); // a new draft must not autosave over the saved assessment
  } catch {
    // nothing to clear
  }
}

export function loadLastStep(store: TStore | null = browserStore()): string | null {
  const step = read(store, LAST_STEP_KEY);
  return step !== null && isStep(step) ? step : null;
}

export function saveLastStep(step: string, store: TStore | null = browserStore()): void {
  try {
    store?.setItem(LAST_STEP_KEY, step);
  } catch {
    // resuming at the start is fine
  }
}

/** The draft the start page offers to resume: its service, the step last shown, and whether it is saved on the server. */
export interface TDraftToResume {
  service: string;
  step: string;
  onServer: boolean;
}

/**
 * The draft in this browser when something was typed or answered in it. The start page loads this
 * module after it is shown, once for the mode choice and the resume buttons.
 */
export function draftToResume(store: TStore | null = browserStore()): TDraftToResume | null {
  const draft = loadDraft(store);
  if (draft === null || !isStarted(draft)) return null;
  return { service: draft.service.name.trim(), step: loadLastStep(store) ?? CONTEXT_STEP, onServer: loadServerLink(store) !== null };
}
