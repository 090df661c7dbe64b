// node .review-dl.mjs <state> <screenlang> <outdir>
import { launch, BASE, watch } from "./.review-lib.mjs";
import fs from "node:fs";
const [state, sl, out] = process.argv.slice(2);
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 }, storageState: state, acceptDownloads: true });
const p = await ctx.newPage(); watch(p, log);
await p.goto(`${BASE}/${sl}/result`); await p.waitForLoadState("networkidle"); await p.waitForTimeout(500);
for (const lang of ["Français","English"]) {
  await p.locator('input[name="report-lang"]').locator(`xpath=..`).getByText(lang, { exact: true }).click();
  const [d] = await Promise.all([p.waitForEvent("download", { timeout: 60000 }), p.locator("section[aria-labelledby=download-heading] > p > button").click()]);
  const f = `${out}/report-${lang.slice(0,2)}-${d.suggestedFilename()}`; await d.saveAs(f); console.log("saved", f);
  await p.waitForTimeout(500);
  console.log("status:", await p.locator("section[aria-labelledby=download-heading]").innerText().then(t => t.split("\n").slice(-2).join(" | ")));
}
// documents
const docSec = p.locator("section:has(> h2:text-is(\"Documents\"))");
const langRadios = await docSec.locator('input[type=radio]').all();
console.log("doc lang radios", langRadios.length);
for (const li of [0,1]) {
  await langRadios[li].check();
  const btns = await docSec.locator("button, a[download]").all();
  for (const bt of btns) {
    const label = (await bt.innerText()).trim();
    try {
      const [d] = await Promise.all([p.waitForEvent("download", { timeout: 60000 }), bt.click()]);
      const f = `${out}/doc-${li?"en":"fr"}-${d.suggestedFilename()}`; await d.saveAs(f); console.log("saved", label, "->", f);
    } catch (e) { console.log("FAILED", label, e.message.split("\n")[0]); }
  }
}
await p.screenshot({ path: `${out}/documents-section.png`, fullPage: false });
await docSec.screenshot({ path: `${out}/documents-section.png` });
console.log(log.join("\n")); await b.close();
