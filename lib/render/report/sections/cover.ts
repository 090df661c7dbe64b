import { findingCounts } from "@/lib/domain/engine";
import { verdictKey, verdictSummaryKey } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import type { TCover } from "../types";
import type { TBuildContext } from "./context";
import { buildReportDecision } from "./decision";
import { controllerKeys, controllerOf } from "@/lib/domain/controller";

type TFact = TCover["facts"][number];

function schoolValue({ t, doc }: TBuildContext): string | null {
  const { name, uai } = doc.school ?? {};
  if (name !== undefined && uai !== undefined) return t("Report.cover.schoolWithUai", { name, uai });
  if (uai !== undefined) return t("Report.cover.uaiOnly", { uai });
  return name ?? null;
}

function assessorValue({ t, doc }: TBuildContext): string | null {
  const { name, role } = doc.assessor ?? {};
  if (name !== undefined && role !== undefined) return t("Report.cover.assessorWithRole", { name, role });
  return name ?? role ?? null;
}

export function buildCover(ctx: TBuildContext): TCover {
  const { t, doc, evaluation, locale } = ctx;
  const known: [TFact["id"], string | null | undefined][] = [
    ["vendor", doc.service.vendor],
    ["url", doc.service.url],
    ["school", schoolValue(ctx)],
    ["assessor", assessorValue(ctx)],
    ["mode", doc.mode === undefined ? null : t(`Modes.${doc.mode}.label`)],
    ["date", formatDate(locale, ctx.now)],
    ["catalogue", evaluation.catalogueVersion],
  ];
  const facts = known.flatMap(([id, value]): TFact[] =>
    value === null || value === undefined ? [] : [{ id, label: t(`Report.cover.${id}`), value }],
  );
  // A parents' association asks for information: its report is not worded as the school's decision.
  const parents = doc.mode === "parents";
  return {
    bookmark: t("Report.cover.bookmark"),
    kicker: t(parents ? "Report.cover.parents.kicker" : "Report.cover.kicker"),
    serviceName: doc.service.name,
    facts,
    verdict: {
      id: evaluation.verdict,
      heading: t(parents ? "Report.cover.parents.verdictHeading" : "Report.cover.verdictHeading"),
      label: t(verdictKey(evaluation.verdict, "label", evaluation.basis)),
      summary: t(verdictSummaryKey(evaluation.verdict, evaluation.basis, doc.mode, (evaluation.prohibited?.length ?? 0) > 0, findingCounts(evaluation.findings).confirmed > 0)),
    },
    decision: buildReportDecision(ctx),
    // Whom to send the report to: the DPO of this kind of school (lib/domain/controller).
    disclaimer: parents
      ? t("Report.cover.parents.disclaimer")
      : t("Report.cover.disclaimer", { dpoWho: t(controllerKeys(controllerOf(doc.answers)).dpoWho) }),
  };
}
