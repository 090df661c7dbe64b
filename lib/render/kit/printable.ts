import { drawsCodePoint } from "./fonts";

/** Characters the Latin face draws (a test checks): most texts are only these. */
const LATIN_ONLY = /^[\x20-\x7e\u00a0-\u00ff]*$/;
/**
 * Characters no font draws, written with ones that are. Every text of a PDF is one line or one
 * paragraph (no field of the form takes several lines): breaks and tabs are spaces. The narrow
 * no-break space (French « », copied from the web or a word processor) is a no-break space.
 */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  "\t": " ",
  "\n": " ",
  "\u2028": " ",
  "\u2029": " ",
  "\u202f": "\u00a0",
  "\u2011": "-",
};
/** Other spaces no font draws become plain spaces. */
const SPACE = /^\p{Zs}$/u;
/** Invisible characters (controls, format characters, variation selectors) and accents no font has: dropped. */
const DROPPED = /^[\p{Cc}\p{Cf}\p{Variation_Selector}\p{Mn}]$/u;
export const REPLACEMENT = "\uFFFD";

/**
 * A text as the report's fonts can draw it: composed (NFC, so "e" + circumflex + tilde is "ễ"),
 * breaks and unusual spaces written as spaces, invisible characters left out, and each run of
 * characters no font has (an emoji, Chinese, Arabic…) one "�". Without this, react-pdf falls back
 * to Helvetica for such characters, which has none of them either and prints other letters, on top
 * of each other. Needs the fonts loaded.
 */
export function printableText(text: string): string {
  if (LATIN_ONLY.test(text)) return text;
  const composed = text.normalize("NFC");
  return allDrawn(composed) ? composed : redrawn(composed);
}

const drawn = (char: string) => drawsCodePoint(char.codePointAt(0) ?? 0);

function allDrawn(text: string): boolean {
  for (const char of text) if (!drawn(char)) return false;
  return true;
}

function redrawn(text: string): string {
  let out = "";
  let replacing = false;
  for (const char of text.replace(/\r\n?/g, "\n")) {
    const substitute = drawn(char) ? char : (SUBSTITUTES[char] ?? (SPACE.test(char) ? " " : null));
    if (substitute !== null) {
      out += substitute;
      replacing = false;
    } else if (!DROPPED.test(char) && !replacing) {
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
