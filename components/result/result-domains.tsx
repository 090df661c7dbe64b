"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { stepOfDomain } from "@/lib/domain/assessment/steps";
import { domainKey, domainLabel, domainTone } from "@/lib/domain/catalogue/message-keys";
import type { TEvaluation } from "@/lib/domain/engine";
import { ResultSection } from "../ui/disclosure";

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/**
 * The seven domains: status, risk points out of the maximum, and a link to edit their answers (unless
 * read-only). On a phone each domain reads as a block, its cells labelled, with nothing to scroll sideways.
 */
export function ResultDomains({ evaluation, editable = true, collapsible = false }: { evaluation: TEvaluation; editable?: boolean; collapsible?: boolean }) {
  const t = useTranslations();
  return (
    <ResultSection headingId="domains-heading" title={t("Result.domainsHeading")} collapsible={collapsible}>
      <div className="table-wrap">
        <table className="domains domains--stack">
          <caption>{t("Result.domainsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("Result.colDomain")}</th>
              <th scope="col">{t("Result.colStatus")}</th>
              <th scope="col">{t("Result.colPoints")}</th>
              {editable && <th scope="col">{t("Result.colEdit")}</th>}
            </tr>
          </thead>
          <tbody>
            {evaluation.domains.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t(domainKey(d.id, "title"))}</th>
                <td>
                  <span className="domains__label">{t("Result.colStatus")}</span> <span className={`status status--${domainTone(d)}`}>{domainLabel(t, d)}</span>
                </td>
                <td>
                  <span className="domains__label">{t("Result.colPoints")}</span> {t("Result.points", { points: d.points, max: d.max })}
                  {d.notApplicable.length > 0 && (
                    <span className="domains__na">{t("Result.notApplicableCount", { count: d.notApplicable.length })}</span>
                  )}
                </td>
                {editable && (
                  <td>
                    <Link href={`/assess/${stepOfDomain(d.id)}`}>
                      {t.rich("Result.edit", { domain: t(domainKey(d.id, "title")), hidden })}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ResultSection>
  );
}
