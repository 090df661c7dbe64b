import { SEVERITIES, domainKey, severityKey } from "@/lib/domain/catalogue";
import { formatNumber } from "@/lib/i18n/format";
import type { TMatrix, TMatrixCell } from "../types";
import type { TBuildContext } from "./context";

/**
 * Severity × domain. The engine has no likelihood (answers say what the contract and settings allow,
 * not how often harm happens), so the matrix shows where the risks gather instead of inventing one.
 */
export function buildMatrix(ctx: TBuildContext): TMatrix {
  const { t, locale, evaluation } = ctx;
  const severities = [...SEVERITIES].reverse();
  const rows = evaluation.domains.map((d) => ({
    id: d.id,
    title: t(domainKey(d.id, "title")),
    cells: severities.map((severity): TMatrixCell => {
      const here = evaluation.findings.filter((f) => f.domain === d.id && f.severity === severity);
      const unknown = here.filter((f) => f.unknown).length;
      const confirmed = here.length - unknown;
      return {
        severity,
        confirmed,
        unknown,
        main: confirmed > 0 || unknown > 0 ? formatNumber(locale, confirmed) : "\u2013",
        sub: unknown > 0 ? t("Report.matrix.unknownCount", { count: unknown }) : "",
      };
    }),
  }));
  return {
    heading: t("Report.matrix.heading"),
    explanation: [t("Report.matrix.explanation"), t("Report.matrix.whyNoLikelihood")],
    rowAxis: t("Report.matrix.rowAxis"),
    columnAxis: t("Report.matrix.columnAxis"),
    columns: severities.map((severity) => ({ severity, label: t(severityKey(severity)) })),
    rows,
    legend: t("Report.matrix.legend"),
  };
}
