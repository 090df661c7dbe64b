import type { TAnswersDocument } from "@/lib/domain/schema";
import { formatDate } from "@/lib/i18n/format";
import type { TTranslate } from "@/lib/i18n/translator";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sources of one answer as the PIA tool's rich text: one line each (kind, where, what it says,
 * when and by whom), each after a line break; "" when the answer has none.
 */
export function piaSources(t: TTranslate, document: TAnswersDocument, id: string): string {
  return (document.evidence?.[id] ?? [])
    .map((item) => {
      const date = formatDate(t.locale, item.date);
      const line = t("Evidence.piaItem", {
        kind: t(`Evidence.kindsShort.${item.kind}`),
        source: item.source,
        hasQuote: item.quote === undefined ? "no" : "yes",
        quote: item.quote ?? "",
        meta: item.by === undefined ? t("Evidence.itemMeta", { date }) : t("Evidence.itemMetaBy", { date, by: item.by }),
      });
      return `<br>${escapeHtml(line).replace(/\r?\n/g, "<br>")}`;
    })
    .join("");
}
