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
 * Registers the fonts and loads them: await it before a render. Loading happens once per process
 * (or worker); later calls return at once.
 */
export function prepareFonts(): Promise<void> {
  registerFonts();
  prepared ??= Promise.all(FACES.map((face) => Font.load(face))).then(() => undefined);
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
