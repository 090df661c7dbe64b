import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { HSTS, pageCsp } from "./lib/security/headers";
import { secureCookies, servedOverHttps } from "./lib/security/transport";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  request.headers.set("Content-Security-Policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps(request, process.env.VIGIE_PUBLIC_URL)) {
    response.headers.set("Strict-Transport-Security", HSTS);
    secureCookies(response);
  }
  return response;
}

export const config = {
  // Every path but the API, Next's assets and the app's own root file (app/icon.svg; public/ is
  // empty): a path with a dot (/report.pdf, /en/report.pdf) is a page too, whose 404 gets a locale
  // and the page CSP, so it shows styled in the right language. A file added to public/ must be
  // left out here as well (proxy.test.ts checks).
  matcher: "/((?!(?:api|_next|_vercel)/|__nextjs|icon\\.svg$).*)",
};
