import { launch, BASE, watch } from "./.review-lib.mjs";
import fs from "node:fs";
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 }, storageState: "/tmp/review/interact/state.json" });
const p = await ctx.newPage(); watch(p, log);
const O = "/tmp/review/kbd"; fs.mkdirSync(O, { recursive: true });
await p.goto(`${BASE}/en/assess/sec`); await p.waitForLoadState("networkidle"); await p.waitForTimeout(500);
const desc = () => p.evaluate(() => { const a = document.activeElement; const cs = getComputedStyle(a);
  return `${a.tagName}${a.id?"#"+a.id:""}${a.name?"[name="+a.name+"]":""}${a.value&&a.tagName==="INPUT"?"="+a.value:""} "${(a.innerText||a.labels?.[0]?.innerText||"").slice(0,40).replace(/\n/g," ")}" outline=${cs.outlineStyle}/${cs.outlineWidth}/${cs.outlineColor} shadow=${cs.boxShadow.slice(0,40)}`; });
for (let i = 0; i < 24; i++) { await p.keyboard.press("Tab"); const d = await desc(); console.log(i, d); if (i === 1 || i === 14 || i === 17) await p.screenshot({ path: `${O}/tab-${i}.png` }); }
// answer SEC-01 using keyboard: find focus on a radio, press arrow
await p.keyboard.press("ArrowDown"); console.log("after ArrowDown:", await desc());
await p.keyboard.press("Space"); console.log("after Space:", await desc());
await p.screenshot({ path: `${O}/after-arrow.png` });
for (let i = 0; i < 3; i++) { await p.keyboard.press("Shift+Tab"); console.log("S-Tab", await desc()); }
// go to end, tab to Next and press Enter
await p.locator("button", { hasText: /^Next$/ }).focus(); console.log("focus next", await desc());
await p.screenshot({ path: `${O}/next-focus.png` });
await p.keyboard.press("Enter"); await p.waitForTimeout(800);
console.log("after Enter url", p.url(), "focus:", await desc());
await p.keyboard.press("Tab"); console.log("first tab on new page:", await desc());
await p.screenshot({ path: `${O}/new-step-first-tab.png` });
console.log(log.join("\n")); await b.close();
