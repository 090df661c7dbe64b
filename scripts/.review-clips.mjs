// node .review-clips.mjs <statefile> <url-path> <outprefix> [w] [h] [maxClips]
import { launch, BASE, watch } from "./.review-lib.mjs";
const [state, path, out, w="1280", h="800", max="6"] = process.argv.slice(2);
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, storageState: state });
const p = await ctx.newPage(); watch(p, log);
await p.goto(`${BASE}${path}`); await p.waitForLoadState("networkidle"); await p.waitForTimeout(800);
const H = await p.evaluate(() => document.documentElement.scrollHeight);
console.log("height", H);
const ch = +h * 2;
for (let i = 0, y = 0; y < H && i < +max; i++, y += ch) {
  await p.screenshot({ path: `${out}-${i}.png`, fullPage: true, clip: { x: 0, y, width: +w, height: Math.min(ch, H - y) } });
}
console.log(log.join("\n")); await b.close();
