/**
 * The keys of what the form keeps in localStorage, in a module of their own: the modules that only
 * read or clear them (./local, ./forget) do not load the draft's code and the catalogue it is
 * checked against (./draft-storage).
 */

/** Where the answers live: this browser only. Bump the suffix if the stored shape ever changes. */
export const STORAGE_KEY = "vigie:assessment:v1";
/** The last step the user was on, to resume there. */
export const LAST_STEP_KEY = "vigie:last-step:v1";
/** Which saved assessment (id, version) the draft belongs to, so the form autosaves to it (lib/browser/local.ts). */
export const SERVER_LINK_KEY = "vigie:server-link:v1";
