import { SEVERITIES, domainStatusKey, severityKey, verdictKey } from "@/lib/domain/catalogue";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { formatList, formatReference, formatSourceDate } from "@/lib/i18n/format-reference";
import type { TMethod } from "../types";
import type { TBuildContext } from "./context";

/** The method, with every number read from the catalogue's scoring (never typed here). */
export function buildMethod(ctx: TBuildContext): TMethod {
  const { t, locale, catalogue } = ctx;
  const { scoring } = catalogue;
  const severity = (s: string) => t(severityKey(s));
  const status = (s: string) => t(domainStatusKey(s));
  const verdict = (v: string) => t(verdictKey(v, "label"));
  const percent = (p: number) => formatPercent(locale, p / 100);
  const labels = {
    block: severity(scoring.blocking),
    high: severity("HIGH"),
    fail: status("fail"),
    warn: status("warn"),
    pass: status("pass"),
  };
  const questions = catalogue.domains.reduce((n, d) => n + d.rules.length, 0);
  return {
    heading: t("Report.method.heading"),
    paragraphs: [
      t("Report.method.intro", {
        questions,
        domains: catalogue.domains.length,
        severities: formatList(locale, SEVERITIES.map(severity)),
      }),
      t("Report.method.unknown", { min: formatNumber(locale, scoring.points.LOW) }),
      t("Report.method.context", { cap: severity(scoring.raiseCap) }),
      t("Report.method.maximum"),
      t("Report.method.basis"),
    ],
    pointsTable: {
      headers: { severity: t("Report.method.headers.severity"), points: t("Report.method.headers.points") },
      rows: SEVERITIES.map((s) => ({
        label: severity(s),
        value:
          s === scoring.blocking
            ? t("Report.method.pointsBlocking", { points: scoring.points[s] })
            : formatNumber(locale, scoring.points[s]),
      })),
    },
    rulesHeading: t("Report.method.rulesHeading"),
    rules: [
      t("Report.method.rules.domainFail", {
        ...labels,
        highs: scoring.domain.failHighCount,
        failPercent: percent(scoring.domain.failPercent),
      }),
      t("Report.method.rules.domainWarn", { ...labels, warnPercent: percent(scoring.domain.warnPercent) }),
      t("Report.method.rules.overallNotRecommended", {
        ...labels,
        notRecommended: verdict("not_recommended"),
        failedDomains: scoring.overall.notRecommendedFailedDomains,
        unknownBlocks: scoring.overall.notRecommendedUnknownBlocks,
      }),
      t("Report.method.rules.overallConditions", {
        ...labels,
        conditions: verdict("conditions"),
        acceptable: verdict("acceptable"),
      }),
      t("Report.method.rules.dpia", { threshold: scoring.dpiaThreshold }),
    ],
    disclaimer: t("Report.method.disclaimer"),
    catalogue: t("Report.method.catalogue", { version: catalogue.version }),
    sourcesHeading: t("Report.method.sourcesHeading"),
    checkedAsOf: t("Report.method.checkedAsOf", { date: formatSourceDate(locale, catalogue.checkedAsOf) }),
    sources: Object.keys(catalogue.sources).map((source) => formatReference(t, { source }, catalogue.sources)),
  };
}
