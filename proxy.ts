import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { HSTS, pageCsp } from "./lib/security/headers";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  request.headers.set("Content-Security-Policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [
    // Pages only: API routes, Next's assets and files with an extension get the static headers.
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // …except under a locale, where nothing is a file: /en/report.pdf gets the English 404 page,
    // styled (page CSP and nonce). The locales are written out: Next reads this config statically.
    "/(fr|en)/:path*",
  ],
};
