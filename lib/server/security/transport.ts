import type { NextResponse } from "next/server";

/**
 * Whether the site is served over HTTPS: its public URL (VIGIE_PUBLIC_URL) is https, or this
 * request came over TLS, directly or through a proxy that says so (X-Forwarded-Proto). The public
 * URL is enough: behind a TLS-terminating proxy that sends no such header, the browser still sees
 * https.
 */
export function servedOverHttps(request: { url: string; headers: Headers }, publicUrl: string | undefined): boolean {
  if (publicUrl !== undefined && /^\s*https:/i.test(publicUrl)) return true;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return new URL(request.url).protocol === "https:" || forwarded === "https";
}

/** Marks every cookie the response sets (next-intl's locale cookie) Secure, its other attributes kept. */
export function secureCookies(response: NextResponse): void {
  for (const cookie of response.cookies.getAll()) response.cookies.set({ ...cookie, secure: true });
}
