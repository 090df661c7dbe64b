import "server-only";
import { parseSetCookie } from "set-cookie-parser";
import type { TScanCookie } from "@/lib/domain/scan/scan-shape";

/**
 * The cookies a response sets (Set-Cookie headers, read with set-cookie-parser): name, domain (the
 * response's host when the cookie names none), path, lifetime in seconds (Max-Age wins over Expires,
 * as in browsers; null for a session cookie), Secure, HttpOnly, SameSite. Values are never kept.
 */
export function cookiesOf(setCookies: readonly string[], responseUrl: string, pageUrl: string, now: Date): TScanCookie[] {
  const url = new URL(responseUrl);
  return parseSetCookie([...setCookies], { decodeValues: false }).map((c) => {
    const lifetime = c.maxAge !== undefined && Number.isFinite(c.maxAge) ? c.maxAge : c.expires !== undefined && !Number.isNaN(c.expires.getTime()) ? Math.round((c.expires.getTime() - now.getTime()) / 1000) : null;
    return {
      name: c.name,
      domain: (c.domain ?? url.hostname).replace(/^\./, "").toLowerCase(),
      path: c.path ?? "/",
      maxAgeSeconds: lifetime === null ? null : Math.max(0, lifetime),
      secure: c.secure === true,
      httpOnly: c.httpOnly === true,
      sameSite: c.sameSite ?? null,
      pageUrl,
      thirdParty: false,
    };
  });
}
