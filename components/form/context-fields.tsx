"use client";

import { useTranslations } from "next-intl";
import { useFormContext, get } from "react-hook-form";
import type { HTMLInputAutoCompleteAttribute } from "react";
import { fieldDomId, textFieldKey, type TTextField } from "@/lib/domain/assessment/steps";
import type { TDraft } from "@/lib/domain/assessment/draft";
import { fieldErrorMessage } from "../../lib/domain/schema/field-error-message";
import { useAnswersReady } from "./answers-ready";
import { ServiceScan } from "./service-scan";

type TFieldSpec = { path: TTextField; type?: "text" | "url"; autoComplete: HTMLInputAutoCompleteAttribute; required?: boolean };

const GROUPS: readonly { legend: string; fields: readonly TFieldSpec[] }[] = [
  {
    legend: "serviceLegend",
    fields: [
      { path: "service.name", autoComplete: "off", required: true },
      { path: "service.vendor", autoComplete: "off" },
      { path: "service.url", type: "url", autoComplete: "url" },
    ],
  },
  {
    legend: "schoolLegend",
    fields: [
      { path: "school.name", autoComplete: "organization" },
      { path: "school.uai", autoComplete: "off" },
    ],
  },
  {
    legend: "assessorLegend",
    fields: [
      { path: "assessor.name", autoComplete: "name" },
      { path: "assessor.role", autoComplete: "organization-title" },
    ],
  },
];

/** The service, the school and the assessor: labelled text fields, each with its hint and error. */
export function ContextFields() {
  return GROUPS.map((g) => <FieldGroup key={g.legend} legend={g.legend} fields={g.fields} />);
}

function FieldGroup({ legend, fields }: { legend: string; fields: readonly TFieldSpec[] }) {
  const t = useTranslations("Form");
  return (
    <fieldset className="field-group">
      <legend>{t(legend)}</legend>
      {fields.map((f) => (
        <TextField key={f.path} spec={f} />
      ))}
      {legend === "serviceLegend" ? <ServiceScan /> : null}
    </fieldset>
  );
}

function TextField({ spec }: { spec: TFieldSpec }) {
  const t = useTranslations();
  const {
    register,
    formState: { errors },
  } = useFormContext<TDraft>();
  // Sent with the page, the field is read-only until the draft is read into it.
  const ready = useAnswersReady();
  const id = fieldDomId(spec.path);
  const key = textFieldKey(spec.path);
  const error = get(errors, spec.path) as { type?: string; message?: string } | undefined;
  const [messageKey, values] = fieldErrorMessage(spec.path, error?.type, error?.message);
  const describedBy = error ? `${id}-error ${id}-hint` : `${id}-hint`;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id} className="field__label">
        {t(`Form.fields.${key}.label`)}{" "}
        <span className="field__flag">({t(spec.required ? "Form.required" : "Form.optional")})</span>
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t(`Form.fields.${key}.hint`)}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {t(`FormErrors.${messageKey}`, values)}
        </p>
      )}
      <input
        id={id}
        className="field__input"
        type={spec.type ?? "text"}
        autoComplete={spec.autoComplete}
        spellCheck={spec.type === "url" ? false : undefined}
        aria-required={spec.required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        readOnly={!ready}
        {...register(spec.path)}
      />
    </div>
  );
}
