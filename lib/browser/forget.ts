import { LAST_STEP_KEY, STORAGE_KEY } from "./storage-keys";
import { COPY_NOTE_KEY } from "./copy-note";
import { DELETED_KEY } from "./deleted-notice";
import { EDIT_TOKENS_KEY, forgetEditToken, forgetRegisterToken, loadServerLink, REGISTER_TOKENS_KEY, SERVER_LINK_KEY } from "./local";
import { webStorage, type TStore } from "./web-storage";

/**
 * "Forget on this computer", for shared computers (a staff room, a library): what this browser
 * holds of Vigie — edit tokens and the form's draft — removed from its storage. Nothing is deleted
 * on the server: with a copy of the edit link, the owner edits again from anywhere.
 */

const local = (): TStore | null => webStorage("local");
const session = (): TStore | null => webStorage("session");

const remove = (s: TStore | null, keys: readonly string[]) => {
  for (const key of keys) {
    try {
      s?.removeItem(key);
    } catch {
      // storage refused: nothing to remove
    }
  }
};

/** The form's draft (answers, last step, the saved assessment it belongs to). */
const DRAFT_KEYS = [STORAGE_KEY, LAST_STEP_KEY, SERVER_LINK_KEY] as const;

/** One assessment: its edit token, and the form's draft when it belongs to that assessment. */
export function forgetAssessmentHere(id: string, s: TStore | null = local()): void {
  const draftIsIt = loadServerLink(s)?.id === id;
  forgetEditToken(id, s);
  if (draftIsIt) remove(s, DRAFT_KEYS);
}

/** One register: its edit token. */
export function forgetRegisterHere(id: string, s: TStore | null = local()): void {
  forgetRegisterToken(id, s);
}

/** Everything Vigie keeps in this browser: every edit token, the draft, the note of a deletion. */
export function forgetEverythingHere(s: TStore | null = local(), tab: TStore | null = session()): void {
  remove(s, [EDIT_TOKENS_KEY, REGISTER_TOKENS_KEY, ...DRAFT_KEYS]);
  remove(tab, [DELETED_KEY, COPY_NOTE_KEY]);
}

/** Whether this browser holds anything "forget everything" would remove. */
export function holdsAnythingHere(s: TStore | null = local()): boolean {
  return [EDIT_TOKENS_KEY, REGISTER_TOKENS_KEY, ...DRAFT_KEYS].some((key) => {
    const raw = safeGet(s, key);
    return raw !== null && raw !== "{}";
  });
}

function safeGet(s: TStore | null, key: string): string | null {
  try {
    return s?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
