import { launch, BASE, watch } from "./.review-lib.mjs";
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, storageState: "/tmp/review/save/edit-state.json" });
const p = await ctx.newPage(); watch(p, log);
const id = "gqI_h9rvQ9BtNbsNiq1bug";
for (const path of ["/fr","/fr/assess/context","/fr/assess/acc","/fr/assess/review","/fr/result","/en/result",`/fr/assessments/${id}`,`/en/assessments/${id}`,"/fr/compare","/fr/registers/new","/fr/catalogue","/en/catalogue","/fr/nope"]) {
  const r = await p.goto(`${BASE}${path}`); await p.waitForLoadState("networkidle"); await p.waitForTimeout(400);
  const o = await p.evaluate(() => { const W = document.documentElement.clientWidth; const bad = [];
    for (const e of document.querySelectorAll("body *")) { const r = e.getBoundingClientRect(); if (r.right > W + 1 && r.width > 0 && getComputedStyle(e).position !== "fixed") bad.push(e.tagName + "." + (e.className||"").toString().slice(0,30) + " right=" + Math.round(r.right)); }
    return { sw: document.documentElement.scrollWidth, W, bad: bad.slice(0,5), title: document.title, h1: document.querySelector("h1")?.textContent };
  });
  console.log(r.status(), path, JSON.stringify(o));
}
console.log(log.join("\n")); await b.close();
