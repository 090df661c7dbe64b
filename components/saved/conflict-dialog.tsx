"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { ruleKey } from "@/lib/domain/catalogue/message-keys";
import type { TSavedView } from "@/lib/browser/api-client";
import { documentDifferences, type TDocumentDifference } from "@/lib/domain/document-diff";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { useCatalogueText } from "../ui/use-catalogue-text";
import styles from "./saved.module.css";
import { saveBlob } from "../ui/save-blob";
import { textFieldKey } from "@/lib/domain/assessment/steps";

type TProps = {
  mine: TAnswersDocument;
  current: TSavedView;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  onDismiss: () => void;
};

/** "service.vendor" → "serviceVendor", the key part of the form's field labels. */

/** Saves a document as a JSON file, from memory. */
const downloadJson = (doc: TAnswersDocument, name: string) =>
  saveBlob(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" }), name);

/**
 * Someone saved another version while this form was editing: shows what differs, then lets the
 * user keep theirs (sent again over the newer version) or load the saved one. A modal dialog; closing
 * it chooses nothing (the status line offers to open it again).
 */
export function ConflictDialog({ mine, current, onKeepMine, onLoadTheirs, onDismiss }: TProps) {
  const t = useTranslations("Save.conflict");
  const text = useCatalogueText();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const differences = useMemo(() => documentDifferences(mine, current.document), [mine, current.document]);

  useEffect(() => {
    // Back to where the user was typing when the dialog closes, whatever the choice.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
    heading.current?.focus();
    return () => {
      d?.close();
      previous?.focus();
    };
  }, []);

  const label = (d: TDocumentDifference) => {
    if (d.kind === "detail") return text.t(`Form.fields.${textFieldKey(d.field)}.label`);
    if (d.kind === "answer")
      return (
        <>
          <span className="question__id">{d.questionId}</span> {text.t(ruleKey(d.questionId, "question"))}
        </>
      );
    return t.has(`parts.${d.field}`) ? t(`parts.${d.field}`) : t("parts.other", { field: d.field });
  };
  const value = (d: TDocumentDifference, side: "mine" | "theirs") => {
    if (d.kind === "other") return t("differs");
    const v = d[side];
    if (d.kind === "answer") return text.answer(d.questionId, v);
    return v === "" ? t("blank") : v;
  };

  return (
    <dialog ref={dialog} className={`dialog ${styles.conflict}`} aria-labelledby="conflict-title" aria-describedby="conflict-text" onClose={onDismiss}>
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        {t("title")}
      </h2>
      <p id="conflict-text">{t("text", { version: current.version })}</p>
      {differences.length === 0 ? (
        <p>{t("same")}</p>
      ) : (
        <div className={`table-wrap ${styles.conflictTable}`}>
          <table className="domains">
            <caption>{t("caption", { count: differences.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colWhat")}</th>
                <th scope="col">{t("colMine")}</th>
                <th scope="col">{t("colTheirs", { version: current.version })}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.kind === "answer" ? d.questionId : d.field}>
                  <th scope="row">{label(d)}</th>
                  <td>{value(d, "mine")}</td>
                  <td>{value(d, "theirs")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t("choose")}</p>
      <p className="button-row">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          {t("keepMine")}
        </button>
        <button type="button" className="button button--secondary" onClick={onLoadTheirs}>
          {t("loadTheirs")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => downloadJson(mine, `vigie-${t("fileMine")}.json`)}>
          {t("downloadMine")}
        </button>
      </p>
      <p className={styles.conflictNote}>{t("note")}</p>
    </dialog>
  );
}
