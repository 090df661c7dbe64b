import { domainKey, domainLabel, domainTone, followUpKey, modifierKey, remediationKey, ruleKey, severityKey } from "@/lib/domain/catalogue";
import type { TDomainResult, TFinding } from "@/lib/domain/engine";
import { formatApplies, formatReference } from "@/lib/i18n/format-reference";
import { parisDay } from "@/lib/domain/dates";
import type { TDomainSection, TFindingCard, TFindings } from "../types";
import type { TBuildContext } from "./context";

function card(ctx: TBuildContext, f: TFinding): TFindingCard {
  const { t, catalogue } = ctx;
  const rule = ctx.question(f.ruleId);
  const references = "references" in rule ? rule.references : [];
  return {
    ruleId: f.ruleId,
    question: ctx.questionText(f.ruleId),
    answer: ctx.answerLabel(f.ruleId),
    severity: f.severity,
    severityLabel: t(severityKey(f.severity)),
    unknown: f.unknown,
    pointsText: t("Report.findings.points", { points: f.points }),
    why: t(ruleKey(f.ruleId, "help")),
    references: references.map((r) => formatReference(t, r, catalogue.sources)),
    // An unknown answer is not a risky one: its remedy would not fit; what settles it does.
    remediation: f.unknown ? null : t(remediationKey(f.ruleId, f.answer, f.remedy)),
    nextStep: !f.unknown
      ? null
      : {
          label: t(`Report.findings.labels.${f.who === "V" ? "vendorStep" : "schoolStep"}`),
          text: t(followUpKey(f)),
        },
    raisedBy: f.raisedBy.map((id) => t(modifierKey(id))),
    applies: "appliesFrom" in rule ? formatApplies(t, rule.appliesFrom, parisDay(ctx.now), rule.appliesFromSetBy, catalogue.sources) : null,
  };
}

/** Why a rule does not apply: the modifier that removed it, else its own "asked only when" condition. */
function notApplicableReason(ctx: TBuildContext, ruleId: string): string {
  const modifier = ctx.catalogue.modifiers.find(
    (m) => "notApplicable" in m && m.notApplicable.rules.includes(ruleId) && ctx.evaluation.modifiers.includes(m.id),
  );
  return modifier === undefined ? ctx.t("Report.findings.notAsked") : ctx.t(modifierKey(modifier.id));
}

function domainSection(ctx: TBuildContext, d: TDomainResult): TDomainSection {
  const { t } = ctx;
  return {
    id: d.id,
    title: t(domainKey(d.id, "title")),
    intro: t(domainKey(d.id, "intro")),
    tone: domainTone(d),
    statusLabel: domainLabel(t, d),
    pointsText: t("Report.findings.domainPoints", { points: d.points, max: d.max }),
    // The engine sorts findings worst first; filtering keeps that order.
    findings: ctx.evaluation.findings.filter((f) => f.domain === d.id).map((f) => card(ctx, f)),
    empty: t("Report.findings.empty"),
    notApplicable: {
      heading: t("Report.findings.notApplicableHeading"),
      items: d.notApplicable.map((id) => ({
        ruleId: id,
        question: ctx.questionText(id),
        reason: notApplicableReason(ctx, id),
      })),
    },
  };
}

export function buildFindings(ctx: TBuildContext): TFindings {
  const { t } = ctx;
  const label = (k: keyof TFindings["labels"]) => t(`Report.findings.labels.${k}`);
  return {
    heading: t("Report.findings.heading"),
    intro: t("Report.findings.intro"),
    labels: {
      answer: label("answer"),
      why: label("why"),
      references: label("references"),
      remediation: label("remediation"),
      raisedBy: label("raisedBy"),
      unknown: label("unknown"),
      vendorStep: label("vendorStep"),
      schoolStep: label("schoolStep"),
    },
    domains: ctx.evaluation.domains.map((d) => domainSection(ctx, d)),
  };
}
