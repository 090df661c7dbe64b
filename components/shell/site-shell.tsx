// The global sheet first: the components' CSS modules below come after it in the cascade.
import "@/app/tokens.css";
import "@/app/globals.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import { ClientMessages } from "./client-messages";
import { HydrationMark } from "./hydration-mark";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import styles from "./site-shell.module.css";

type TProps = { locale: TLocale; children: ReactNode };

/**
 * The document around every page: its language, the skip link, the header and the footer. It sends
 * the browser the shell's messages only; each part of the site wraps its pages in a provider of its
 * own messages, which replaces these below it (lib/i18n/client-messages.ts).
 */
export async function SiteShell({ locale, children }: TProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale}>
      <body>
        <ClientMessages locale={locale} scope="shell">
          <a className={styles.skipLink} href="#main">
            {t("skipLink")}
          </a>
          <SiteHeader />
          {children}
          <SiteFooter />
          <HydrationMark />
        </ClientMessages>
      </body>
    </html>
  );
}
