"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { get, useFormContext, useWatch, type FieldPath } from "react-hook-form";
import { Link, useRouter } from "@/i18n/navigation";
import { CONTEXT_STEP, fieldDomId, fieldsOfStep, nextStep, previousStep, questionDomId, questionsOfStep, REVIEW_STEP, textFieldKey } from "@/lib/domain/assessment/steps";
import type { TDraft } from "@/lib/domain/assessment/draft";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { domainKey, ruleKey } from "@/lib/domain/catalogue/message-keys";
import { notApplicableRules } from "@/lib/domain/engine";
import { AnswersLoading } from "./answers-loading";
import { useAnswersReady } from "./answers-ready";
import { ContextFields } from "./context-fields";
import { ModeNotice } from "./mode-notice";
import { CopyNotice } from "../saved/copy-notice";
import { preloadFormCheck } from "./assessment-provider";
import { ErrorSummary, useErrorSummary, type TErrorItem } from "./error-summary";
import { fieldErrorMessage } from "../../lib/domain/schema/field-error-message";
import { evidenceErrors } from "./evidence-fields";
import { QuestionField } from "./question-field";
import { SaveLocationNote } from "../saved/save-location";
import styles from "./step-form.module.css";

/**
 * The fields of one step, the error summary, and Back / Next. Next checks this step's fields only.
 * On the first step the service's, school's and assessor's fields come with the page (read-only
 * until the draft is read, so that nothing typed is overwritten by it); the mode's reminder, the
 * copy's notice, the questions and Back / Next follow once it is read, below them, so that nothing
 * in sight moves.
 */
export function StepForm({ step }: { step: string }) {
  const t = useTranslations();
  const ready = useAnswersReady();
  const router = useRouter();
  const { control, trigger, formState } = useFormContext<TDraft>();
  const answers = useWatch({ control, name: "answers" });
  const notApplicable = notApplicableRules(answers ?? {}, CATALOGUE);
  const summary = useErrorSummary();
  const fields = fieldsOfStep(step);
  const next = nextStep(step) ?? REVIEW_STEP;
  const back = previousStep(step);

  const problems: TErrorItem[] = fields.filter((path) => !path.startsWith("evidence.")).flatMap((path) => {
    const error = get(formState.errors, path) as { type?: string; message?: string } | undefined;
    if (error === undefined) return [];
    const [key, values] = fieldErrorMessage(path, error.type, error.message);
    const questionId = path.startsWith("answers.") ? path.slice("answers.".length) : null;
    const target = questionId === null ? fieldDomId(path) : questionDomId(questionId);
    const field = t(questionId === null ? `Form.fields.${textFieldKey(path)}.label` : ruleKey(questionId, "question"));
    return [{ target: { id: target }, field, message: t(`FormErrors.${key}`, values) }];
  }).concat(
    evidenceErrors(formState.errors, questionsOfStep(step).map((q) => q.id)).map(({ path, error, domId }) => {
      const [key, values] = fieldErrorMessage(path, error.type, error.message);
      return { target: { id: domId }, field: t(ruleKey(path.split(".")[1] ?? "", "question")), message: t(`FormErrors.${key}`, values) };
    }),
  );

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await summary.check(() => trigger(fields as FieldPath<TDraft>[]))) {
      router.push(`/assess/${next}`);
    }
  };

  const questions = questionsOfStep(step).map((q) => (
    <QuestionField key={q.id} question={q} notApplicable={notApplicable.get(q.id)} />
  ));

  return (
    <form className="step-form" noValidate onSubmit={onSubmit} onFocus={preloadFormCheck}>
      {summary.visible(problems.length) && (
        <ErrorSummary ref={summary.ref} items={problems} unavailable={summary.unavailable} />
      )}
      {step === CONTEXT_STEP ? (
        <>
          <ContextFields />
          {ready ? (
            <>
              <ModeNotice />
              <CopyNotice />
              <section className="questions" aria-labelledby="ctx-questions">
                <h2 id="ctx-questions">{t(domainKey("CTX", "title"))}</h2>
                <p>{t(domainKey("CTX", "intro"))}</p>
                {questions}
              </section>
            </>
          ) : null}
        </>
      ) : (
        <div className="questions">{questions}</div>
      )}
      {!ready ? <AnswersLoading /> : <StepNav back={back} next={next} />}
      {ready ? <SaveLocationNote className={styles.note} /> : null}
    </form>
  );
}

function StepNav({ back, next }: { back: string | undefined; next: string }) {
  const t = useTranslations("Nav");
  return (
    <div className="step-nav">
      {back !== undefined && (
        <Link href={`/assess/${back}`} className="button button--secondary">
          {t("back")}
        </Link>
      )}
      <button type="submit" className="button button--primary">
        {t(next === REVIEW_STEP ? "toReview" : "next")}
      </button>
    </div>
  );
}
