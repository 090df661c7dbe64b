"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { STEPS, stepIndex } from "@/lib/assessment/steps";
import { stepShortKey } from "./step-titles";

/** Where the user is: "Step 3 of 9" and the list of steps, each one a link (the current one marked). */
export function StepProgress({ step }: { step: string }) {
  const t = useTranslations();
  const current = stepIndex(step);
  return (
    <nav className="progress" aria-label={t("Nav.label")}>
      <p className="progress__count">
        {t("Nav.stepOf", { current: current + 1, total: STEPS.length })}
      </p>
      <ol className="progress__steps">
        {STEPS.map((s, i) => (
          <li key={s} className={i < current ? "progress__step progress__step--done" : "progress__step"}>
            {i === current ? (
              <span className="progress__link progress__link--current" aria-current="step">
                {t(stepShortKey(s))}
              </span>
            ) : (
              <Link className="progress__link" href={`/assess/${s}`}>
                {t(stepShortKey(s))}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
