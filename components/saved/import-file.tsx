"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { importFile, type TFieldProblem } from "@/lib/browser/api-client";
import { loadServerLink, rememberEditToken } from "@/lib/browser/local";
import styles from "./saved.module.css";

/** Largest file read in the browser: the server refuses bodies over 256 kB anyway. */
const MAX_BYTES = 256 * 1024;

type TState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "invalid"; message: string; fields: TFieldProblem[] }
  | { kind: "offline" }
  /** Imported, not opened: the form holds an assessment not saved on the server, which stays there. */
  | { kind: "kept"; id: string; service: string; current: string };

/** The service's name in an answers file the server accepted (version 0 files hold it as a string). */
function serviceNameIn(text: string): string {
  try {
    const service = (JSON.parse(text) as { service?: unknown }).service;
    const name = typeof service === "string" ? service : (service as { name?: unknown } | null)?.name;
    return typeof name === "string" ? name.trim() : "";
  } catch {
    return "";
  }
}

/**
 * The form's draft when it holds answers that exist nowhere else (not saved on the server, or with
 * changes not sent yet): opening another assessment would replace them.
 */
async function unsavedDraft(): Promise<{ service: string } | null> {
  // Loaded when needed: the start page, which shows this form, needs none of the draft's code.
  const [{ loadDraft }, { isStarted }] = await Promise.all([import("@/lib/browser/draft-storage"), import("@/lib/domain/assessment/draft")]);
  const draft = loadDraft();
  if (draft === null || !isStarted(draft)) return null;
  const link = loadServerLink();
  return link === null || link.pending ? { service: draft.service.name.trim() } : null;
}

/**
 * Import an answers file (Vigie's JSON export, any schema version): the server migrates and checks
 * it, and saves it as a new assessment, with its own links, that opens in the form. The form's
 * draft is never replaced silently: when it holds answers saved nowhere else, the imported
 * assessment is not opened; the user is told, and can save the draft or see the imported one. When
 * the file is refused, every problem is listed, in words, and the list gets the focus.
 */
export function ImportFile() {
  const t = useTranslations("ImportFile");
  const d = useTranslations("Drafts");
  const outcome = useRef<HTMLDivElement>(null);
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
  useEffect(() => {
    if (state.kind === "kept") outcome.current?.focus();
  }, [state.kind]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) return fail({ kind: "invalid", message: t("noFile"), fields: [] });
    if (file.size > MAX_BYTES) return fail({ kind: "invalid", message: t("tooBig"), fields: [] });
    setState({ kind: "busy" });
    const text = await file.text();
    const res = await importFile(text, locale);
    if (res.kind === "ok") {
      rememberEditToken(res.value.id, res.value.editToken);
      const current = await unsavedDraft();
      if (current !== null) {
        setState({ kind: "kept", id: res.value.id, service: serviceNameIn(text), current: current.service });
        if (input.current !== null) input.current.value = "";
        return;
      }
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
      {state.kind === "kept" && (
        <div ref={outcome} tabIndex={-1} role="status" className={styles.notice} data-testid="import-kept">
          <p>{state.current ? d("importKeptNamed", { service: state.service, current: state.current }) : d("importKept", { service: state.service })}</p>
          <p className="button-row">
            <Link href={`/assessments/${state.id}`} className="button button--secondary">
              {d("importOpen")}
            </Link>
            <Link href="/result#save" className="button button--secondary">
              {d("importSaveCurrent")}
            </Link>
          </p>
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
    </section>
  );
}
