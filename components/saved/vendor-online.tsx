"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { answerKey, RULES, ruleKey } from "@/lib/domain/catalogue";
import type { TVendorRequestInfo } from "@/lib/domain/assessment/saved";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TVendorResponse } from "@/lib/domain/schema/vendor-response";
import { acceptVendorAnswers, createVendorLink, revokeVendorLink } from "@/lib/browser/api-client";
import { editTokenFor } from "@/lib/browser/local";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { CopyLink } from "./copy-link";
import { VendorLetterWithLink } from "./vendor-letter-link";
import styles from "./saved.module.css";
import { useOwnerChange } from "./use-owner-change";

type TProps = {
  id: string;
  version: number;
  document: TAnswersDocument;
  vendorRequest: TVendorRequestInfo | null;
  vendorResponse: TVendorResponse | null;
};


/**
 * With the edit link: a link for the vendor to answer online (create, copy, replace, withdraw), and
 * the vendor's answers still waiting, each beside the school's current one with its sources, to
 * accept one by one or all at once (a new version, as any edit).
 */
export function VendorOnline({ id, version, document: doc, vendorRequest, vendorResponse }: TProps) {
  const t = useTranslations("VendorOnline");
  const tr = useTranslations();
  const locale = useLocale() as TLocale;
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [link, setLink] = useState<{ vendorUrl: string; expiresAt: string } | null>(null);
  const { busy, refreshing, message, run } = useOwnerChange(id, { stale: t("stale"), offline: t("offline") });

  useEffect(() => setToken(editTokenFor(id)), [id]);
  if (token === undefined || token === null) return null;

  const create = () =>
    run(
      () => createVendorLink(id, token, locale),
      (v) => {
        setLink({ vendorUrl: v.vendorUrl, expiresAt: v.expiresAt });
        return t("created", { date: formatDate(locale, v.expiresAt) });
      },
    );
  const revoke = () =>
    run(
      () => revokeVendorLink(id, token, locale),
      () => {
        setLink(null);
        return t("revoked");
      },
    );
  const accept = (ruleIds: string[]) =>
    run(
      () => acceptVendorAnswers(id, token, version, ruleIds, locale),
      () => t("accepted", { count: ruleIds.length }),
      (v) => v.version,
    );

  const waiting = vendorResponse === null ? [] : RULES.filter((r) => vendorResponse.answers[r.id] !== undefined);
  const label = (ruleId: string, value: string | undefined) => {
    const rule = RULES.find((r) => r.id === ruleId);
    return rule === undefined || value === undefined ? tr("Answers.unknown") : tr(answerKey(rule, value));
  };
  const active = link ?? vendorRequest;

  return (
    <section className={styles.panel} aria-labelledby="vendor-online-heading">
      <h2 id="vendor-online-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {link !== null && (
        <>
          <CopyLink label={t("linkLabel")} url={link.vendorUrl} name="vendor" />
          <p>{t("shownOnce", { date: formatDate(locale, link.expiresAt) })}</p>
          <VendorLetterWithLink document={doc} vendorUrl={link.vendorUrl} />
        </>
      )}
      {link === null && active !== null && <p>{t("active", { date: formatDate(locale, active.expiresAt) })}</p>}
      <p className="button-row">
        <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void create()}>
          {active === null ? t("create") : t("replace")}
        </button>
        {active !== null && (
          <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void revoke()}>
            {t("revoke")}
          </button>
        )}
      </p>
      {active !== null && <p className={styles.muted}>{t("replaceHint")}</p>}

      {vendorResponse !== null && waiting.length > 0 && (
        <>
          <h3 id="vendor-response-heading">{t("answered", { count: waiting.length, date: formatDate(locale, vendorResponse.submittedAt) })}</h3>
          <p>
            {t("respondent", {
              respondent: [vendorResponse.respondent.name, vendorResponse.respondent.role, vendorResponse.respondent.organisation].filter((s) => s !== "").join(", "),
            })}
          </p>
          <ul className={styles.vendorAnswers} aria-labelledby="vendor-response-heading">
            {waiting.map((r) => {
              const sources = vendorResponse.evidence[r.id] ?? [];
              return (
                <li key={r.id} data-rule={r.id}>
                  <p>
                    <strong>{tr(ruleKey(r.id, "question"))}</strong>
                  </p>
                  <dl className={styles.vendorFacts}>
                    <dt>{t("vendorAnswer")}</dt>
                    <dd>{label(r.id, vendorResponse.answers[r.id])}</dd>
                    <dt>{t("schoolAnswer")}</dt>
                    <dd>{label(r.id, doc.answers[r.id])}</dd>
                    <dt>{t("sources")}</dt>
                    <dd>
                      {sources.length === 0 ? (
                        t("noSource")
                      ) : (
                        <ul>
                          {sources.map((s, i) => (
                            <li key={i}>
                              {t("sourceLine", { source: s.source, date: formatDate(locale, s.date) })}
                              {s.quote !== undefined && <q>{s.quote}</q>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </dl>
                  <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void accept([r.id])}>
                    {t.rich("acceptOne", { question: r.id, hidden: (c) => <span className="visually-hidden">{c}</span> })}
                  </button>
                </li>
              );
            })}
          </ul>
          <p>
            <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => void accept(waiting.map((r) => r.id))}>
              {t("acceptAll", { count: waiting.length })}
            </button>
          </p>
        </>
      )}
      <p role="status" className={message?.kind === "error" ? styles.error : undefined}>
        {busy || refreshing ? t("working") : (message?.text ?? "")}
      </p>
    </section>
  );
}
