"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { documentFilename, reportFilename, type TDraft } from "@/lib/domain/assessment";
import { saveDraft } from "@/lib/browser/draft-storage";
import { toDocument } from "@/lib/domain/assessment/to-document";
import { conditionKey, ruleKey } from "@/lib/domain/catalogue/message-keys";
import { BILINGUAL, documentsFor, FORMATS_OF, type TDocumentFormat, type TDocumentKind } from "@/lib/domain/documents";
import { actionPlan, type TEvaluation } from "@/lib/domain/engine";
import type { TLocale } from "@/lib/i18n/locales";
import { BLOCK_UNKNOWN_ACTION, VENDOR_LETTER_ACTION } from "@/lib/domain/schema/document-shape";
import { isSafeLine } from "@/lib/domain/schema/safe-text";
import { LanguageChoice } from "../ui/language-choice";
import { DownloadStatus, usePostDownload } from "./post-download";

/** What the result adds for the papers: owners and due dates (not in parents' mode), and the documents to download. */
export function ResultDocuments({ draft, evaluation, onChange }: { draft: TDraft; evaluation: TEvaluation; onChange: (d: TDraft) => void }) {
  const update = (d: TDraft) => {
    saveDraft(d);
    onChange(d);
  };
  return (
    <>
      {/* Owners and due dates are the school's: a parents' association has its questions on the result page instead. */}
      {draft.mode === "parents" ? null : <ActionPlanEditor draft={draft} evaluation={evaluation} onChange={update} />}
      <DocumentDownloads draft={draft} />
    </>
  );
}

/** The actions of the plan, in the report's order: conditions (the vendor's questions as one letter), then the school's checks. */
function actionsOf(evaluation: TEvaluation): { id: string; textKey: string; count?: number; shownId: string; letterIds?: string }[] {
  return actionPlan(evaluation).map((a) => {
    if (a.kind === "blockUnknown") return { id: BLOCK_UNKNOWN_ACTION, textKey: "Conditions.blockUnknown", shownId: "" };
    if (a.kind === "vendorLetter")
      return { id: VENDOR_LETTER_ACTION, textKey: "Conditions.vendorLetter", count: a.ruleIds.length, shownId: "", letterIds: a.ruleIds.join(", ") };
    return { id: a.ruleId, textKey: a.kind === "schoolAction" ? ruleKey(a.ruleId, "schoolAction") : conditionKey(a), shownId: a.ruleId };
  });
}

function ActionPlanEditor({ draft, evaluation, onChange }: { draft: TDraft; evaluation: TEvaluation; onChange: (d: TDraft) => void }) {
  const t = useTranslations();
  const actions = actionsOf(evaluation);
  const set = (id: string, field: "owner" | "due", value: string) => {
    const entry = { owner: "", due: "", ...draft.actionPlan?.[id], [field]: value };
    onChange({ ...draft, actionPlan: { ...draft.actionPlan, [id]: entry } });
  };
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t("ResultDocuments.plan.heading")}</h2>
      {actions.length === 0 ? (
        <p>{t("ResultDocuments.plan.empty")}</p>
      ) : (
        <>
          <p>{t("ResultDocuments.plan.intro")}</p>
          <ol className="plan">
            {actions.map(({ id, textKey, count, shownId, letterIds }) => {
              const owner = draft.actionPlan?.[id]?.owner ?? "";
              // The schema's own check (the document is refused with it), shown beside the field.
              const unsafe = !isSafeLine(owner.trim());
              return (
                <li key={id} className="plan__item">
                  <p id={`plan-${id}`}>
                    {shownId === "" ? null : <span className="question__id">{shownId}</span>} {t(textKey, { count: count ?? 0 })}
                    {letterIds === undefined ? null : (
                      <>
                        {" "}
                        <small>({t("Conditions.vendorLetterIds", { ids: letterIds })})</small>
                      </>
                    )}
                  </p>
                  <div className="plan__fields">
                    <label className="field__label" htmlFor={`plan-owner-${id}`}>
                      {t("ResultDocuments.plan.owner")}
                    </label>
                    {unsafe && (
                      <p id={`plan-owner-${id}-error`} className="field__error">
                        {t("FormErrors.unsafeText")}
                      </p>
                    )}
                    <input
                      id={`plan-owner-${id}`}
                      className="field__input"
                      type="text"
                      maxLength={200}
                      aria-invalid={unsafe ? true : undefined}
                      aria-describedby={unsafe ? `plan-owner-${id}-error plan-${id}` : `plan-${id}`}
                      value={owner}
                      onChange={(e) => set(id, "owner", e.target.value)}
                    />
                    <label className="field__label" htmlFor={`plan-due-${id}`}>
                      {t("ResultDocuments.plan.due")}
                    </label>
                    <input
                      id={`plan-due-${id}`}
                      className="field__input"
                      type="date"
                      aria-describedby={`plan-${id}`}
                      value={draft.actionPlan?.[id]?.due ?? ""}
                      onChange={(e) => set(id, "due", e.target.value)}
                    />
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

function DocumentDownloads({ draft }: { draft: TDraft }) {
  const t = useTranslations("ResultDocuments");
  const screen = useLocale() as TLocale;
  const [lang, setLang] = useState<TLocale>(screen);
  const { status, download: post } = usePostDownload();
  const checked = toDocument(draft);
  if (!checked.success) return null; // the report download above already says what to fix

  const download = (url: string, label: string, filename: string) => post(url, checked.data, filename, label);
  const service = checked.data.service.name;
  const label = (kind: TDocumentKind, format: TDocumentFormat) => t("download", { document: t(`titles.${kind}`), format: t(`formats.${format}`) });

  return (
    <section className="download documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <LanguageChoice name="documents-lang" legend={t("language")} value={lang} onChange={setLang} />
      <ul className="documents__list">
        {documentsFor(checked.data.mode).map((kind) => (
          <li key={kind}>
            <h3>{t(`titles.${kind}`)}</h3>
            <p>{t(`kinds.${kind}`)}</p>
            <p className="button-row">
              {FORMATS_OF[kind].map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button--secondary"
                  aria-disabled={status.kind === "busy"}
                  onClick={() => void download(`/api/documents/${kind}?lang=${lang}&format=${format}`, t(`titles.${kind}`), documentFilename(service, kind, lang, format))}
                >
                  {label(kind, format)}
                </button>
              ))}
            </p>
          </li>
        ))}
        <li>
          <h3>{t("bilingual")}</h3>
          <p>{t("bilingualDescription")}</p>
          <p className="button-row">
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={status.kind === "busy"}
              onClick={() => void download(`/api/report?lang=${BILINGUAL}`, t("bilingual"), reportFilename(service, BILINGUAL))}
            >
              {t("download", { document: t("bilingual"), format: t("formats.pdf") })}
            </button>
          </p>
        </li>
      </ul>
      <DownloadStatus status={status} namespace="ResultDocuments" />
    </section>
  );
}
