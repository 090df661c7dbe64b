// usage: node .review-journey.mjs <lang> <mode> <policy> <tag>
import { launch, BASE, watch } from "./.review-lib.mjs";
import fs from "node:fs";
const [lang="fr", mode="parents", policy="unknown", tag="j1", vw="1280", vh="800"] = process.argv.slice(2);
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: +vw, height: +vh }, acceptDownloads: true });
const p = await ctx.newPage(); watch(p, log);
const out = `/tmp/review/${tag}`; fs.mkdirSync(out, { recursive: true });
const L = lang === "fr";
// risky consumer app answers
const risky = { "CTX-01":"primary","CTX-02":"families","CTX-03":"school",
 "COM-01":"no","COM-02":"targeted","COM-03":"yes","COM-04":"yes","COM-05":"yes","COM-06":"yes","COM-07":"yes",
 "HOST-01":"us","HOST-02":"yes","HOST-03":"none","HOST-04":"yes","HOST-05":"no","HOST-06":"yes","HOST-07":"no",
 "SEC-01":"yes","SEC-02":"no","SEC-03":"no","SEC-04":"no","SEC-05":"no","SEC-06":"no","SEC-07":"no",
 "RIG-01":"no","RIG-02":"no","RIG-03":"no","RIG-04":"no","RIG-05":"no","RIG-06":"yes","RIG-07":"no",
 "ACC-01":"no","ACC-02":"no","ACC-03":"no","ACC-04":"no","ACC-05":"not_done","ACC-06":"yes","ACC-07":"no",
 "INF-01":"no","INF-02":"no","INF-03":"not_collected","INF-04":"yes",
 "MIN-01":"full_plus","MIN-02":"whole","MIN-03":"yes","MIN-04":"yes","MIN-05":"no","MIN-06":"no","MIN-07":"no","MIN-08":"yes"};
const parentsKnown = { "CTX-01":"college","CTX-02":"pupils","CTX-03":"school","SEC-01":"yes","COM-02":"none","HOST-01":"unknown" };
function pick(id, values) {
  if (policy === "risky") return risky[id] ?? "unknown";
  if (policy === "unknown") return parentsKnown[id] ?? "unknown";
  return values[0];
}
await p.goto(`${BASE}/${lang}`); await p.waitForLoadState("networkidle");
const modeLabel = { parents: L?"Association de parents d’élèves":"Parents’ association", head: L?"Chef d’établissement ou directeur d’école":"Head teacher or head of school", it: L?"Référent numérique (DANE, collectivité)":"IT delegate (DANE, local authority)"}[mode];
await p.getByLabel(modeLabel).check();
await p.getByRole("link", { name: L?/Commencer/:/Start/ }).click(); await p.waitForURL(/assess/);
await p.waitForSelector("h1"); await p.waitForTimeout(300);
await p.fill("#field-service-name", policy==="risky" ? "QuizÉclair Fun" : "ClasseNuage");
await p.fill("#field-service-vendor", policy==="risky" ? "Fun Apps Inc." : "Nuage SAS");
await p.fill("#field-school-name", "Collège Jean-Moulin");
await p.fill("#field-assessor-name", "Mme Lefèvre-Dupont");
await p.fill("#field-assessor-role", L ? "Présidente de l’association de parents" : "Chair, parents' association");
for (let step = 1; step < 20; step++) {
  await p.waitForTimeout(400);
  const url = p.url();
  const fss = await p.locator("fieldset.question").all();
  for (const fs_ of fss) {
    const id = (await fs_.getAttribute("id")).replace(/^q-/, "");
    const vals = await fs_.locator("input[type=radio]").evaluateAll(els => els.map(e => e.value));
    const v = pick(id, vals);
    const r = fs_.locator(`input[value="${v}"]`);
    if (await r.count()) await r.check(); else console.log("no option", id, v, vals);
    await p.waitForTimeout(50);
    // re-query in case conditional questions appear
  }
  // conditional questions might appear after answering
  const fss2 = await p.locator("fieldset.question").all();
  for (const fs_ of fss2) { if (!(await fs_.locator("input:checked").count())) {
    const id = (await fs_.getAttribute("id")).replace(/^q-/, "");
    const vals = await fs_.locator("input[type=radio]").evaluateAll(els => els.map(e => e.value));
    await fs_.locator(`input[value="${pick(id, vals)}"]`).check(); console.log("late q", id); } }
  const name = url.split("/").pop();
  await p.screenshot({ path: `${out}/step-${String(step).padStart(2,"0")}-${name}.png`, fullPage: true });
  fs.writeFileSync(`${out}/step-${String(step).padStart(2,"0")}-${name}.txt`, await p.locator("main").innerText());
  const next = p.locator("main button, main a").filter({ hasText: L ? /^(Suivant|Voir le résultat|Vérifier mes réponses)/ : /^(Next|See the result|Review my answers|Check my answers)/ });
  if (!(await next.count())) { console.log("no next on", url); break; }
  await next.first().click();
  await p.waitForTimeout(700);
  if (p.url().includes("/result")) break;
  if (p.url() === url) { console.log("stuck on", url); fs.writeFileSync(`${out}/stuck.txt`, await p.locator("main").innerText()); break; }
}
console.log("now at", p.url());
await p.waitForLoadState("networkidle"); await p.waitForTimeout(800);
await p.screenshot({ path: `${out}/final.png`, fullPage: true });
fs.writeFileSync(`${out}/final.txt`, await p.locator("main").innerText());
fs.writeFileSync(`${out}/storage.json`, await p.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage)), null, 1)));
await ctx.storageState({ path: `${out}/state.json` });
console.log(log.join("\n")); await b.close();
