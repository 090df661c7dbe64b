import { chromium } from "playwright-core";
export const BASE = "http://localhost:3300";
export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"] });
}
export function watch(page, log) {
  page.on("console", m => { if (["error","warning"].includes(m.type())) log.push(`console.${m.type()}: ${m.text()}`); });
  page.on("pageerror", e => log.push(`pageerror: ${e.message}`));
  page.on("response", r => { if (r.status() >= 400) log.push(`HTTP ${r.status()} ${r.url()}`); });
}
