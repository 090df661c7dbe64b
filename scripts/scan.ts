/**
 * Scans a service's public pages and prints the result as JSON (the same as POST /api/scan).
 *   npm run scan -- https://www.example.fr
 * VIGIE_SCAN_ALLOW_HOSTS lets listed host:port pairs through the address check, as on the server.
 * A refused URL prints the reason on stderr and exits with 2.
 */
import { checkScanTarget, runScan, scanSettings } from "../lib/server/scan/scan";

const url = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (url === undefined) {
  process.stderr.write("Usage: npm run scan -- URL\n");
  process.exitCode = 2;
} else {
  const settings = scanSettings();
  const target = await checkScanTarget(url, settings);
  if (!target.ok) {
    process.stderr.write(`${JSON.stringify({ error: "invalid_request", fields: [{ field: "url", code: target.code }] })}\n`);
    process.exitCode = 2;
  } else {
    const result = await runScan(target.url, settings);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
}
