/**
 * Command line: the verdict or the PDF report of one answers file.
 *   npm run report -- answers.json --lang en -o report.pdf
 *   npm run report -- answers.json --json
 */
import { runReportCli } from "../lib/server/cli/report-cli";

process.exitCode = await runReportCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
