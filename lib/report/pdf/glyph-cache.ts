/**
 * A bounded cache of fontkit's text shaping, per font.
 *
 * Profile of a 27-page report (node --cpu-prof, 20 warm renders): a third of the time is text
 * layout, and more than half of that is fontkit shaping the same strings again (GSUB/GPOS lookups
 * in `applyLookups`, `applyPositionValue`, `assignGlobalFeatures`...): headings, labels, catalogue
 * questions and remediations recur in every report. textkit calls `font.layout(string, features,
 * …)` once per run of a paragraph and only reads the glyph run it gets back (it copies positions
 * before scaling them), so the result for a given string and options can be reused.
 *
 * The cache holds at most MAX_ENTRIES runs per font, evicting the least recently used, so the
 * memory it takes is bounded whatever the reports rendered.
 */

export const MAX_ENTRIES = 4000;
/** Strings longer than this (a rare long free-text answer) are not worth keeping. */
const MAX_KEY_LENGTH = 2000;

interface TGlyphRun {
  glyphs: unknown[];
  positions: unknown[];
}

interface TShapingFont {
  layout: (string: unknown, features?: unknown, script?: unknown, language?: unknown, direction?: unknown) => TGlyphRun;
}

const CACHED = Symbol.for("vigie.glyphRunCache");

const featuresKey = (features: unknown): string =>
  features === undefined || features === null ? "" : Array.isArray(features) ? features.join(",") : JSON.stringify(features);

/** Wraps `font.layout` with the cache (once per font object). Returns the cache, for tests. */
export function installGlyphRunCache(font: object): Map<string, TGlyphRun> {
  const f = font as TShapingFont & { [CACHED]?: Map<string, TGlyphRun> };
  const existing = f[CACHED];
  if (existing !== undefined) return existing;
  const cache = new Map<string, TGlyphRun>();
  const layout = f.layout.bind(f);
  f.layout = (string, features, script, language, direction) => {
    if (typeof string !== "string" || string.length > MAX_KEY_LENGTH) return layout(string, features, script, language, direction);
    const key = `${featuresKey(features)}\u0000${String(script ?? "")}\u0000${String(language ?? "")}\u0000${String(direction ?? "")}\u0000${string}`;
    let run = cache.get(key);
    if (run === undefined) {
      run = layout(string, features, script, language, direction);
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    } else {
      cache.delete(key); // re-inserted below: most recently used last
    }
    cache.set(key, run);
    // A fresh array for each caller: the run's glyphs are read, never changed, by textkit and the
    // renderer, but a copy keeps one report from ever seeing another's changes.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as TGlyphRun, run);
    copy.glyphs = run.glyphs.slice();
    copy.positions = run.positions.slice();
    return copy;
  };
  f[CACHED] = cache;
  return cache;
}
