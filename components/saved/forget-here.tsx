"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ConfirmButton } from "./confirm-button";

type TTarget = { kind: "assessment"; id: string; service: string } | { kind: "register"; id: string };

type TProps = {
  /** The assessment or register of this page; without one, only "forget everything". */
  target?: TTarget;
  /** The heading's level in its page. */
  level?: 2 | 3;
  /** After forgetting: "one" (this page's item) or "all". Without it, the page is loaded again. */
  onForgotten?: (what: "one" | "all") => void;
};

/**
 * "Forget on this computer", for shared computers: removes from this browser the edit tokens and the
 * form's draft (lib/browser/forget.ts), for this page's assessment or register, or everything. Shown
 * only when this browser holds something of Vigie's.
 */
export function ForgetHere({ target, level = 3, onForgotten }: TProps) {
  const t = useTranslations("ForgetHere");
  const [holds, setHolds] = useState(false);
  const Heading = level === 2 ? "h2" : "h3";

  useEffect(() => {
    let live = true;
    void import("@/lib/browser/forget").then(({ holdsAnythingHere }) => live && setHolds(holdsAnythingHere()));
    return () => {
      live = false;
    };
  }, []);

  if (!holds && target === undefined) return null;

  const forget = (what: "one" | "all") => async (): Promise<string | null> => {
    const f = await import("@/lib/browser/forget");
    if (what === "all") f.forgetEverythingHere();
    else if (target?.kind === "assessment") f.forgetAssessmentHere(target.id);
    else if (target?.kind === "register") f.forgetRegisterHere(target.id);
    return null;
  };
  const done = (what: "one" | "all") => () => (onForgotten === undefined ? window.location.reload() : onForgotten(what));

  return (
    <section aria-labelledby="forget-here-heading">
      <Heading id="forget-here-heading">{t("heading")}</Heading>
      <p>{t("text")}</p>
      <div className="button-row">
        {target !== undefined && (
          <ConfirmButton
            label={target.kind === "assessment" ? t("forgetAssessment") : t("forgetRegister")}
            title={target.kind === "assessment" ? t("forgetAssessmentTitle", { service: target.service }) : t("forgetRegisterTitle")}
            text={target.kind === "assessment" ? t("forgetAssessmentText") : t("forgetRegisterText")}
            confirmLabel={t("confirm")}
            cancelLabel={t("cancel")}
            busyText={t("working")}
            onConfirm={forget("one")}
            onDone={done("one")}
          />
        )}
        <ConfirmButton
          label={t("forgetAll")}
          title={t("forgetAllTitle")}
          text={t("forgetAllText")}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          busyText={t("working")}
          onConfirm={forget("all")}
          onDone={done("all")}
        />
      </div>
    </section>
  );
}

/** What the page says once this browser forgot (the tools that needed the token are gone). */
export function ForgottenNotice({ what }: { what: "one" | "all" | null }) {
  const t = useTranslations("ForgetHere");
  return <p role="status">{what === null ? "" : what === "all" ? t("forgottenAll") : t("forgotten")}</p>;
}
