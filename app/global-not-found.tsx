import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/shell/not-found-content";
import { SiteShell } from "@/components/shell/site-shell";
import { STATIC_FILES_METADATA } from "./static-files";
import type { TLocale } from "@/lib/i18n/locales";

/*
 * Any URL no route matches: an unknown path under a locale (/en/nope), or an unknown locale, which
 * the proxy sends to the default one (/de → /fr/de). The locale is the one the proxy found in the
 * path, else the default (i18n/request.ts). Unlike a catch-all page calling notFound(), whose 404
 * Next 16 serves as an empty shell filled in by JavaScript, this page is server-rendered.
 */

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const [tMeta, t] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getTranslations({ locale, namespace: "NotFound" }),
  ]);
  return { title: `${t("title")} · ${tMeta("title")}`, description: tMeta("description"), ...STATIC_FILES_METADATA };
}

export default async function GlobalNotFound() {
  const locale = (await getLocale()) as TLocale;
  return (
    <SiteShell locale={locale}>
      <NotFoundContent />
    </SiteShell>
  );
}
