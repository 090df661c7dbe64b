"use client";

import { useLocale, useTranslations } from "next-intl";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { answeredRules, sourcing, type TSourcingInput } from "@/lib/domain/engine";
import type { TEvidenceItem } from "@/lib/domain/schema/answers";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { ruleKey } from "@/lib/domain/catalogue/message-keys";
import { ResultSection } from "../ui/disclosure";
import { useCatalogueText } from "../ui/use-catalogue-text";
import styles from "./evidence-list.module.css";

const isWebAddress = (source: string) => /^https?:\/\/\S+$/.test(source);

/** The sources of one answer: kind and where (a link for an address), what it says, when and by whom. */
export function EvidenceList({ items }: { items: readonly TEvidenceItem[] }) {
  const t = useTranslations("Evidence");
  const locale = useLocale() as TLocale;
  return (
    <ul className={`${styles.list} evidence-list`}>
      {items.map((item, i) => (
        <li key={`${i}-${item.source}`}>
          <span className={styles.kind}>{t(`kindsShort.${item.kind}`)}</span>{" "}
          {isWebAddress(item.source) ? (
            <a href={item.source} rel="noopener noreferrer nofollow" className={styles.source}>
              {item.source}
            </a>
          ) : (
            <span className={styles.source}>{item.source}</span>
          )}
          {item.quote !== undefined && <blockquote className={styles.quote}>{item.quote}</blockquote>}
          <span className={styles.meta}>
            {item.by === undefined ? t("itemMeta", { date: formatDate(locale, item.date) }) : t("itemMetaBy", { date: formatDate(locale, item.date), by: item.by })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "12 of 38 of the vendor's answers rest on a source" (and, with `all`, the same for every answer given). */
export function SourcingLine({ document, all = false }: { document: TSourcingInput; all?: boolean }) {
  const t = useTranslations("Evidence");
  const s = sourcing(document, CATALOGUE);
  return (
    <p className="sourcing-line">
      {t("vendorCount", { sourced: s.vendorSourced, answered: s.vendorAnswered })}
      {all ? ` ${t("allCount", { sourced: s.sourced, answered: s.answered })}` : null}
    </p>
  );
}

/** Answers with the sources of each. */
export type TSourcesDocument = TSourcingInput & { evidence?: Partial<Record<string, TEvidenceItem[]>> };

/** Every answer given with its sources, then the answers given without one (with `vendorOnly`, the vendor's answers alone). */
export function ResultSources({ document, collapsible = false, vendorOnly = false }: { document: TSourcesDocument; collapsible?: boolean; vendorOnly?: boolean }) {
  const text = useCatalogueText();
  const { t } = text;
  const rules = answeredRules(document, CATALOGUE).filter((r) => !vendorOnly || r.who === "V");
  const sourced = rules.filter((r) => r.sourced);
  const unsourced = rules.filter((r) => !r.sourced);
  return (
    <ResultSection headingId="sources-heading" title={t(vendorOnly ? "Evidence.vendorSectionTitle" : "Evidence.sectionTitle")} collapsible={collapsible}>
      <SourcingLine document={document} all={!vendorOnly} />
      {sourced.length > 0 && (
        <ol className={styles.answers}>
          {sourced.map((r) => (
            <li key={r.ruleId} id={`sources-${r.ruleId}`}>
              <p className={styles.question}>
                <span className="question__id">{r.ruleId}</span> {t(ruleKey(r.ruleId, "question"))}
              </p>
              <p>{t("Evidence.answer", { answer: text.answer(r.ruleId, document.answers[r.ruleId] ?? "") })}</p>
              <EvidenceList items={document.evidence?.[r.ruleId] ?? []} />
            </li>
          ))}
        </ol>
      )}
      {unsourced.length > 0 && (
        <>
          <h3 id="unsourced-heading">{t("Evidence.unsourcedTitle", { count: unsourced.length })}</h3>
          <ul className={styles.unsourced} aria-labelledby="unsourced-heading">
            {unsourced.map((r) => (
              <li key={r.ruleId}>
                <span className="question__id">{r.ruleId}</span> {t(ruleKey(r.ruleId, "question"))} — {text.answer(r.ruleId, document.answers[r.ruleId] ?? "")}
              </li>
            ))}
          </ul>
        </>
      )}
    </ResultSection>
  );
}
