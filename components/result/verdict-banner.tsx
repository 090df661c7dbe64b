import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { verdictKey, verdictSummaryKey } from "@/lib/domain/catalogue/message-keys";
import type { TBasis, TVerdict } from "@/lib/domain/engine";
import type { TMode } from "@/lib/domain/schema/modes";

type TProps = {
  verdict: TVerdict;
  basis: TBasis;
  /** The verdict with every unknown answer left out: said beside a verdict that rests on unknowns. */
  confirmedVerdict?: TVerdict;
  /** A parents' association reads Vigie's opinion from public information and asks; it does not decide. */
  mode?: TMode;
  /** Rules answered with a prohibited practice: the verdict's reason says no DPIA or condition makes it usable. */
  prohibited?: readonly string[];
  /** Some risks are confirmed by answers: a verdict on unknowns is then no "not a finding of a breach". */
  confirmedRisks?: boolean;
  children?: ReactNode;
};

/**
 * The verdict, its meaning, and what the page adds under it (e.g. a link to edit the answers). A
 * verdict that rests on unknown answers says "as things stand".
 */
export function VerdictBanner({ verdict, basis, confirmedVerdict, mode, prohibited = [], confirmedRisks = false, children }: TProps) {
  const t = useTranslations();
  const parents = mode === "parents";
  return (
    <section className={`verdict verdict--${verdict}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="verdict__heading">
        {t(parents ? "ResultPage.verdictHeadingParents" : "Result.verdictHeading")}
      </h2>
      <p className="verdict__label" data-verdict={verdict}>
        {t(verdictKey(verdict, "label", basis))}
      </p>
      <p className="verdict__summary">{t(verdictSummaryKey(verdict, basis, mode, prohibited.length > 0, confirmedRisks))}</p>
      {basis === "unknowns" && confirmedVerdict !== undefined && confirmedVerdict !== verdict && (
        <p className="verdict__confirmed">{t("ResultPage.confirmedReading", { label: t(verdictKey(confirmedVerdict, "label")) })}</p>
      )}
      {children}
    </section>
  );
}
