import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { apiError } from "./lib/server/http/errors";
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n/locales";
import { HSTS, pageCsp } from "./lib/server/security/headers";
import { secureCookies, servedOverHttps } from "./lib/server/security/transport";

const intl = createMiddleware(routing);

/** Whether every percent escape of a path decodes (on `%ff` or `%zz`, Next.js answers a bare 500). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The locale a path starts with, else the default. */
const localeOf = (pathname: string) => {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
};

/**
 * The styled 404 for a path that cannot be decoded: a rewrite to a path no page has, which
 * app/global-not-found.tsx draws in the locale passed the way next-intl's middleware passes it
 * (its request header, read by i18n/request.ts).
 */
function badAddressPage(request: NextRequest): NextResponse {
  const locale = localeOf(request.nextUrl.pathname);
  request.headers.set("X-NEXT-INTL-LOCALE", locale);
  return NextResponse.rewrite(new URL(`/${locale}/_bad-address`, request.url), { request: { headers: request.headers } });
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The API only comes here for a path with a percent sign (see the matcher).
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return decodable(pathname)
      ? NextResponse.next()
      : apiError(request, "invalid_path", [{ field: "(path)", code: "invalid_format", received: pathname.slice(0, 40) }]);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  request.headers.set("Content-Security-Policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = decodable(pathname) ? intl(request) : badAddressPage(request);
  response.headers.set("Content-Security-Policy", csp);
  // The vendor's page sets no cookie (the vendor is no user of Vigie's, and its link is all it needs).
  if (/^\/(?:fr|en)\/vendor\/?$/.test(pathname)) response.headers.delete("set-cookie");
  if (servedOverHttps(request, process.env.VIGIE_PUBLIC_URL)) {
    response.headers.set("Strict-Transport-Security", HSTS);
    secureCookies(response);
  }
  return response;
}

export const config = {
  // Every path but the API, Next's assets and the files in public/ (icon, robots.txt, manifest): a
  // path with a dot (/report.pdf, /en/report.pdf) is a page too, whose 404 gets a locale and the
  // page CSP, so it shows styled in the right language. A file added to public/ must be
  // left out here as well (proxy.test.ts checks). An API path comes here only when it holds a
  // percent sign, so that a malformed escape gets a 400; other API requests skip the proxy.
  matcher: ["/((?!(?:api|_next|_vercel)/|__nextjs|(?:icon\\.svg|robots\\.txt|manifest\\.webmanifest)$).*)", "/api/:path((?:.*)%(?:.*))"],
};
