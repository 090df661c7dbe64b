/**
 * Deletes the saved assessments neither read nor changed for a given time (GDPR minimisation).
 *   npm run retention -- --older-than 365d --dry-run
 */
import { runRetentionCli } from "../lib/server/cli/ops-cli";

process.exitCode = await runRetentionCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
