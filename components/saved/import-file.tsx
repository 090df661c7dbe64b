"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { importFile, type TFieldProblem } from "@/lib/browser/api-client";
import { rememberEditToken } from "@/lib/browser/local";
import { useReplaceDraft } from "./replace-draft";
import styles from "./saved.module.css";

/** Largest file read in the browser: the server refuses bodies over 256 kB anyway. */
const MAX_BYTES = 256 * 1024;

type TState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "invalid"; message: string; fields: TFieldProblem[] }
  | { kind: "offline" };

/**
 * Import an answers file (Vigie's JSON export, any schema version): the server migrates and checks
 * it, and saves it as a new assessment, with its own links, that opens in the form. When the form
 * holds a draft with answers, the user is asked first, and keeping it imports nothing. When the
 * file is refused, every problem is listed, in words, and the list gets the focus.
 */
export function ImportFile() {
  const t = useTranslations("ImportFile");
  const { ask, dialog } = useReplaceDraft();
  const locale = useLocale();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const problems = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<TState>({ kind: "idle" });

  const [failures, setFailures] = useState(0);
  const fail = (s: TState) => {
    setState(s);
    setFailures((n) => n + 1);
  };
  // Each refusal moves the focus to the list of problems, once it is on screen.
  useEffect(() => {
    if (failures > 0) problems.current?.focus();
  }, [failures]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) return fail({ kind: "invalid", message: t("noFile"), fields: [] });
    if (file.size > MAX_BYTES) return fail({ kind: "invalid", message: t("tooBig"), fields: [] });
    ask({ replace: (forget) => void send(file, forget) });
  };

  const send = async (file: File, forget: () => void) => {
    setState({ kind: "busy" });
    const text = await file.text();
    const res = await importFile(text, locale);
    if (res.kind === "ok") {
      rememberEditToken(res.value.id, res.value.editToken);
      forget();
      router.push(`/assessments/${res.value.id}/edit`);
      return;
    }
    if (res.kind === "offline") return fail({ kind: "offline" });
    if (res.kind === "conflict") return fail({ kind: "invalid", message: t("error"), fields: [] });
    // The API's own sentence speaks to developers ("see fields"); a person gets the file's problem in words.
    const code = res.kind === "error" ? res.code : undefined;
    const message = code !== undefined && t.has(`problems.${code}`) ? t(`problems.${code}`) : t("error");
    fail({ kind: "invalid", message, fields: res.kind === "error" ? res.fields : [] });
  };

  return (
    <section className={styles.panel} aria-labelledby="import-heading">
      <h2 id="import-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {(state.kind === "invalid" || state.kind === "offline") && (
        <div ref={problems} tabIndex={-1} role="alert" className="error-summary" aria-labelledby="import-problems-title">
          <h3 id="import-problems-title">{t("problemsTitle")}</h3>
          {state.kind === "offline" ? (
            <p>{t("offline")}</p>
          ) : (
            <>
              <p>{state.message}</p>
              {state.fields.length > 0 && (
                <ul>
                  {state.fields.map((f, i) => (
                    <li key={`${f.field}-${i}`}>{f.message}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={styles.linkField}>
          <label htmlFor="import-file">{t("label")}</label>
          <p className={styles.muted} id="import-file-hint">
            {t("hint")}
          </p>
          <input ref={input} id="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint" />
        </div>
        <p>
          <button type="submit" className="button button--secondary" aria-disabled={state.kind === "busy"}>
            {t("button")}
          </button>
        </p>
        <p role="status" className={styles.muted}>
          {state.kind === "busy" ? t("checking") : ""}
        </p>
      </form>
      {dialog}
    </section>
  );
}
