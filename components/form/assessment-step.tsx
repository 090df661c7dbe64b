"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { CONTEXT_STEP, REVIEW_STEP } from "@/lib/domain/assessment/steps";
import { saveLastStep } from "@/lib/browser/draft-storage";
import { useAnswersReady } from "./answers-ready";
import { useArrivalFocus } from "../ui/arrival-focus";
import { AnswersLoading } from "./answers-loading";
import { ReviewStep } from "./review-step";
import { StepForm } from "./step-form";
import { StepProgress } from "./step-progress";
import { stepIntroKey, stepTitleKey } from "./step-titles";
import styles from "./assessment-step.module.css";

/**
 * One step of the form: progress, heading (focused on arrival), intro, then the fields or the review.
 * The first step's fields are sent by the server (their wording is the same in every mode); the
 * other steps' fields follow the mode saved in the draft, so they are drawn once it is read.
 */
export function AssessmentStep({ step }: { step: string }) {
  const t = useTranslations();
  const ready = useAnswersReady();
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, ready, step);
  useEffect(() => saveLastStep(step), [step]);

  return (
    <div className="assess">
      <StepProgress step={step} />
      <div className="assess__body">
        {/* The skip link lands here: the next Tab reaches the first field, past the step list. */}
        <h1 ref={heading} id="main" tabIndex={-1} className={styles.title}>
          {t(stepTitleKey(step))}
        </h1>
        <p className={styles.intro}>{t(stepIntroKey(step))}</p>
        {!ready && step !== CONTEXT_STEP ? (
          <AnswersLoading />
        ) : step === REVIEW_STEP ? (
          <ReviewStep />
        ) : (
          <StepForm key={step} step={step} />
        )}
      </div>
    </div>
  );
}
