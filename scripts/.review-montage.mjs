// node .review-montage.mjs out.png cols img1 img2 ...
import { launch } from "./.review-lib.mjs";
import fs from "node:fs";
const [out, cols, ...imgs] = process.argv.slice(2);
const b = await launch(); const p = await b.newPage({ viewport: { width: 1600, height: 800 } });
const html = `<body style="margin:0;background:#888"><div style="display:grid;grid-template-columns:repeat(${cols},1fr);gap:6px;padding:6px">` +
 imgs.map(f => `<figure style="margin:0;background:#fff"><img style="width:100%;display:block;border:1px solid #000" src="data:image/png;base64,${fs.readFileSync(f).toString("base64")}"><figcaption style="font:12px sans-serif">${f.split("/").pop()}</figcaption></figure>`).join("") + "</div></body>";
await p.setContent(html); await p.screenshot({ path: out, fullPage: true }); await b.close();
