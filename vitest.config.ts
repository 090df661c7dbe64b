import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.{ts,tsx}", "app/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "proxy.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Route tests send many requests from one (absent) address: rate limits off unless a test sets them.
    env: { VIGIE_RATE_DOCUMENTS: "0", VIGIE_RATE_CREATIONS: "0" },
  },
  resolve: {
    alias: {
      "@/": new URL("./", import.meta.url).pathname,
      "server-only": new URL("./lib/testing/server-only-stub.ts", import.meta.url).pathname,
    },
  },
});
