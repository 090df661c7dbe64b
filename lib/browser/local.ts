import { SERVER_LINK_KEY } from "./storage-keys";
import { noteDeleted } from "./deleted-notice";
import { webStorage, type TStore } from "./web-storage";

/**
 * What this browser remembers about saved assessments and registers, in localStorage:
 * - the edit tokens of the assessments and registers it created or opened with an edit link, so the
 *   owner can come back (the token never goes to the server in a URL: only in the Authorization header);
 * - which saved assessment the form's draft belongs to (its id and the version last synced), so the
 *   form autosaves to it.
 * Nothing here throws: storage may be missing or refused.
 */

export const EDIT_TOKENS_KEY = "vigie:edit-tokens:v1";
export const REGISTER_TOKENS_KEY = "vigie:register-tokens:v1";
/** The draft's link to its saved assessment (its key is in storage-keys.ts; the draft's storage clears it with the draft). */
export { SERVER_LINK_KEY };

export interface TServerLink {
  id: string;
  /** The version of the saved assessment the draft was last synced with (the If-Match of the next save). */
  version: number;
  /** True when the draft changed since the last successful save. */
  pending: boolean;
}

const store = (): TStore | null => webStorage("local");

function readJson(key: string, s: TStore | null): unknown {
  try {
    const raw = s?.getItem(key);
    return raw == null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown, s: TStore | null): boolean {
  try {
    if (s === null) return false;
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

function tokens(key: string, s: TStore | null): Record<string, string> {
  const raw = readJson(key, s);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => ID.test(e[0]) && typeof e[1] === "string" && TOKEN.test(e[1])),
  );
}

export const isToken = (v: unknown): v is string => typeof v === "string" && TOKEN.test(v);
export const isId = (v: unknown): v is string => typeof v === "string" && ID.test(v);

export const editTokenFor = (id: string, s: TStore | null = store()): string | null => tokens(EDIT_TOKENS_KEY, s)[id] ?? null;
export const rememberEditToken = (id: string, token: string, s: TStore | null = store()) =>
  writeJson(EDIT_TOKENS_KEY, { ...tokens(EDIT_TOKENS_KEY, s), [id]: token }, s);
export const forgetEditToken = (id: string, s: TStore | null = store()) => {
  const { [id]: _gone, ...rest } = tokens(EDIT_TOKENS_KEY, s);
  return writeJson(EDIT_TOKENS_KEY, rest, s);
};

export const registerTokenFor = (id: string, s: TStore | null = store()): string | null => tokens(REGISTER_TOKENS_KEY, s)[id] ?? null;
export const rememberRegisterToken = (id: string, token: string, s: TStore | null = store()) =>
  writeJson(REGISTER_TOKENS_KEY, { ...tokens(REGISTER_TOKENS_KEY, s), [id]: token }, s);
export const forgetRegisterToken = (id: string, s: TStore | null = store()) => {
  const { [id]: _gone, ...rest } = tokens(REGISTER_TOKENS_KEY, s);
  return writeJson(REGISTER_TOKENS_KEY, rest, s);
};

export function loadServerLink(s: TStore | null = store()): TServerLink | null {
  const raw = readJson(SERVER_LINK_KEY, s) as Partial<TServerLink> | null;
  if (raw === null || typeof raw !== "object" || !isId(raw.id) || !Number.isInteger(raw.version)) return null;
  return { id: raw.id, version: raw.version as number, pending: raw.pending === true };
}

export const saveServerLink = (link: TServerLink, s: TStore | null = store()) => writeJson(SERVER_LINK_KEY, link, s);

export function clearServerLink(s: TStore | null = store()): void {
  try {
    s?.removeItem(SERVER_LINK_KEY);
  } catch {
    // nothing to clear
  }
}

/** Reads `#token=…` from a URL fragment. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return isToken(token) ? token : null;
}

/**
 * After deleting a saved assessment: this browser forgets its edit token, and the form's draft stops
 * saving to it (the answers stay in the browser, unsaved); the next page is told which service it was.
 */
export function forgetDeletedAssessment(id: string, service: string, s: TStore | null = store(), session?: TStore | null): void {
  forgetEditToken(id, s);
  if (loadServerLink(s)?.id === id) clearServerLink(s);
  noteDeleted(service, session);
}
