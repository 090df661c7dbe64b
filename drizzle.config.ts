import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` writes the SQL migrations that the server applies at start. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/server/db/schema.ts",
  out: "./lib/server/db/migrations",
});
