import "server-only";
import { readEnv } from "../env";
import { absolute, LINK_PATHS } from "@/lib/i18n/links";
import { errorLocale } from "./errors";

/** The origin of the links handed out: VIGIE_PUBLIC_URL when set, else the request's own. */
export const publicOrigin = (req: Request) => readEnv().VIGIE_PUBLIC_URL ?? new URL(req.url).origin;

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
