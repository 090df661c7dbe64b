/** The part of the Web Storage API Vigie uses (tests pass an in-memory one). */
export type TStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * This browser's localStorage ("local": kept until cleared) or sessionStorage ("session": this tab
 * only), or null where it is missing (the server) or refused (privacy settings, sandboxed frames).
 */
export function webStorage(kind: "local" | "session"): TStore | null {
  try {
    if (typeof window === "undefined") return null;
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}
