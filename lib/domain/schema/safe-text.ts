/**
 * Characters no saved text may hold: control characters (NUL, escape, C1…), lone surrogates (a
 * JSON escape can carry one, UTF-8 and PostgreSQL cannot) and the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which make a text read differently from what it holds.
 * A single-line text takes no tab or line break either.
 */
const BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
const UNSAFE_SINGLE_LINE = new RegExp(`[\\p{Cc}${BIDI_CONTROLS}]|\\p{Cs}`, "u");
const UNSAFE_MULTI_LINE = new RegExp(`[^\\P{Cc}\\t\\n\\r]|[${BIDI_CONTROLS}]|\\p{Cs}`, "u");

/** The issue code (and zod message) of a text that holds such a character. */
export const UNSAFE_TEXT = "unsafe_text";

/** Whether a one-line text (a name, a role) is free of those characters. */
export const isSafeLine = (text: string): boolean => !UNSAFE_SINGLE_LINE.test(text);

/** Whether a text that may span lines (tabs and line breaks allowed) is free of those characters. */
export const isSafeMultiLine = (text: string): boolean => !UNSAFE_MULTI_LINE.test(text);
