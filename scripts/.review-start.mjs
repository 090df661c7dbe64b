import { launch, BASE, watch } from "./.review-lib.mjs";
const b = await launch(); const log = [];
for (const lang of ["fr","en"]) for (const [w,h,tag] of [[1280,800,"d"],[390,844,"m"]]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h } });
  const p = await ctx.newPage(); watch(p, log);
  await p.goto(`${BASE}/${lang}`); await p.waitForLoadState("networkidle");
  await p.screenshot({ path: `/tmp/review/start-${lang}-${tag}.png`, fullPage: true });
  if (tag==="d") console.log(`==== ${lang}\n`, (await p.locator("body").innerText()).slice(0,3000));
  await ctx.close();
}
console.log(log.join("\n")); await b.close();
