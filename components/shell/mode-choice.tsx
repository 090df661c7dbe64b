"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { MODES, type TMode } from "@/lib/domain/schema/modes";

/**
 * On the start page: who is answering (head teacher, IT delegate, parents' association). The choice
 * is kept in the draft in this browser, goes into the answers document, and adapts the wording of
 * the form, the result and the report.
 */
export function ModeChoice() {
  const t = useTranslations("Modes");
  const [mode, setMode] = useState<TMode | null>(null);
  // The choice is kept by script: until the page is interactive, the buttons wait (disabled).
  const [ready, setReady] = useState(false);

  useEffect(() => {
    void import("@/lib/browser/draft-storage").then(({ loadDraft }) => {
      setMode(loadDraft()?.mode ?? null);
      setReady(true);
    });
  }, []);

  const choose = async (m: TMode) => {
    setMode(m);
    const { loadDraftOrEmpty, saveDraft } = await import("@/lib/browser/draft-storage");
    saveDraft({ ...loadDraftOrEmpty(), mode: m });
  };

  return (
    <fieldset className="field-group mode-choice">
      <legend>{t("legend")}</legend>
      <p className="field__hint" id="mode-hint">
        {t("hint")}
      </p>
      {MODES.map((m) => (
        <div key={m} className="option">
          <input id={`mode-${m}`} type="radio" name="mode" value={m} checked={mode === m} disabled={!ready} onChange={() => void choose(m)} aria-describedby="mode-hint" />
          <label htmlFor={`mode-${m}`}>{t(`${m}.label`)}</label>
        </div>
      ))}
      <p role="status" className="mode-choice__notice">
        {mode === null ? "" : t(`${mode}.notice`)}
      </p>
    </fieldset>
  );
}
