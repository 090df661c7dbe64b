/**
 * A consistent copy of the embedded database (PGlite) in one file; the server must be stopped.
 *   npm run backup -- [-o vigie.tar.gz]
 */
import { runBackupCli } from "../lib/server/cli/ops-cli";

process.exitCode = await runBackupCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
