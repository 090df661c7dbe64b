import { drawsCodePoint } from "./fonts";

/** Characters the Latin face draws (a test checks): most texts are only these. */
const LATIN_ONLY = /^[\n\r\t\x20-\x7e\u00a0-\u00ff]*$/;
/** Invisible characters with no glyph (controls, format characters, variation selectors): dropped. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Variation_Selector}]$/u;
const KEPT_CONTROLS = new Set(["\n", "\r", "\t"]);
export const REPLACEMENT = "\uFFFD";

/**
 * A text as the report's fonts can draw it: composed (NFC, so "e" + circumflex + tilde is "ễ"),
 * each run of characters no font has (an emoji, Chinese, Arabic…) one "�", invisible characters
 * left out. Without this, react-pdf falls back to Helvetica for such characters, which has none of
 * them either and prints other letters, on top of each other. Needs the fonts loaded.
 */
export function printableText(text: string): string {
  if (LATIN_ONLY.test(text)) return text;
  const composed = text.normalize("NFC");
  return allDrawn(composed) ? composed : replaceUndrawn(composed);
}

const drawn = (char: string) => KEPT_CONTROLS.has(char) || drawsCodePoint(char.codePointAt(0) ?? 0);

function allDrawn(text: string): boolean {
  for (const char of text) if (!drawn(char)) return false;
  return true;
}

function replaceUndrawn(text: string): string {
  let out = "";
  let replacing = false;
  for (const char of text) {
    if (drawn(char)) {
      out += char;
      replacing = false;
    } else if (!INVISIBLE.test(char) && !replacing) {
      out += REPLACEMENT;
      replacing = true;
    }
  }
  return out;
}

/** Every string in a view-model (plain objects and arrays, at any depth) made printable. */
export function printable<T>(value: T): T {
  return printableValue(value) as T;
}

function printableValue(value: unknown): unknown {
  if (typeof value === "string") return printableText(value);
  if (Array.isArray(value)) return value.map(printableValue);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableValue(v)]));
  }
  return value;
}
