import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { verdictKey } from "@/lib/catalogue/message-keys";
import type { TVerdict } from "@/lib/engine";

/** The verdict, its meaning, and what the page adds under it (e.g. a link to edit the answers). */
export function VerdictBanner({ verdict, children }: { verdict: TVerdict; children?: ReactNode }) {
  const t = useTranslations();
  return (
    <section className={`verdict verdict--${verdict}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="verdict__heading">
        {t("Result.verdictHeading")}
      </h2>
      <p className="verdict__label" data-verdict={verdict}>
        {t(verdictKey(verdict, "label"))}
      </p>
      <p className="verdict__summary">{t(verdictKey(verdict, "summary"))}</p>
      {children}
    </section>
  );
}
