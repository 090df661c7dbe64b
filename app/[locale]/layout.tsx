import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site-shell";
import { routing } from "@/i18n/routing";

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
  return (
    <SiteShell locale={locale} clientNamespaces={CLIENT_NAMESPACES}>
      {children}
    </SiteShell>
  );
}
