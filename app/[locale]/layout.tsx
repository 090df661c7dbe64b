import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { routing } from "@/i18n/routing";
import "../globals.css";

type TProps = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The namespaces client components read. Only these are sent to the browser; the others (API
 * errors, CLI, PDF report, exports, server-rendered layout texts) stay on the server.
 */
const CLIENT_NAMESPACES = new Set([
  "LanguageSwitch", "Start", "Nav", "Form", "FormErrors", "Review", "Result",
  "Answers", "Severity", "Verdict", "DomainStatus", "Conditions", "Reference", "Modifiers", "Dpia", "Sources", "Domains", "Rules", "Modes", "ResultDocuments",
  "Save", "SavedAssessment", "PublicCatalogue", "ImportFile", "Register", // saved assessments (issue 5)
]);

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: TProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Layout" });
  const messages = Object.fromEntries(
    Object.entries(await getMessages({ locale })).filter(([ns]) => CLIENT_NAMESPACES.has(ns)),
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
