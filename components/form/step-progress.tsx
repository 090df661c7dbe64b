"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/i18n/navigation";
import { STEPS, stepIndex } from "@/lib/domain/assessment/steps";
import { stepShortKey } from "./step-titles";
import styles from "./step-progress.module.css";

/** Where the list of steps has room beside the form (the form's two columns, app/globals.css). */
export const WIDE_SCREEN = "(min-width: 60rem)";

/**
 * Where the user is: a disclosure whose summary says "Step 3 of 9: Hosting", and the list of steps,
 * each one a link (the current one marked with aria-current). The list is folded on narrow screens,
 * so that the question comes first, and unfolded beside the form on wide ones; the summary opens and
 * closes it with the keyboard like any <details>. It is rendered folded, then unfolded after loading
 * when the screen is wide, so a phone never shows it open for a moment.
 */
export function StepProgress({ step }: { step: string }) {
  const t = useTranslations();
  const current = stepIndex(step);
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const wide = window.matchMedia(WIDE_SCREEN);
    const follow = () => {
      if (details.current !== null) details.current.open = wide.matches;
    };
    follow();
    wide.addEventListener("change", follow);
    return () => wide.removeEventListener("change", follow);
  }, []);

  return (
    <nav className={`progress ${styles.progress}`} aria-label={t("Nav.label")}>
      <details ref={details} className={styles.details}>
        <summary className={styles.summary}>
          {t("Drafts.stepOfTitle", { current: current + 1, total: STEPS.length, title: t(stepShortKey(step)) })}
        </summary>
        <ol className={styles.steps}>
          {STEPS.map((s, i) => (
            <li key={s} className={styles.step}>
              <span className={styles.number} aria-hidden="true">
                {i + 1}.
              </span>
              {i === current ? (
                <span className={`${styles.link} ${styles.current}`} aria-current="step">
                  {t(stepShortKey(s))}
                </span>
              ) : (
                <Link className={styles.link} href={`/assess/${s}`}>
                  {t(stepShortKey(s))}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
