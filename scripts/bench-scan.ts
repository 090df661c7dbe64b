/**
 * Times the public scan on fixture vendor sites served on 127.0.0.1 (nothing leaves the machine):
 * an http home page that redirects to an https one (self-signed certificate made with openssl),
 * which links a login page and a French and an English policy page and references five third parties.
 *   npx tsx --conditions=react-server scripts/bench-scan.ts [runs]
 * With VIGIE_SCAN_CHROMIUM set, in browser mode (other sites' requests refused: nothing leaves loopback).
 */
import { allowedHosts } from "../lib/server/scan/address-policy";
import { runScan, scanSettings } from "../lib/server/scan/scan";
import { html, redirect, selfSignedCertificate, serveSite } from "../lib/server/scan/testing/fixture-sites";

const runs = Number(process.argv[2] ?? 20);
const HOME = `<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><script src="https://static.hotjar.com/c/hotjar-1.js"></script>
<img src="https://www.facebook.com/tr?id=1"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><iframe src="https://www.youtube.com/embed/x"></iframe>
<a href="/connexion">Se connecter</a><a href="/confidentialite">Politique de confidentialité</a><a href="/en/privacy">Privacy policy</a>${"<p>Lorem ipsum dolor sit amet.</p>".repeat(2000)}`;

const certificate = selfSignedCertificate();
const secure = await serveSite(
  {
    "/": html(HOME, { "Set-Cookie": ["sid=1; Secure; HttpOnly", "_ga=GA1.1; Max-Age=33696000"], "Strict-Transport-Security": "max-age=31536000" }),
    "/connexion": html(`<script src="https://cdn.matomo.cloud/x/matomo.js"></script>`),
    "/confidentialite": html(`<p>${"Délégué à la protection des données. ".repeat(3000)}</p>`),
    "/en/privacy": html(`<p>${"Data Protection Officer. ".repeat(3000)}</p>`),
  },
  certificate,
);
const plain = await serveSite({ "/": redirect(() => `${secure.origin}/`, 301) });
const settings = { ...scanSettings(), browserThirdParty: "abort" as const, allowHosts: allowedHosts(`${plain.hostPort},${secure.hostPort}`), ca: certificate.cert };

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = await runScan(new URL(`${plain.origin}/`), settings);
  times.push(performance.now() - started);
  if (result.partial) throw new Error("partial scan");
}
const first = times[0] ?? 0;
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
console.log(`${runs} scans (4 pages each, ${settings.chromium === null ? "static" : "browser"} mode): first ${first.toFixed(0)} ms (opens the IP database), median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
await Promise.all([secure.close(), plain.close()]);
