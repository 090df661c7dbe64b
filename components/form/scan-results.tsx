"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import type { TDraft, TDraftEvidenceItem } from "@/lib/domain/assessment/draft";
import { ruleKey } from "@/lib/domain/catalogue/message-keys";
import { EVIDENCE_ITEMS_MAX } from "@/lib/domain/schema/document-shape";
import { SCAN_TOPICS, type TScanObservation, type TScanResult, type TScanSuggestion } from "@/lib/domain/scan/scan-shape";
import { useCatalogueText } from "../ui/use-catalogue-text";
import styles from "./scan-results.module.css";

const DAY = 86_400;
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** A source: a link when it is a web address (opened in a new tab, the form stays), else its text. */
function Source({ url }: { url: string }) {
  const t = useTranslations("Scan");
  return (
    <p className={styles.source}>
      {t("source")}{" "}
      {isWebAddress(url) ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {url}
          <span className="visually-hidden"> {t("newTab")}</span>
        </a>
      ) : (
        url
      )}
    </p>
  );
}

function Observation({ o, showSource }: { o: TScanObservation; showSource: boolean }) {
  const t = useTranslations("Scan");
  const lifetime = (seconds: number | null) => (seconds === null ? t("session") : t("lifetimeDays", { days: Math.round(seconds / DAY) }));
  return (
    <li className={styles.observation}>
      <p>{t(`observations.${o.code}`, o.params)}</p>
      {o.quote !== undefined ? <blockquote className={styles.quote}>{o.quote}</blockquote> : null}
      {o.items !== undefined && o.items.length > 0 ? (
        <ul className={styles.items}>
          {o.items.map((item, i) => (
            <li key={i}>
              <span className={styles.label}>{item.label}</span>
              {item.detail !== undefined ? ` — ${item.detail}` : null}
              {item.lifetimeSeconds !== undefined ? ` — ${lifetime(item.lifetimeSeconds)}` : null}
            </li>
          ))}
        </ul>
      ) : null}
      {showSource ? <Source url={o.source} /> : null}
    </li>
  );
}

type TAccepted = "accepted" | "sourceAdded" | "full" | "alreadyAdded";

function Suggestion({ s }: { s: TScanSuggestion }) {
  const t = useTranslations();
  const text = useCatalogueText();
  const { getValues, setValue } = useFormContext<TDraft>();
  const [done, setDone] = useState<TAccepted | null>(null);
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done !== null) note.current?.focus();
  }, [done]);
  const answer = s.answer === null ? null : text.answer(s.ruleId, s.answer);

  const accept = () => {
    const path = `evidence.${s.ruleId}` as `evidence.${string}`;
    const list: TDraftEvidenceItem[] = getValues(path) ?? [];
    const item: TDraftEvidenceItem = { kind: "scan", source: s.evidence.source, quote: s.evidence.quote ?? "", date: s.evidence.date, by: "" };
    const already = list.some((e) => e.kind === "scan" && e.source === item.source && e.quote === item.quote);
    if (!already && list.length >= EVIDENCE_ITEMS_MAX) {
      setDone("full");
      return;
    }
    if (!already) setValue(path, [...list, item], { shouldDirty: true });
    if (s.answer !== null) setValue(`answers.${s.ruleId}`, s.answer, { shouldDirty: true });
    setDone(s.answer !== null ? "accepted" : already ? "alreadyAdded" : "sourceAdded");
  };

  return (
    <li className={styles.suggestion}>
      <p className={styles.question}>{t("Scan.question", { id: s.ruleId, question: t(ruleKey(s.ruleId, "question")) })}</p>
      <p>{t(`Scan.suggestions.${s.code}`, s.params)}</p>
      <p className={styles.answer}>{answer === null ? t("Scan.passage") : t("Scan.suggestedAnswer", { answer })}</p>
      {s.evidence.quote !== undefined ? <blockquote className={styles.quote}>{s.evidence.quote}</blockquote> : null}
      <Source url={s.evidence.source} />
      {done === null ? (
        <button type="button" className="button button--secondary" onClick={accept}>
          {answer === null ? t("Scan.addSource", { id: s.ruleId }) : t("Scan.accept", { answer, id: s.ruleId })}
        </button>
      ) : (
        <p ref={note} tabIndex={-1} role="status" className={styles.done}>
          {t(`Scan.${done}`, { id: s.ruleId, answer: answer ?? "", max: EVIDENCE_ITEMS_MAX })}
        </p>
      )}
    </li>
  );
}

/**
 * A scan's results, topic by topic: what was seen (with the page's own words and where), then the
 * suggestions, each accepted on its own: the answer, when one is suggested, and the source.
 */
export function ScanResults({ result }: { result: TScanResult }) {
  const t = useTranslations("Scan");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section className={styles.results} aria-labelledby="scan-results-title">
      <h2 id="scan-results-title" ref={heading} tabIndex={-1}>
        {t("resultsTitle")}
      </h2>
      <p>{t("resultsIntro", { date: result.scannedAt.slice(0, 10), partial: result.partial ? "yes" : "no" })}</p>
      {SCAN_TOPICS.map((topic) => {
        const suggestions = result.suggestions.filter((s) => (s.topic ?? "scan") === topic);
        // A passage a suggestion quotes is shown once, with the suggestion.
        const quoted = new Set(suggestions.map((s) => `${s.evidence.source}\n${s.evidence.quote ?? ""}`));
        const observations = result.observations.filter((o) => o.topic === topic && (o.quote === undefined || !quoted.has(`${o.source}\n${o.quote}`)));
        if (observations.length === 0 && suggestions.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={`scan-topic-${topic}`} className={styles.topic}>
            <h3 id={`scan-topic-${topic}`}>{t(`topics.${topic}`)}</h3>
            {observations.length > 0 ? (
              <ul className={styles.list}>
                {observations.map((o, i) => (
                  // Observations read on the same page name it once, after the last of them.
                  <Observation key={i} o={o} showSource={observations[i + 1]?.source !== o.source} />
                ))}
              </ul>
            ) : null}
            {suggestions.length > 0 ? (
              <>
                <h4 className={styles.suggestionsTitle}>{t("suggestionsTitle")}</h4>
                <ul className={styles.list}>
                  {suggestions.map((s, i) => (
                    <Suggestion key={i} s={s} />
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
