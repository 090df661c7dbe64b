import { verdictKey } from "../../catalogue";
import { formatDate } from "../../i18n/format";
import type { TCover } from "../types";
import type { TBuildContext } from "./context";

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
    ["date", formatDate(locale, ctx.now)],
    ["catalogue", evaluation.catalogueVersion],
  ];
  const facts = known.flatMap(([id, value]): TFact[] =>
    value === null || value === undefined ? [] : [{ id, label: t(`Report.cover.${id}`), value }],
  );
  return {
    bookmark: t("Report.cover.bookmark"),
    kicker: t("Report.cover.kicker"),
    serviceName: doc.service.name,
    facts,
    verdict: {
      id: evaluation.verdict,
      heading: t("Report.cover.verdictHeading"),
      label: t(verdictKey(evaluation.verdict, "label")),
      summary: t(verdictKey(evaluation.verdict, "summary")),
    },
    disclaimer: t("Report.cover.disclaimer"),
  };
}
