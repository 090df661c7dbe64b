import { UNKNOWN, domainKey } from "@/lib/domain/catalogue";
import type { TAnnex, TAnnexRow } from "../types";
import type { TBuildContext } from "./context";

/** Every question of the catalogue, context first, grouped by domain, with the answer given. */
export function buildAnnex(ctx: TBuildContext): TAnnex {
  const { t, catalogue, evaluation } = ctx;
  const answers = ctx.doc.answers as Readonly<Partial<Record<string, string>>>;
  const notApplicable = new Set(evaluation.domains.flatMap((d) => d.notApplicable));
  const row = (id: string): TAnnexRow => {
    const value = answers[id];
    const state: TAnnexRow["state"] = notApplicable.has(id)
      ? "not_applicable"
      : value === undefined
        ? "not_answered"
        : value === UNKNOWN
          ? "unknown"
          : "answered";
    const answer =
      state === "not_applicable" ? t("Report.annex.notApplicable") : ctx.answerLabel(id);
    return { id, question: ctx.questionText(id), answer, state };
  };
  return {
    heading: t("Report.annex.heading"),
    intro: t("Report.annex.intro"),
    headers: {
      id: t("Report.annex.headers.id"),
      question: t("Report.annex.headers.question"),
      answer: t("Report.annex.headers.answer"),
    },
    groups: [
      { id: "CTX", title: t(domainKey("CTX", "title")), rows: catalogue.context.map((q) => row(q.id)) },
      ...catalogue.domains.map((d) => ({ id: d.id, title: t(domainKey(d.id, "title")), rows: d.rules.map((r) => row(r.id)) })),
    ],
  };
}
