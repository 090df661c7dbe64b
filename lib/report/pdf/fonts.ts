import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffToSfnt } from "./woff";

/** Noto Sans (SIL OFL 1.1, see fonts/OFL.txt): "latin" covers French and English, "latin-ext" the rest. */
export const FONT_FAMILY = "Noto Sans";
const FONT_FAMILY_EXT = "Noto Sans Latin Ext";
/** Use this as `fontFamily`: glyphs missing from the first font are taken from the second. */
export const FONT_STACK = [FONT_FAMILY, FONT_FAMILY_EXT];

/**
 * The app, the CLI and the tests all run from the project root, and a Next.js bundle moves this
 * module elsewhere, so the fonts are found from the working directory, not from this file.
 * WOFF only (fontkit cannot read WOFF2); each file is unpacked once, in memory (see woff.ts).
 */
export const FONTS_DIR = path.join(process.cwd(), "lib", "report", "fonts");

let registered = false;
let prepared: Promise<void> | null = null;

const FACES = [FONT_FAMILY, FONT_FAMILY_EXT].flatMap((fontFamily) =>
  ([400, 700] as const).map((fontWeight) => ({ fontFamily, fontWeight, fontStyle: "normal" as const })),
);

/**
 * The Latin-Ext files carry the PostScript names of the Latin ones ("NotoSans-Regular"), and pdfkit
 * files the fonts of a document by that name: each time a run of Latin-Ext text followed one of
 * Latin text, it embedded the face once more (a service called "Ștefănescu", in every page's
 * footer, doubled the report's size). A name of their own ("NotoSansLatinExt-Regular") keeps each
 * face embedded once. Only the name pdfkit reads changes, on the loaded font object.
 */
const LATIN_EXT_PREFIX = "NotoSansLatinExt";
const nameLatinExtFace = (font: object | null) => {
  const name: unknown = font === null ? null : Reflect.get(font, "postscriptName");
  if (font === null || typeof name !== "string" || name.startsWith(LATIN_EXT_PREFIX)) return;
  Object.defineProperty(font, "postscriptName", { value: name.replace(/^[^-]+/, LATIN_EXT_PREFIX), configurable: true });
};

/**
 * Registers the fonts and loads them: await it before a render. Loading happens once per process
 * (or worker); later calls return at once.
 */
export function prepareFonts(): Promise<void> {
  registerFonts();
  prepared ??= Promise.all(FACES.map((face) => Font.load(face))).then(() => {
    for (const face of FACES) if (face.fontFamily === FONT_FAMILY_EXT) nameLatinExtFace(Font.getFont(face).data);
  });
  return prepared;
}

export function registerFonts(): void {
  if (registered) return;
  const file = (name: string) => {
    const p = path.join(FONTS_DIR, name);
    if (!existsSync(p)) throw new Error(`Report font missing: ${p} (run from the project root)`);
    return `data:font/ttf;base64,${woffToSfnt(readFileSync(p)).toString("base64")}`;
  };
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: file("noto-sans-latin-400-normal.woff"), fontWeight: 400 },
      { src: file("noto-sans-latin-700-normal.woff"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: FONT_FAMILY_EXT,
    fonts: [
      { src: file("noto-sans-latin-ext-400-normal.woff"), fontWeight: 400 },
      { src: file("noto-sans-latin-ext-700-normal.woff"), fontWeight: 700 },
    ],
  });
  // Words are never cut: no hyphenation in either language.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
