import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import "@/app/globals.css";

/** The namespaces the shell's own client components read (the language switch in the header). */
export const SHELL_NAMESPACES: ReadonlySet<string> = new Set(["LanguageSwitch"]);

type TProps = {
  locale: TLocale;
  /** The message namespaces sent to the browser; the others stay on the server. */
  clientNamespaces: ReadonlySet<string>;
  children: ReactNode;
};

/** The document around every page: its language, the skip link, the header and the footer. */
export async function SiteShell({ locale, clientNamespaces, children }: TProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const messages = Object.fromEntries(
    Object.entries(await getMessages({ locale })).filter(([ns]) => clientNamespaces.has(ns)),
  );
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <a className="skip-link" href="#main">
            {t("skipLink")}
          </a>
          <SiteHeader />
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
