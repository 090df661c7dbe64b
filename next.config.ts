import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@react-pdf/renderer", "@electric-sql/pglite", "pg"],
  outputFileTracingIncludes: { "/api/**": ["./lib/report/fonts/**", "./lib/db/migrations/**"] },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
