import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { verdictKey } from "@/lib/catalogue/message-keys";
import type { TBasis, TVerdict } from "@/lib/engine";

/**
 * The verdict, its meaning, and what the page adds under it (e.g. a link to edit the answers). A
 * verdict that rests on unknown answers says "as things stand".
 */
export function VerdictBanner({ verdict, basis, children }: { verdict: TVerdict; basis: TBasis; children?: ReactNode }) {
  const t = useTranslations();
  return (
    <section className={`verdict verdict--${verdict}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="verdict__heading">
        {t("Result.verdictHeading")}
      </h2>
      <p className="verdict__label" data-verdict={verdict}>
        {t(verdictKey(verdict, "label", basis))}
      </p>
      <p className="verdict__summary">{t(verdictKey(verdict, "summary", basis))}</p>
      {children}
    </section>
  );
}
