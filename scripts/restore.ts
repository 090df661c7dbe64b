/**
 * Puts a backup made by `npm run backup` back into the data directory; the server must be stopped.
 *   npm run restore -- vigie.tar.gz [--force]
 */
import { runRestoreCli } from "../lib/server/cli/ops-cli";

process.exitCode = await runRestoreCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
