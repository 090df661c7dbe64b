import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffToSfnt } from "./woff";

/**
 * Noto Sans (SIL OFL 1.1, see fonts/OFL.txt), in the subsets that @fontsource/noto-sans ships:
 * "latin" covers French and English; the others are for names (a school's, a service's, the
 * assessor's): "latin-ext" (Polish, Romanian, Czech, Turkish…), Vietnamese (Nguyễn), Cyrillic and
 * Greek. `psName`: the PostScript name a subset's faces get once loaded (see nameFace).
 */
const SUBSETS = [
  { file: "latin", family: "Noto Sans", psName: null },
  { file: "latin-ext", family: "Noto Sans Latin Ext", psName: "NotoSansLatinExt" },
  { file: "vietnamese", family: "Noto Sans Vietnamese", psName: "NotoSansVietnamese" },
  { file: "cyrillic", family: "Noto Sans Cyrillic", psName: "NotoSansCyrillic" },
  { file: "greek", family: "Noto Sans Greek", psName: "NotoSansGreek" },
] as const;
const WEIGHTS = [400, 700] as const;

export const FONT_FAMILY = SUBSETS[0].family;
/** Use this as `fontFamily`: a glyph missing from a font is taken from the next one that has it. */
export const FONT_STACK = SUBSETS.map((s) => s.family);

/**
 * The app, the CLI and the tests all run from the project root, and a Next.js bundle moves this
 * module elsewhere, so the fonts are found from the working directory, not from this file.
 * WOFF only (fontkit cannot read WOFF2); each file is unpacked once, in memory (see woff.ts).
 */
export const FONTS_DIR = path.join(process.cwd(), "lib", "render", "kit", "fonts");

let registered = false;
let prepared: Promise<void> | null = null;

const faceOf = (family: string, fontWeight: number) => ({ fontFamily: family, fontWeight, fontStyle: "normal" as const });

/**
 * Every subset's file carries the Latin face's PostScript name ("NotoSans-Regular"), and pdfkit
 * files the fonts of a document by that name: each time a run of, say, Latin-Ext text followed one
 * of Latin text, it embedded the face once more (a service called "Ștefănescu", in every page's
 * footer, doubled the report's size). A name of its own ("NotoSansLatinExt-Regular") keeps each
 * face embedded once. Only the name pdfkit reads changes, on the loaded font object.
 */
const nameFace = (font: object | null, psName: string) => {
  const name: unknown = font === null ? null : Reflect.get(font, "postscriptName");
  if (font === null || typeof name !== "string" || name.startsWith(`${psName}-`)) return;
  Object.defineProperty(font, "postscriptName", { value: name.replace(/^[^-]+/, psName), configurable: true });
};

/**
 * Registers the fonts and loads them: await it before a render. Loading happens once per process
 * (or worker); later calls return at once.
 */
export function prepareFonts(): Promise<void> {
  registerFonts();
  prepared ??= Promise.all(
    SUBSETS.flatMap((s) =>
      WEIGHTS.map(async (weight) => {
        const face = faceOf(s.family, weight);
        await Font.load(face);
        if (s.psName !== null) nameFace(Font.getFont(face).data, s.psName);
      }),
    ),
  ).then(() => undefined);
  return prepared;
}

export function registerFonts(): void {
  if (registered) return;
  const file = (name: string) => {
    const p = path.join(FONTS_DIR, name);
    if (!existsSync(p)) throw new Error(`Report font missing: ${p} (run from the project root)`);
    return `data:font/ttf;base64,${woffToSfnt(readFileSync(p)).toString("base64")}`;
  };
  for (const s of SUBSETS) {
    Font.register({
      family: s.family,
      fonts: WEIGHTS.map((fontWeight) => ({ src: file(`noto-sans-${s.file}-${fontWeight}-normal.woff`), fontWeight })),
    });
  }
  // Words are never cut: no hyphenation in either language.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/** Per code point: 0 not looked up yet, 1 a font draws it, 2 none does. 1.1 MB a process. */
const coverage = new Uint8Array(0x110000);

/** Whether one of the fonts draws `codePoint` (after prepareFonts: the fonts must be loaded). */
export function drawsCodePoint(codePoint: number): boolean {
  if (coverage[codePoint] === 0) {
    const fonts = SUBSETS.map((s) => Font.getFont(faceOf(s.family, WEIGHTS[0])).data);
    if (fonts.some((f) => f === null)) throw new Error("The report fonts are not loaded: await prepareFonts() first");
    coverage[codePoint] = fonts.some((f) => f?.hasGlyphForCodePoint(codePoint)) ? 1 : 2;
  }
  return coverage[codePoint] === 1;
}
