/**
 * The README's screenshot: an example's result page in English.
 *   npx tsx scripts/screenshot.ts [baseUrl] [example] [out.png]   (a server must be running)
 */
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { STORAGE_KEY } from "../lib/browser/draft-storage";

const [base = "http://localhost:3000", example = "examples/education-suite-contract.json", out = "docs/screenshot-result.png"] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
await page.goto(`${base}/en`);
await page.evaluate(([key, doc]) => localStorage.setItem(key!, doc!), [STORAGE_KEY, readFileSync(example, "utf8")]);
await page.goto(`${base}/en/result`);
await page.getByRole("heading", { level: 1 }).waitFor();
await page.screenshot({ path: out });
await browser.close();
console.log(out);
