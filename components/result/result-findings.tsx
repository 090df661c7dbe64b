"use client";

import { useTranslations } from "next-intl";
import { questionDomId, stepOfQuestion } from "@/lib/domain/assessment/steps";
import { followUpKey, modifierKey, ruleKey, severityKey } from "@/lib/domain/catalogue/message-keys";
import type { TEvaluation, TFinding } from "@/lib/domain/engine";
import { Link } from "@/i18n/navigation";
import type { TEvidenceItem } from "@/lib/domain/schema/answers";
import { ResultSection } from "../ui/disclosure";
import { EvidenceList } from "./evidence-list";
import { SeverityBadge } from "../ui/severity-badge";
import { questionById, useCatalogueText } from "../ui/use-catalogue-text";

type TProps = {
  evaluation: TEvaluation;
  answers: Partial<Record<string, string>>;
  /** The sources of each answer, shown under the answer given. */
  evidence?: Partial<Record<string, TEvidenceItem[]>>;
  editable?: boolean;
};

/**
 * The risks the answers confirm, worst first, folded: the question, the answer given, severity, why,
 * references, what to do. An unknown answer is no risk: it is a question, listed apart (result-unknowns).
 */
export function ResultFindings({ evaluation, answers, evidence, editable = true }: TProps) {
  const t = useTranslations();
  const findings = evaluation.findings.filter((f) => !f.unknown);
  return (
    <ResultSection headingId="findings-heading" title={t("ResultPage.confirmedHeading", { count: findings.length })} collapsible>
      {findings.length === 0 ? (
        <p>{t("ResultPage.noConfirmed")}</p>
      ) : (
        <>
          <p>{t("ResultPage.confirmedIntro")}</p>
          <ol className="findings">
            {findings.map((f) => (
              <Finding key={f.ruleId} finding={f} answered={answers[f.ruleId] !== undefined} sources={evidence?.[f.ruleId] ?? []} editable={editable} />
            ))}
          </ol>
        </>
      )}
    </ResultSection>
  );
}

function Finding({ finding: f, answered, sources, editable }: { finding: TFinding; answered: boolean; sources: readonly TEvidenceItem[]; editable: boolean }) {
  const text = useCatalogueText();
  const { t } = text;
  const tRich = useTranslations();
  const rule = questionById(f.ruleId);
  const references = rule && "references" in rule ? rule.references : [];
  const headingId = `finding-${f.ruleId}`;
  return (
    <li className={`finding finding--${f.severity}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="finding__title">
          <SeverityBadge severity={f.severity} /> <span className="question__id">{f.ruleId}</span>{" "}
          {t(ruleKey(f.ruleId, "question"))}
        </h3>
        <dl className="finding__details">
          <dt>{t("Result.answerGiven")}</dt>
          <dd>
            {answered ? text.answer(f.ruleId, f.answer) : t("Result.notAnswered")}{" "}
            {editable && (
              <Link href={`/assess/${stepOfQuestion(f.ruleId)}#${questionDomId(f.ruleId)}`} className="finding__edit">
                {tRich.rich("Result.edit", { domain: t(ruleKey(f.ruleId, "question")), hidden: (c) => <span className="visually-hidden">{c}</span> })}
              </Link>
            )}
          </dd>
          {sources.length > 0 && (
            <>
              <dt>{t("Evidence.listTitle")}</dt>
              <dd>
                <EvidenceList items={sources} />
              </dd>
            </>
          )}
          <dt>{t("Result.severity")}</dt>
          <dd>{t(severityKey(f.severity))}</dd>
          {f.raisedBy.length > 0 && (
            <>
              <dt>{t("Result.raised")}</dt>
              {f.raisedBy.map((m) => (
                <dd key={m}>{t(modifierKey(m))}</dd>
              ))}
            </>
          )}
          <dt>{t("Result.remediation")}</dt>
          <dd>{t(followUpKey(f))}</dd>
        </dl>
        <details className="finding__more">
          <summary>{t("Result.whyAndReferences")}</summary>
          <p>{t(ruleKey(f.ruleId, "help"))}</p>
          {references.length > 0 && (
            <ul className="finding__refs">
              {references.map((r, i) => (
                <li key={`${i}-${r.source}`}>{text.reference(r)}</li>
              ))}
              {rule && "appliesFrom" in rule && rule.appliesFrom !== undefined && <li>{text.applies(rule.appliesFrom, rule.appliesFromSetBy)}</li>}
            </ul>
          )}
        </details>
      </article>
    </li>
  );
}
