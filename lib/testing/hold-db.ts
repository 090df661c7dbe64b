/**
 * A stand-in for a running Vigie server, for the storage tests: opens the server's database
 * (lib/server/db/client, from the environment), prints "ready", and waits for a signal.
 * Run with: node --conditions=react-server --import tsx lib/testing/hold-db.ts
 */
import { getDb } from "../server/db/client";

await getDb();
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
