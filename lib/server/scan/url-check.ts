import "server-only";
import { lookup } from "node:dns/promises";
import { addressRefusal, hostPortOf } from "./address-policy";

/**
 * The checks every URL the scan would request goes through (the one typed, and each redirect): first
 * its form, then the addresses its host resolves to, looked up once.
 */

/** Why a URL is not requested; the route's 400 names `url` with this code. */
export const URL_REFUSALS = ["invalid_url", "scheme_not_allowed", "credentials_in_url", "refused_address", "unresolvable"] as const;
export type TUrlRefusal = (typeof URL_REFUSALS)[number];

export type TUrlForm = { ok: true; url: URL } | { ok: false; code: TUrlRefusal };

/**
 * A URL as typed: http or https only (a bare host name reads as https://), no user name or password,
 * and no host that names this machine (`localhost`, `*.localhost`, `*.local`'s mDNS is left to the
 * address check). Decimal, hex and octal IPv4 forms (`http://2130706433/`) are turned into dotted
 * decimal by the URL parser and then checked as addresses like any other.
 */
export function checkUrlForm(raw: string): TUrlForm {
  const text = raw.trim();
  if (text === "" || text.length > 2048) return { ok: false, code: "invalid_url" };
  // "example.fr/path" has no scheme; "mailto:x", "file:/x", "data:..." have one that is refused below.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, code: "invalid_url" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, code: "scheme_not_allowed" };
  if (url.username !== "" || url.password !== "" || /^[a-z]+:\/\/[^/?#]*@/i.test(text)) return { ok: false, code: "credentials_in_url" };
  const host = url.hostname.toLowerCase();
  if (host === "") return { ok: false, code: "invalid_url" };
  if (host === "localhost" || host.endsWith(".localhost") || host === "localhost.") return { ok: false, code: "refused_address" };
  url.hash = "";
  return { ok: true, url };
}

export type TResolved = { address: string; family: 4 | 6 };

export type TUrlTarget = { ok: true; url: URL; addresses: TResolved[]; allowed: boolean } | { ok: false; code: TUrlRefusal; address?: string };

export interface TResolveOptions {
  /** VIGIE_SCAN_ALLOW_HOSTS, parsed. */
  allowHosts: ReadonlySet<string>;
  /** Longest wait for the resolver, in ms. */
  timeoutMs: number;
  /** The resolver; the tests give one that answers from a table. */
  resolve?: (host: string) => Promise<TResolved[]>;
}

const systemResolve = async (host: string): Promise<TResolved[]> =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Resolves the URL's host once and checks every address it gives: one refused address refuses the
 * URL (a name that also resolves to 10.0.0.1 is not fetched at all). A `host:port` listed in
 * VIGIE_SCAN_ALLOW_HOSTS passes whatever it resolves to. The addresses returned are the only ones
 * the request may connect to.
 */
export async function resolveTarget(url: URL, options: TResolveOptions): Promise<TUrlTarget> {
  const allowed = options.allowHosts.has(hostPortOf(url));
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: TResolved[];
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("resolver timeout")), options.timeoutMs);
    });
    addresses = await Promise.race([(options.resolve ?? systemResolve)(host), timeout]);
  } catch {
    return { ok: false, code: "unresolvable" };
  } finally {
    clearTimeout(timer);
  }
  if (addresses.length === 0) return { ok: false, code: "unresolvable" };
  if (!allowed) {
    for (const a of addresses) {
      if (addressRefusal(a.address) !== null) return { ok: false, code: "refused_address", address: a.address };
    }
  }
  return { ok: true, url, addresses, allowed };
}
