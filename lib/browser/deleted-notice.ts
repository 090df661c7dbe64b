import { webStorage, type TStore } from "./web-storage";

/**
 * Which service's saved assessment this tab just deleted, kept in sessionStorage for the next page
 * (the start page) to say so once. Imports nothing: the start page loads it without the schema code.
 */
export const DELETED_KEY = "vigie:deleted:v1";

const sessionStore = (): TStore | null => webStorage("session");

export function noteDeleted(service: string, s: TStore | null = sessionStore()): void {
  try {
    s?.setItem(DELETED_KEY, JSON.stringify({ service }));
  } catch {
    // storage refused: the start page just says nothing
  }
}

/** The service of the assessment just deleted (once: it is then forgotten), or null. */
export function takeDeletedNotice(s: TStore | null = sessionStore()): string | null {
  try {
    const raw = s?.getItem(DELETED_KEY) ?? null;
    s?.removeItem(DELETED_KEY);
    const value = raw === null ? null : (JSON.parse(raw) as { service?: unknown } | null);
    return value !== null && typeof value === "object" && typeof value.service === "string" ? value.service : null;
  } catch {
    return null;
  }
}
