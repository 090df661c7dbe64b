"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { getVendorQuestions, putVendorResponse, type TFieldProblem } from "@/lib/browser/api-client";
import { tokenFromHash } from "@/lib/browser/local";
import { formatDate } from "@/lib/i18n/format";
import { capitalise, theSchoolFr, toSchoolFr } from "@/lib/i18n/french";
import type { TLocale } from "@/lib/i18n/locales";
import styles from "./vendor.module.css";

interface TQuestion {
  ruleId: string;
  domain: { id: string; title: string };
  question: string;
  help: string;
  options: { value: string; label: string }[];
}

interface TSource {
  source: string;
  quote?: string;
  date: string;
}

interface TVendorData {
  service: { name: string; vendor: string | null };
  school: { name: string | null };
  questions: TQuestion[];
  expiresAt: string;
  response: {
    respondent: { name: string; role: string; organisation: string };
    submittedAt: string;
    answers: Record<string, string>;
    evidence: Record<string, TSource[]>;
  } | null;
}

type TState =
  | { kind: "loading" }
  | { kind: "no-token" }
  | { kind: "gone"; message: string }
  | { kind: "ready"; data: TVendorData }
  | { kind: "sent"; data: TVendorData; submittedAt: string };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The vendor's page: who answers, then one screen per domain (each question with its answers and
 * the source it rests on), then sending. The token is read from the address's fragment, kept in
 * memory and sent only in the Authorization header; nothing is stored in this browser.
 */
export function VendorAnswers() {
  const t = useTranslations("VendorPage");
  const locale = useLocale() as TLocale;
  const token = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [state, setState] = useState<TState>({ kind: "loading" });
  const [screen, setScreen] = useState(0);
  const [respondent, setRespondent] = useState({ name: "", role: "", organisation: "" });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [sources, setSources] = useState<Record<string, TSource>>({});
  const [problems, setProblems] = useState<TFieldProblem[]>([]);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    token.current = tokenFromHash(window.location.hash);
    if (token.current === null) {
      setState({ kind: "no-token" });
      return;
    }
    void getVendorQuestions<TVendorData>(token.current, locale).then((res) => {
      if (res.kind === "ok") {
        const data = res.value;
        if (data.response !== null) {
          setRespondent(data.response.respondent);
          setAnswers(data.response.answers);
          setSources(Object.fromEntries(Object.entries(data.response.evidence).flatMap(([id, items]) => (items[0] === undefined ? [] : [[id, items[0]]]))));
        }
        setState({ kind: "ready", data });
      } else if (res.kind === "offline") setState({ kind: "gone", message: t("offline") });
      else setState({ kind: "gone", message: "message" in res ? res.message : t("offline") });
    });
  }, [locale, t]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [screen, state.kind]);

  if (state.kind === "loading") return <p role="status">{t("loading")}</p>;
  if (state.kind === "no-token" || state.kind === "gone") {
    return (
      <div className={styles.notice} role="alert">
        <h2>{t("goneHeading")}</h2>
        <p>{state.kind === "gone" ? state.message : t("noToken")}</p>
      </div>
    );
  }

  const { data } = state;
  const domains = [...new Map(data.questions.map((q) => [q.domain.id, q.domain.title])).entries()];
  const last = domains.length + 1;
  const expires = formatDate(locale, data.expiresAt);
  const go = (n: number) => {
    moved.current = true;
    setScreen(n);
  };

  if (state.kind === "sent") {
    return (
      <section aria-labelledby="vendor-screen" className={styles.sent}>
        <h2 id="vendor-screen" ref={heading} tabIndex={-1}>
          {t("sentHeading")}
        </h2>
        <p>{t("sentText", { count: Object.keys(answers).length, date: formatDate(locale, state.submittedAt), toSchool: locale === "fr" ? toSchoolFr(data.school.name ?? t("theSchool")) : (data.school.name ?? t("theSchool")) })}</p>
        <p>{t("sentChange", { date: expires })}</p>
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              moved.current = true;
              setState({ kind: "ready", data });
              setScreen(0);
            }}
          >
            {t("change")}
          </button>
        </p>
      </section>
    );
  }

  const setSource = (id: string, part: keyof TSource, value: string) =>
    setSources((s) => ({ ...s, [id]: { ...{ source: "", quote: "", date: today() }, ...s[id], [part]: value } }));

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || token.current === null) return;
    setBusy(true);
    setProblems([]);
    setStatus(t("sending"));
    const evidence = Object.fromEntries(
      Object.entries(sources).flatMap(([id, s]) =>
        answers[id] === undefined || s.source.trim() === "" ? [] : [[id, [{ source: s.source, ...(s.quote?.trim() ? { quote: s.quote } : {}), date: s.date || today() }]]],
      ),
    );
    const res = await putVendorResponse(token.current, { respondent, answers, evidence }, locale);
    setBusy(false);
    if (res.kind === "ok") {
      setStatus("");
      moved.current = true;
      setState({ kind: "sent", data, submittedAt: res.value.submittedAt });
    } else if (res.kind === "error" && res.status === 410) {
      setState({ kind: "gone", message: res.message });
    } else if (res.kind === "error") {
      setStatus(res.message);
      setProblems(res.fields);
    } else setStatus("message" in res ? res.message : t("offline"));
  };

  const nav = (
    <div className="step-nav">
      {screen > 0 && (
        <button type="button" className="button button--secondary" onClick={() => go(screen - 1)}>
          {t("previous")}
        </button>
      )}
      {screen < last && (
        <button type="submit" className="button button--primary">
          {t("next")}
        </button>
      )}
    </div>
  );

  const onSubmit = (e: FormEvent) => {
    if (screen === last) return void send(e);
    e.preventDefault();
    go(screen + 1);
  };

  const screenTitle = screen === 0 ? t("aboutHeading") : screen === last ? t("sendHeading") : (domains[screen - 1]?.[1] ?? "");
  const current = screen > 0 && screen < last ? data.questions.filter((q) => q.domain.id === domains[screen - 1]?.[0]) : [];
  const answered = Object.keys(answers).length;
  // In French the school's name takes its article where it starts a sentence ("Le Collège Jean-Moulin utilise…").
  const schoolSubject = data.school.name === null ? t("theSchool") : locale === "fr" ? theSchoolFr(data.school.name) : data.school.name;

  return (
    <>
      <p className={styles.intro}>
        {capitalise(t("intro", { service: data.service.name, school: data.school.name ?? t("theSchool"), theSchool: schoolSubject, date: expires }))}
      </p>
      <p>
        <a href={`/${locale === "fr" ? "en" : "fr"}/vendor${window.location.hash}`} lang={locale === "fr" ? "en" : "fr"} hrefLang={locale === "fr" ? "en" : "fr"}>
          {t("otherLanguage")}
        </a>
      </p>
      <p className={styles.progress}>{t("progress", { screen: screen + 1, screens: last + 1 })}</p>
      <form onSubmit={onSubmit} noValidate={screen !== 0}>
        <h2 id="vendor-screen" ref={heading} tabIndex={-1}>
          {screenTitle}
        </h2>
        {screen === 0 && (
          <fieldset className="field-group">
            <legend>{t("aboutLegend")}</legend>
            <p className="field__hint">{t("aboutHint")}</p>
            {(["name", "role", "organisation"] as const).map((part) => (
              <div className="field" key={part}>
                <label className="field__label" htmlFor={`respondent-${part}`}>
                  {t(`respondent.${part}`)} {part === "role" && <span className="field__flag">{t("optional")}</span>}
                </label>
                <input
                  id={`respondent-${part}`}
                  className="field__input"
                  type="text"
                  maxLength={120}
                  required={part !== "role"}
                  autoComplete={part === "name" ? "name" : part === "organisation" ? "organization" : "organization-title"}
                  value={respondent[part]}
                  onChange={(e) => setRespondent((r) => ({ ...r, [part]: e.target.value }))}
                />
              </div>
            ))}
          </fieldset>
        )}
        {current.map((q) => {
          const id = `q-${q.ruleId}`;
          const s = sources[q.ruleId];
          return (
            <fieldset key={q.ruleId} className="question" aria-describedby={`${id}-help`} data-rule={q.ruleId}>
              <legend className={styles.legend}>{q.question}</legend>
              <p id={`${id}-help`} className={styles.help}>
                <strong>{t("why")}</strong> {q.help}
              </p>
              <div className="options">
                {q.options.map((o) => (
                  <div key={o.value} className="option">
                    <input
                      id={`${id}-${o.value}`}
                      type="radio"
                      name={id}
                      value={o.value}
                      checked={answers[q.ruleId] === o.value}
                      onChange={() => setAnswers((a) => ({ ...a, [q.ruleId]: o.value }))}
                    />
                    <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
                  </div>
                ))}
              </div>
              {answers[q.ruleId] !== undefined && (
                <p>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() =>
                      setAnswers((a) => {
                        const { [q.ruleId]: _cleared, ...rest } = a;
                        return rest;
                      })
                    }
                  >
                    {t("clear")}
                  </button>
                </p>
              )}
              <details className={styles.source} open={s !== undefined && s.source !== ""}>
                <summary>{t("sourceSummary")}</summary>
                <fieldset className="field-group">
                  <legend className={styles.sourceLegend}>{t("sourceLegend")}</legend>
                  <p className="field__hint">{t("sourceHint")}</p>
                  <div className="field">
                    <label className="field__label" htmlFor={`${id}-source`}>
                      {t("source")}
                    </label>
                    <input id={`${id}-source`} className="field__input" type="text" maxLength={500} value={s?.source ?? ""} onChange={(e) => setSource(q.ruleId, "source", e.target.value)} />
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor={`${id}-quote`}>
                      {t("quote")} <span className="field__flag">{t("optional")}</span>
                    </label>
                    <textarea id={`${id}-quote`} className="field__input" rows={3} maxLength={2000} value={s?.quote ?? ""} onChange={(e) => setSource(q.ruleId, "quote", e.target.value)} />
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor={`${id}-date`}>
                      {t("date")}
                    </label>
                    <input id={`${id}-date`} className="field__input" type="date" value={s?.date ?? ""} onChange={(e) => setSource(q.ruleId, "date", e.target.value)} />
                  </div>
                </fieldset>
              </details>
            </fieldset>
          );
        })}
        {screen === last && (
          <>
            <p>{t("sendText", { count: answered, total: data.questions.length, date: expires })}</p>
            {problems.length > 0 && (
              <ul className={styles.problems}>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.code}`}>{p.message}</li>
                ))}
              </ul>
            )}
            <p className="button-row">
              <button type="submit" className="button button--primary" aria-disabled={busy}>
                {t("send")}
              </button>
            </p>
          </>
        )}
        <p role="status" className={styles.status}>
          {status}
        </p>
        {nav}
      </form>
    </>
  );
}
