import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/server/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // app/global-not-found.tsx: the localised 404 of URLs no route matches (the root layout is [locale]'s).
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  serverExternalPackages: ["@react-pdf/renderer", "@electric-sql/pglite", "pg", "piscina", "@ghostery/trackerdb"],
  outputFileTracingIncludes: { "/api/**": ["./lib/render/kit/fonts/**", "./lib/server/db/migrations/**"] },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

// Messages are compiled at build time (icu-minify), so the browser gets a small formatter instead of
// the ICU parser (intl-messageformat): about 12 kB gzip less JavaScript on every page.
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
