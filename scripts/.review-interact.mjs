import { launch, BASE, watch } from "./.review-lib.mjs";
import fs from "node:fs";
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
const p = await ctx.newPage(); watch(p, log);
const O = "/tmp/review/interact"; fs.mkdirSync(O, { recursive: true });
// 1. validation: go to start, choose head, start, click Next w/o service name
await p.goto(`${BASE}/fr`); await p.waitForLoadState("networkidle");
await p.getByRole("link", { name: /Commencer/ }).click(); await p.waitForURL(/assess/);
console.log("url after start without mode:", p.url());
await p.waitForTimeout(500);
await p.fill("#field-school-uai", "12345");
await p.fill("#field-service-url", "pas une adresse");
await p.getByRole("button", { name: "Suivant" }).click();
await p.waitForTimeout(600);
console.log("after submit url:", p.url());
console.log("focused:", await p.evaluate(() => { const a = document.activeElement; return a.tagName + "#" + a.id + " " + (a.textContent||"").slice(0,80); }));
await p.screenshot({ path: `${O}/validation-top.png` });
await p.screenshot({ path: `${O}/validation-full.png`, fullPage: true });
console.log("alerts:", await p.locator('[role=alert], [aria-live]').allInnerTexts());
console.log("name input attrs:", await p.locator("#field-service-name").evaluate(e => ({ invalid: e.getAttribute("aria-invalid"), desc: e.getAttribute("aria-describedby"), errs: (e.getAttribute("aria-describedby")||"").split(" ").map(id => document.getElementById(id)?.textContent) })));
console.log("uai attrs:", await p.locator("#field-school-uai").evaluate(e => ({ invalid: e.getAttribute("aria-invalid"), errs: (e.getAttribute("aria-describedby")||"").split(" ").map(id => document.getElementById(id)?.textContent) })));
console.log("url attrs:", await p.locator("#field-service-url").evaluate(e => ({ invalid: e.getAttribute("aria-invalid"), errs: (e.getAttribute("aria-describedby")||"").split(" ").map(id => document.getElementById(id)?.textContent) })));
// CTX questions unanswered -> errors?
console.log("CTX-01 attrs:", await p.locator("#q-CTX-01").evaluate(e => ({ invalid: e.getAttribute("aria-invalid"), desc: e.getAttribute("aria-describedby"), text: e.querySelector(".field__error, [id$=error]")?.textContent })));
// fix the fields
await p.fill("#field-service-name", "TestLang");
await p.fill("#field-school-uai", "0691234X");
await p.fill("#field-service-url", "https://example.org");
await p.check("#q-CTX-01-lycee"); await p.check('#q-CTX-02-pupils'); await p.check('input[name="answers.CTX-03"][value="class"]');
await p.getByRole("button", { name: "Suivant" }).click(); await p.waitForURL(/assess\/com/);
// answer COM-01 yes, COM-02 contextual; skip others, try next
await p.check('input[name="answers.COM-01"][value="yes"]');
await p.check('input[name="answers.COM-02"][value="contextual"]');
await p.getByRole("button", { name: "Suivant" }).click(); await p.waitForTimeout(700);
console.log("COM step partial -> url", p.url());
await p.screenshot({ path: `${O}/com-partial-after-next.png` });
console.log("focused:", await p.evaluate(() => { const a = document.activeElement; return a.tagName + "#" + a.id; }));
console.log("alerts:", (await p.locator('[role=alert]').allInnerTexts()).map(s=>s.slice(0,300)));
// language switch mid-journey
if (!p.url().includes("/com")) await p.goto(`${BASE}/fr/assess/com`);
await p.getByRole("link", { name: "English" }).click(); await p.waitForURL(/\/en\//); await p.waitForTimeout(800);
console.log("after switch url", p.url());
const checked = await p.locator("input:checked").evaluateAll(es => es.map(e => e.name + "=" + e.value));
console.log("checked after lang switch:", checked);
await p.screenshot({ path: `${O}/after-lang-switch-en.png`, fullPage: true });
const txt = await p.locator("main").innerText();
fs.writeFileSync(`${O}/after-lang-switch-en.txt`, txt);
// reload
await p.check('input[name="answers.COM-03"][value="no"]');
await p.reload(); await p.waitForLoadState("networkidle"); await p.waitForTimeout(800);
console.log("checked after reload:", await p.locator("input:checked").evaluateAll(es => es.map(e => e.name + "=" + e.value)));
await p.goto(`${BASE}/en/assess/context`); await p.waitForTimeout(800);
console.log("context after reload:", await p.locator("#field-service-name").inputValue(), await p.locator("#field-school-uai").inputValue(), await p.locator("input:checked").evaluateAll(es => es.map(e => e.name + "=" + e.value)));
// back to start page: what does it show now?
await p.goto(`${BASE}/en`); await p.waitForTimeout(800);
await p.screenshot({ path: `${O}/start-with-draft-en.png`, fullPage: true });
console.log("start page with draft:\n", (await p.locator("main").innerText()).slice(0, 1200));
await ctx.storageState({ path: `${O}/state.json` });
console.log(log.join("\n")); await b.close();
