"use client";

import { useTranslations } from "next-intl";
import type { FormEvent, ReactNode } from "react";
import { get, useFormContext, useWatch } from "react-hook-form";
import { Link, useRouter } from "@/i18n/navigation";
import { gapsByStep, sanitizeDraft, type TDraft } from "@/lib/domain/assessment/draft";
import { CONTEXT_STEP, REVIEW_STEP, TEXT_FIELDS, previousStep, fieldDomId, questionDomId, stepOfQuestion, textFieldKey } from "@/lib/domain/assessment/steps";
import { CATALOGUE, RULES } from "@/lib/domain/catalogue";
import { ruleKey } from "@/lib/domain/catalogue/message-keys";
import { notApplicableRules } from "@/lib/domain/engine";
import { preloadFormCheck } from "./assessment-provider";
import { ErrorSummary, useErrorSummary, type TErrorItem } from "./error-summary";
import { evidenceErrors } from "./evidence-fields";
import { fieldErrorMessage } from "../../lib/domain/schema/field-error-message";
import { stepTitleKey } from "./step-titles";

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/** What is still unanswered, step by step, with links to each question; then "See the result". */
export function ReviewStep() {
  const t = useTranslations();
  const router = useRouter();
  const { control, trigger, formState } = useFormContext<TDraft>();
  const draft = sanitizeDraft(useWatch({ control }));
  const gaps = gapsByStep(draft, notApplicableRules(draft.answers, CATALOGUE));
  const missingName = draft.service.name.trim() === "";
  const summary = useErrorSummary();

  const problems: TErrorItem[] = TEXT_FIELDS.flatMap((path) => {
    const error = get(formState.errors, path) as { type?: string; message?: string } | undefined;
    if (error === undefined) return [];
    const [key, values] = fieldErrorMessage(path, error.type, error.message);
    return [
      { target: { href: `/assess/${CONTEXT_STEP}#${fieldDomId(path)}` }, field: t(`Form.fields.${textFieldKey(path)}.label`), message: t(`FormErrors.${key}`, values) },
    ];
  }).concat(
    evidenceErrors(formState.errors, RULES.map((r) => r.id)).map(({ path, error, domId }) => {
      const [key, values] = fieldErrorMessage(path, error.type, error.message);
      return {
        target: { href: `/assess/${stepOfQuestion(path.split(".")[1] ?? "")}#${domId}` },
        field: t(ruleKey(path.split(".")[1] ?? "", "question")),
        message: t(`FormErrors.${key}`, values),
      };
    }),
  );

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await summary.check(() => trigger())) {
      router.push("/result");
    }
  };

  return (
    <form className="review" noValidate onSubmit={onSubmit} onFocus={preloadFormCheck}>
      {summary.visible(problems.length) && (
        <ErrorSummary ref={summary.ref} items={problems} unavailable={summary.unavailable} />
      )}
      <p className="review__total">
        {t("Review.total", { count: gaps.reduce((n, g) => n + g.unanswered.length, 0) + (missingName ? 1 : 0) })}
      </p>
      {gaps.map((gap) => {
        const headingId = `review-${gap.step}`;
        const complete = gap.unanswered.length === 0 && !(gap.step === CONTEXT_STEP && missingName);
        return (
          <section key={gap.step} className="review__step" aria-labelledby={headingId}>
            <h2 id={headingId}>{t(stepTitleKey(gap.step))}</h2>
            <p className="review__count">
              {t("Review.answered", { answered: gap.asked - gap.unanswered.length, asked: gap.asked, unknown: gap.unknown.length, unknownLabel: t("Answers.unknown") })}
            </p>
            {complete ? (
              <p>{t(gap.unknown.length === 0 ? "Review.allAnswered" : "Review.allAnsweredSomeUnknown", { unknownLabel: t("Answers.unknown") })}</p>
            ) : (
              <>
                <p>{t("Review.notAnswered")}</p>
                <ul className="review__list">
                  {gap.step === CONTEXT_STEP && missingName && (
                    <li>
                      <Link href={`/assess/${CONTEXT_STEP}#${fieldDomId("service.name")}`}>{t("Review.missingServiceName")}</Link>
                    </li>
                  )}
                  {gap.unanswered.map((id) => (
                    <li key={id}>
                      <Link href={`/assess/${gap.step}#${questionDomId(id)}`}>
                        <span className="question__id">{id}</span> {t(ruleKey(id, "question"))}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <Link href={`/assess/${gap.step}`}>{t.rich("Review.edit", { step: t(stepTitleKey(gap.step)), hidden })}</Link>
            </p>
          </section>
        );
      })}
      <div className="step-nav">
        <Link href={`/assess/${previousStep(REVIEW_STEP)}`} className="button button--secondary">
          {t("Nav.back")}
        </Link>
        <button type="submit" className="button button--primary">
          {t("Review.seeResult")}
        </button>
      </div>
    </form>
  );
}
