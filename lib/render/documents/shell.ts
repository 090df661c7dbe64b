import type { TLocale } from "@/lib/i18n/locales";
import type { TTranslate } from "@/lib/i18n/translator";
import type { TBlock, TDocumentViewModel } from "./types";
import type { TAnyDocumentKind } from "@/lib/domain/documents";

export interface TDocumentFrame {
  kind: TAnyDocumentKind;
  locale: TLocale;
  t: TTranslate;
  now: Date;
  title: string;
  /** What the footer names the document after: the service, or the register. */
  subjectName: string;
  blocks: TBlock[];
  colophon: string;
  /** The kind's name above the title and in the footer, when it differs from the kind's usual name. */
  documentName?: string;
  /** Printed at the top of every page, and at the top and bottom of the Markdown. */
  banner?: string;
}

/**
 * What every document has around its blocks, whatever it is about (one assessment or a register):
 * the kind's name above the title, the document information, the footer and its page numbers.
 */
export function documentFrame({ kind, locale, t, now, title, subjectName, blocks, colophon, documentName = t(`Documents.kinds.${kind}`), banner }: TDocumentFrame): TDocumentViewModel {
  return {
    kind,
    locale,
    meta: {
      title,
      subject: documentName,
      keywords: t("Report.meta.keywords"),
      author: "Vigie",
      creationDate: now.toISOString(),
    },
    page: {
      footer: t("Documents.common.footer", { service: subjectName, document: documentName }),
      pageNumberTemplate: t("Report.page.number", { page: "{page}", total: "{total}" }),
      ...(banner === undefined ? {} : { banner }),
    },
    kicker: documentName,
    title,
    blocks,
    colophon,
  };
}
