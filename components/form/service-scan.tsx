"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentType } from "react";
import { useFormContext } from "react-hook-form";
import type { TDraft } from "@/lib/domain/assessment/draft";
import type { TScanResult } from "@/lib/domain/scan/scan-shape";
import { requestScan, scanTarget } from "@/lib/browser/scan-client";
import { useAnswersReady } from "./answers-ready";
import { useScanOffered } from "./scan-offered";
import styles from "./service-scan.module.css";

type TState =
  | { kind: "idle" }
  | { kind: "running"; host: string }
  | { kind: "done"; result: TScanResult }
  | { kind: "failed"; message: string };

type TResultsView = ComponentType<{ result: TScanResult }>;

/**
 * « Look at its public pages », beside the service's address: the server reads the service's
 * public pages and the results list what they show, with suggested answers to accept one by one.
 * The results view is loaded on the click, not with the form. The button waits for the draft to be
 * read, as the address it scans may come from it.
 */
export function ServiceScan() {
  const t = useTranslations("Scan");
  const locale = useLocale();
  const { getValues } = useFormContext<TDraft>();
  const ready = useAnswersReady();
  // The server's setting when it sent the page; a scan answered "off" since then turns it off too.
  const [enabled, setEnabled] = useState<boolean | null>(useScanOffered());
  const [state, setState] = useState<TState>({ kind: "idle" });
  const [Results, setResults] = useState<TResultsView | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const off = enabled === false;
  const run = async () => {
    if (state.kind === "running") return;
    const typed = getValues("service.url").trim();
    if (typed === "") {
      setState({ kind: "failed", message: t("needUrl") });
      return;
    }
    const url = scanTarget(typed);
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // shown as typed
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", host });
    const [call, view] = await Promise.all([requestScan(url, locale, controller.signal), import("./scan-results").catch(() => null)]);
    if (view !== null) setResults(() => view.ScanResults);
    if (controller.signal.aborted) return;
    if (call.kind === "ok") setState({ kind: "done", result: call.result });
    else if (call.kind === "off") {
      setEnabled(false);
      setState({ kind: "failed", message: t("off") });
    } else if (call.kind === "refused") setState({ kind: "failed", message: call.message ?? t("errors.refused") }); else setState({ kind: "failed", message: call.kind === "error" ? t("errors.error", { status: call.status }) : call.kind === "rate_limited" ? t("errors.rate_limited", { minutes: call.minutes ?? 0 }) : t(`errors.${call.kind}`) });
  };

  return (
    <div className={styles.scan}>
      <p id="scan-hint" className="field__hint">
        {off ? t("off") : t("hint")}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="scan-hint"
        disabled={off || !ready}
        aria-disabled={state.kind === "running" ? true : undefined}
        onClick={() => void run()}
      >
        {t("button")}
      </button>
      <p role="status" className={styles.status}>
        {state.kind === "running" ? t("running", { host: state.host }) : state.kind === "failed" ? state.message : state.kind === "done" ? t("done", { observations: state.result.observations.length, suggestions: state.result.suggestions.length }) : ""}
      </p>
      {state.kind === "done" && Results !== null ? <Results result={state.result} /> : null}
    </div>
  );
}
