import { isStep } from "../domain/assessment/steps";
import { emptyDraft, sanitizeDraft, type TDraft } from "../domain/assessment/draft";
import { webStorage, type TStore } from "./web-storage";

/** Where the answers live: this browser only. Bump the suffix if the stored shape ever changes. */
export const STORAGE_KEY = "vigie:assessment:v1";
/** The last step the user was on, to resume there. */
export const LAST_STEP_KEY = "vigie:last-step:v1";
/** Which saved assessment (id, version) the draft belongs to, so the form autosaves to it (lib/browser/local.ts). */
export const SERVER_LINK_KEY = "vigie:server-link:v1";

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
