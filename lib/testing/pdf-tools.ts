import { execFileSync } from "node:child_process";

/**
 * Reads PDFs with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftohtml), as a reader would:
 * the text that copies and searches, the document information, the fonts, the bookmarks.
 */
const run = (tool: string, args: string[]) =>
  execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** The text of the PDF (UTF-8; of pages `first` to `last` when given), whitespace runs (line breaks included) collapsed to one space. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages === undefined ? [] : ["-f", String(pages.first), "-l", String(pages.last)];
  return run("pdftotext", ["-enc", "UTF-8", ...range, file, "-"])
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

/** The text of one page (numbered from 1), collapsed like `pdfText`. */
export function pdfPageText(file: string, page: number): string {
  return run("pdftotext", ["-enc", "UTF-8", "-f", String(page), "-l", String(page), file, "-"])
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

/** Collapses whitespace like `pdfText`, so that expected strings compare with it. */
export const normaliseSpaces = (s: string) => s.replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();

/** `pdfinfo` fields, e.g. { Title: "…", Pages: "12", "Page size": "595.28 x 841.89 pts (A4)" }. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run("pdfinfo", ["-enc", "UTF-8", file]).split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

export interface TPdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** One row per font of `pdffonts`. */
export function pdfFonts(file: string): TPdfFont[] {
  const lines = run("pdffonts", [file]).split("\n").slice(2).filter((l) => l.trim() !== "");
  return lines.map((line) => {
    // Columns from the right: object ID, generation, uni, sub, emb, encoding; the name is first.
    const cells = line.trim().split(/\s+/);
    const [uni, sub, emb] = cells.slice(-5, -2).reverse();
    return {
      name: cells[0] ?? "",
      type: cells.slice(1, -6).join(" "),
      embedded: emb === "yes",
      subset: sub === "yes",
      unicode: uni === "yes",
    };
  });
}

export interface TOutlineItem {
  title: string;
  page: number;
  children: TOutlineItem[];
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

/** The PDF's bookmarks (outline) as a tree, read from `pdftohtml -xml`; [] when there are none. */
export function pdfOutline(file: string): TOutlineItem[] {
  const xml = run("pdftohtml", ["-xml", "-i", "-q", "-stdout", "-enc", "UTF-8", file]);
  const start = xml.indexOf("<outline>");
  if (start < 0) return [];
  const tokens = xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g);
  const root: TOutlineItem[] = [];
  const stack: TOutlineItem[][] = [];
  let current: TOutlineItem[] | null = null;
  for (const [token, page, title] of tokens) {
    if (token === "<outline>") {
      const parent: TOutlineItem[] | null = current;
      const list: TOutlineItem[] = parent === null ? root : (parent[parent.length - 1]?.children ?? parent);
      if (current !== null) stack.push(current);
      current = list;
    } else if (token === "</outline>") {
      current = stack.pop() ?? null;
      if (current === null) break;
    } else if (current !== null) {
      current.push({ title: decodeXml(title ?? ""), page: Number(page), children: [] });
    }
  }
  return root;
}

export interface TPdfStructElement {
  type: string;
  text: string;
}

/**
 * The tagged PDF's structure as `pdfinfo -struct-text` prints it: the elements under the root, in
 * reading order, each with its text. Empty when the PDF is not tagged.
 */
export function pdfStructure(file: string): TPdfStructElement[] {
  const elements: TPdfStructElement[] = [];
  for (const line of run("pdfinfo", ["-struct-text", file]).split("\n")) {
    const element = /^ {2}(\w+)/.exec(line);
    if (element?.[1] !== undefined) elements.push({ type: element[1], text: "" });
    const text = /^ {4}"(.*)"$/.exec(line);
    const last = elements[elements.length - 1];
    if (text?.[1] !== undefined && last !== undefined) last.text += text[1];
  }
  return elements;
}

/** The footer's top on an A4 page of Vigie's PDFs (points from the top): text below it is page furniture. */
const FOOTER_TOP = 800;
/** Where the content starts (the page's top padding). */
const CONTENT_TOP = 48;

/**
 * How full each page is: the bottom of its lowest text above the footer, as a share (0–1) of the
 * height between the top padding and the footer, read from `pdftotext -bbox-layout`.
 */
export function pdfPageFill(file: string): number[] {
  const xml = run("pdftotext", ["-bbox-layout", file, "-"]);
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => {
      let bottom = CONTENT_TOP;
      for (const [, yMin, yMax] of page.matchAll(/<block [^>]*yMin="([\d.]+)" [^>]*yMax="([\d.]+)"/g)) {
        if (Number(yMin) < FOOTER_TOP) bottom = Math.max(bottom, Number(yMax));
      }
      return Math.min(1, (bottom - CONTENT_TOP) / (FOOTER_TOP - CONTENT_TOP));
    });
}

export interface TWordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Each page's words with their boxes (points, from the top left), read from `pdftotext -bbox`. */
export function pdfWordBoxes(file: string): TWordBox[][] {
  const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, yMax, text]) => ({
        text: text!,
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      })),
    );
}

/**
 * The pairs of words of one page printed over each other: boxes that overlap by more than
 * `tolerance` points across and by more than half the smaller box's height (the font boxes of two
 * tightly spaced lines touch; words drawn over words share most of their height).
 */
export function overlappingWords(words: readonly TWordBox[], tolerance = 1): [TWordBox, TWordBox][] {
  const pairs: [TWordBox, TWordBox][] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > tolerance && y > Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 2) pairs.push([a, b]);
    }
  });
  return pairs;
}
