"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { get, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { newEvidenceItem, type TDraft } from "@/lib/domain/assessment/draft";
import { EVIDENCE_FIELDS, evidenceFieldDomId, evidencePath, type TEvidenceField } from "@/lib/domain/assessment/steps";
import { EVIDENCE_ITEMS_MAX, EVIDENCE_KINDS } from "@/lib/domain/schema/document-shape";
import { fieldErrorMessage } from "../../lib/domain/schema/field-error-message";
import { InlineDisclosure } from "../ui/disclosure";
import styles from "./evidence-fields.module.css";

type TError = { type?: string; message?: string } | undefined;

/**
 * The sources of one answer, folded under "Source": each with its kind, where it was read, what it
 * says, when and by whom; up to EVIDENCE_ITEMS_MAX. Nothing to fill for who skips it. Opened by
 * itself when one of its fields is in error.
 */
export function EvidenceFields({ questionId }: { questionId: string }) {
  const t = useTranslations();
  const { control, register, formState } = useFormContext<TDraft>();
  const name = evidencePath(questionId) as `evidence.${string}`;
  const { fields, append, remove } = useFieldArray({ control, name });
  const items = useWatch({ control, name }) ?? [];
  const addButton = useRef<HTMLButtonElement>(null);
  const summaryId = `evidence-${questionId}`;
  const helpId = `${summaryId}-help`;
  const listError = get(formState.errors, name) as TError & { root?: TError };
  const listMessage = listError?.type === "too_big" || listError?.root?.type === "too_big" ? fieldErrorMessage(name, "too_big") : null;
  const hasError = listError !== undefined;

  const fieldError = (index: number, field: TEvidenceField): TError => get(formState.errors, `${name}.${index}.${field}`) as TError;

  return (
    <InlineDisclosure summaryId={summaryId} summary={t("Evidence.summary", { count: items.length })} className={styles.disclosure} open={hasError}>
      <p id={helpId} className={styles.help}>
        {t("Evidence.help")}
      </p>
      {listMessage !== null && (
        <p className="field__error" role="alert">
          {t(`FormErrors.${listMessage[0]}`, listMessage[1])}
        </p>
      )}
      {fields.map((f, index) => (
        <fieldset key={f.id} className={styles.item}>
          <legend className={styles.legend}>{t("Evidence.item", { n: index + 1 })}</legend>
          {EVIDENCE_FIELDS.map((field) => {
            const id = evidenceFieldDomId(questionId, index, field);
            const error = fieldError(index, field);
            const [key, values] = fieldErrorMessage(`${name}.${index}.${field}`, error?.type, error?.message);
            const errorId = `${id}-error`;
            const common = {
              id,
              className: "field__input",
              "aria-invalid": error ? true : undefined,
              "aria-describedby": error ? errorId : undefined,
              ...register(`${name}.${index}.${field}` as `evidence.${string}.${number}.${TEvidenceField}`),
            };
            return (
              <div key={field} className={error ? "field field--error" : "field"}>
                <label htmlFor={id} className="field__label">
                  {t(`Evidence.${field}`)}
                </label>
                {error && (
                  <p id={errorId} className="field__error">
                    {t(`FormErrors.${key}`, values)}
                  </p>
                )}
                {field === "kind" ? (
                  <select {...common}>
                    {EVIDENCE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`Evidence.kinds.${k}`)}
                      </option>
                    ))}
                  </select>
                ) : field === "quote" ? (
                  <textarea rows={3} {...common} />
                ) : (
                  <input type={field === "date" ? "date" : "text"} required={field === "source" || field === "date"} autoComplete="off" {...common} />
                )}
              </div>
            );
          })}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              remove(index);
              addButton.current?.focus();
            }}
          >
            {t("Evidence.remove", { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      {fields.length < EVIDENCE_ITEMS_MAX ? (
        <button
          ref={addButton}
          type="button"
          className="button button--secondary"
          aria-describedby={helpId}
          onClick={() => append(newEvidenceItem(), { shouldFocus: true, focusName: `${name}.${fields.length}.source` })}
        >
          {t("Evidence.add")}
        </button>
      ) : (
        <p className={styles.help}>{t("Evidence.full", { max: EVIDENCE_ITEMS_MAX })}</p>
      )}
    </InlineDisclosure>
  );
}

/**
 * The sources' fields in error for these questions, in order: each one's form path, error, and the
 * DOM id to link to (the field, or the disclosure for an error of the whole list).
 */
export function evidenceErrors(errors: unknown, questionIds: readonly string[]): { path: string; error: NonNullable<TError>; domId: string }[] {
  return questionIds.flatMap((questionId) => {
    const name = evidencePath(questionId);
    const list = get(errors, name) as (Record<string, unknown> & { type?: string; root?: TError }) | undefined;
    if (list === undefined) return [];
    const own = list.type !== undefined ? (list as NonNullable<TError>) : list.root;
    const head = own === undefined ? [] : [{ path: name, error: own, domId: `evidence-${questionId}` }];
    const items = Array.from({ length: EVIDENCE_ITEMS_MAX + 1 }, (_, index) =>
      EVIDENCE_FIELDS.flatMap((field) => {
        const error = get(errors, `${name}.${index}.${field}`) as TError;
        return error === undefined ? [] : [{ path: `${name}.${index}.${field}`, error, domId: evidenceFieldDomId(questionId, index, field) }];
      }),
    ).flat();
    return [...head, ...items];
  });
}
