import { launch, BASE, watch } from "./.review-lib.mjs";
import fs from "node:fs";
const b = await launch(); const log = [];
const O = "/tmp/review/save";
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 }, storageState: "/tmp/review/fr-parents/state.json" });
const p = await ctx.newPage(); watch(p, log);
await p.goto(`${BASE}/fr/result`); await p.waitForLoadState("networkidle");
await p.getByRole("button", { name: "Enregistrer et obtenir les liens" }).click();
await p.getByText("Enregistrée : vos liens").waitFor();
const vals = await p.locator("main input[readonly], main input[type=url], main input[type=text]").evaluateAll(es => es.map(e => e.value));
console.log("inputs", vals);
const h = p.getByRole("heading", { name: "Enregistrée : vos liens" });
await h.scrollIntoViewIfNeeded(); await p.screenshot({ path: `${O}/saved-panel.png` });
const read = vals.find(v => v.includes("/assessments/") && !v.includes("#"));
const edit = vals.find(v => v.includes("#"));
// open read link in fresh context (another user)
const c2 = await b.newContext({ viewport: { width: 1280, height: 800 } }); const p2 = await c2.newPage(); watch(p2, log);
await p2.goto(read); await p2.waitForLoadState("networkidle"); await p2.waitForTimeout(800);
await p2.screenshot({ path: `${O}/read-link.png`, fullPage: false });
fs.writeFileSync(`${O}/read-link.txt`, await p2.locator("main").innerText());
// switch language on read page
await p2.getByRole("link", { name: "English" }).click(); await p2.waitForTimeout(1200);
await p2.screenshot({ path: `${O}/read-link-en.png` });
fs.writeFileSync(`${O}/read-link-en.txt`, await p2.locator("main").innerText());
// edit link in fresh context
const c3 = await b.newContext({ viewport: { width: 1280, height: 800 } }); const p3 = await c3.newPage(); watch(p3, log);
await p3.goto(edit); await p3.waitForLoadState("networkidle"); await p3.waitForTimeout(1500);
console.log("edit link landed:", p3.url());
await p3.screenshot({ path: `${O}/edit-link.png`, fullPage: false });
fs.writeFileSync(`${O}/edit-link.txt`, await p3.locator("main").innerText());
await c3.storageState({ path: `${O}/edit-state.json` });
console.log(log.join("\n")); await b.close();
