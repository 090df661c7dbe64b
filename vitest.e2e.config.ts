import { defineConfig } from "vitest/config";

/** Browser journeys and HTTP tests against the production build (`npm run build` first). */
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["e2e/support/global-setup.ts"],
    setupFiles: ["e2e/support/intl-guard.ts"],
    testTimeout: 90_000,
    hookTimeout: 200_000,
    fileParallelism: false,
  },
  resolve: { alias: { "@/": new URL("./", import.meta.url).pathname } },
});
