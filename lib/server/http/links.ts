import "server-only";
import { readEnv } from "../env";
import { absolute, LINK_PATHS } from "@/lib/i18n/links";
import { errorLocale } from "./errors";

/** A Host header: a name or an IPv4 address, or a bracketed IPv6 address, and maybe a port. */
const HOST = /^(?<name>[a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/**
 * The origin of the links handed out: VIGIE_PUBLIC_URL when set; else the request's own origin
 * (its Host header) when that host is one VIGIE_ALLOWED_HOSTS names (default: localhost,
 * 127.0.0.1, [::1]); else the server's own address as Next.js sees it (http://localhost:PORT). A
 * client cannot make Vigie hand out links to a host the operator has not listed.
 */
export function publicOrigin(req: Request): string {
  const env = readEnv();
  if (env.VIGIE_PUBLIC_URL !== undefined) return env.VIGIE_PUBLIC_URL;
  const own = new URL(req.url);
  const host = req.headers.get("host")?.trim() ?? "";
  const name = HOST.exec(host)?.groups?.name?.toLowerCase();
  const allowed = env.VIGIE_ALLOWED_HOSTS.split(",").map((h) => h.trim().toLowerCase());
  return name !== undefined && allowed.includes(name) ? `${own.protocol}//${host.toLowerCase()}` : own.origin;
}

/** Read and edit links of an assessment, in the caller's language. */
export function assessmentLinks(req: Request, id: string, editToken: string) {
  const origin = publicOrigin(req);
  const locale = errorLocale(req);
  return {
    readUrl: absolute(origin, LINK_PATHS.assessmentRead(locale, id)),
    editUrl: absolute(origin, LINK_PATHS.assessmentEdit(locale, id, editToken)),
  };
}

export function registerLinks(req: Request, id: string, editToken: string) {
  const origin = publicOrigin(req);
  const locale = errorLocale(req);
  return {
    readUrl: absolute(origin, LINK_PATHS.registerRead(locale, id)),
    editUrl: absolute(origin, LINK_PATHS.registerEdit(locale, id, editToken)),
  };
}

export const assessmentReadUrl = (req: Request, id: string) => absolute(publicOrigin(req), LINK_PATHS.assessmentRead(errorLocale(req), id));
