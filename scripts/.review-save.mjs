import { launch, BASE, watch } from "./.review-lib.mjs";
import fs from "node:fs";
const b = await launch(); const log = [];
const O = "/tmp/review/save"; fs.mkdirSync(O, { recursive: true });
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 }, storageState: "/tmp/review/fr-parents/state.json" });
const p = await ctx.newPage(); watch(p, log);
await p.goto(`${BASE}/fr/result`); await p.waitForLoadState("networkidle");
await p.getByRole("button", { name: "Enregistrer et obtenir les liens" }).click();
await p.waitForTimeout(2000);
await p.screenshot({ path: `${O}/after-save.png` }); console.log("URL", p.url()); const sec = p.locator("main");

const st = await sec.innerText(); console.log(st);
const links = await sec.locator("a, input, code").evaluateAll(es => es.map(e => e.href || e.value || e.textContent));
console.log(links);
fs.writeFileSync(`${O}/links.json`, JSON.stringify(links));
console.log(log.join("\n")); await b.close();
