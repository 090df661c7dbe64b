import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_MESSAGES, pickMessages, type TClientMessageScope } from "@/lib/i18n/client-messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** `locale` as the route gives it: the [locale] layout has already turned away any other value. */
type TProps = { locale: string; scope: TClientMessageScope; children: ReactNode };

/** Gives the client components below it the messages of one part of the site (and only those). */
export async function ClientMessages({ locale: rawLocale, scope, children }: TProps) {
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const messages = pickMessages(await getMessages({ locale }), CLIENT_MESSAGES[scope]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
