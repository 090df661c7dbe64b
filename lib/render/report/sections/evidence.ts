import { answeredRules, sourcing } from "@/lib/domain/engine";
import { formatDate } from "@/lib/i18n/format";
import type { TEvidenceAnnex } from "../types";
import type { TBuildContext } from "./context";

/** "12 of 38 of the vendor's answers rest on a source. 20 of 45 answers given rest on a source." */
export function sourcingText(ctx: TBuildContext): string {
  const s = sourcing(ctx.doc, ctx.catalogue);
  return `${ctx.t("Evidence.vendorCount", { sourced: s.vendorSourced, answered: s.vendorAnswered })} ${ctx.t("Evidence.allCount", { sourced: s.sourced, answered: s.answered })}`;
}

/** The annex "What the answers rest on": each answer with its sources, then the answers given without one. */
export function buildEvidenceAnnex(ctx: TBuildContext): TEvidenceAnnex {
  const { t, locale, doc } = ctx;
  const rules = answeredRules(doc, ctx.catalogue);
  const row = (id: string) => ({ id, question: ctx.questionText(id), answer: ctx.answerLabel(id) });
  return {
    heading: t("Evidence.sectionTitle"),
    intro: sourcingText(ctx),
    sourced: rules
      .filter((r) => r.sourced)
      .map((r) => ({
        ...row(r.ruleId),
        answerLine: t("Evidence.answer", { answer: ctx.answerLabel(r.ruleId) }),
        items: (doc.evidence?.[r.ruleId] ?? []).map((item) => ({
          kind: t(`Evidence.kindsShort.${item.kind}`),
          source: item.source,
          quote: item.quote ?? "",
          meta: item.by === undefined ? t("Evidence.itemMeta", { date: formatDate(locale, item.date) }) : t("Evidence.itemMetaBy", { date: formatDate(locale, item.date), by: item.by }),
        })),
      })),
    unsourcedHeading: t("Evidence.unsourcedTitle", { count: rules.filter((r) => !r.sourced).length }),
    unsourced: rules.filter((r) => !r.sourced).map((r) => row(r.ruleId)),
  };
}
