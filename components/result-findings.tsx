"use client";

import { useTranslations } from "next-intl";
import { questionDomId, stepOfQuestion } from "@/lib/assessment/steps";
import { followUpKey, modifierKey, ruleKey, severityKey } from "@/lib/catalogue/message-keys";
import type { TEvaluation, TFinding } from "@/lib/engine";
import { Link } from "@/i18n/navigation";
import { SeverityBadge } from "./severity-badge";
import { questionById, useCatalogueText } from "./use-catalogue-text";

type TProps = { evaluation: TEvaluation; answers: Partial<Record<string, string>>; editable?: boolean };

/** Every finding, worst first: the question, the answer given, severity, why, references, what to do. */
export function ResultFindings({ evaluation, answers, editable = true }: TProps) {
  const t = useTranslations();
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t("Result.findingsHeading", { count: evaluation.findings.length })}</h2>
      {evaluation.findings.length === 0 ? (
        <p>{t("Result.noFindings")}</p>
      ) : (
        <>
          <p>{t("Result.findingsIntro")}</p>
          <ol className="findings">
            {evaluation.findings.map((f) => (
              <Finding key={f.ruleId} finding={f} answered={answers[f.ruleId] !== undefined} editable={editable} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Finding({ finding: f, answered, editable }: { finding: TFinding; answered: boolean; editable: boolean }) {
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
          <dt>{t(f.unknown ? (f.who === "V" ? "Result.vendorStep" : "Result.schoolStep") : "Result.remediation")}</dt>
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
              {rule && "appliesFrom" in rule && rule.appliesFrom !== undefined && <li>{text.applies(rule.appliesFrom)}</li>}
            </ul>
          )}
        </details>
      </article>
    </li>
  );
}
