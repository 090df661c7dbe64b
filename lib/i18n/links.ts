import type { TLocale } from "./locales";

/**
 * The links Vigie hands out. The edit token travels in the URL fragment (`#token=…`), which browsers
 * never send to the server nor in a Referer, so it stays out of server logs.
 */
export const LINK_PATHS = {
  assessmentRead: (locale: TLocale, id: string) => `/${locale}/assessments/${id}`,
  assessmentEdit: (locale: TLocale, id: string, token: string) => `/${locale}/assessments/${id}/edit#token=${token}`,
  registerRead: (locale: TLocale, id: string) => `/${locale}/registers/${id}`,
  registerEdit: (locale: TLocale, id: string, token: string) => `/${locale}/registers/${id}/edit#token=${token}`,
  publicEntry: (locale: TLocale, publicId: string) => `/${locale}/catalogue/${publicId}`,
  vendorAnswer: (locale: TLocale, token: string) => `/${locale}/vendor#token=${token}`,
} as const;

export const absolute = (origin: string, path: string) => new URL(path, origin).toString();
