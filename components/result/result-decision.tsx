"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import type { TDraft } from "@/lib/domain/assessment";
import { saveDraft } from "@/lib/browser/draft-storage";
import type { TDraftDecision } from "@/lib/domain/assessment/draft";
import { toDocument } from "@/lib/domain/assessment/to-document";
import { conditionLines, conditionsLimitIssue, decisionConditions } from "@/lib/domain/decision-conditions";
import type { TEvaluation } from "@/lib/domain/engine";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { putSaved } from "@/lib/browser/api-client";
import { editTokenFor, loadServerLink, saveServerLink } from "@/lib/browser/local";
import { ResultSection } from "../ui/disclosure";
import { DECISION_CONDITIONS_MAX, DECISION_OUTCOMES, DECISION_TEXT_MAX, ZNewDecisionSchema, type TDecisionOutcome } from "@/lib/domain/schema";
import { controllerKeys, controllerOf } from "@/lib/domain/controller";

/** The form's fields, flat: the conditions are one text, a condition per line. */
interface TDecisionForm {
  outcome: TDecisionOutcome | "";
  date: string;
  byName: string;
  byRole: string;
  conditions: string;
  reason: string;
  dpdConsulted: boolean;
  dpdName: string;
  dpdFavourable: "" | "yes" | "no";
  dpdDate: string;
  dpdOpinion: string;
  boardDate: string;
  reviewDate: string;
}
type TField = keyof TDecisionForm;

const toForm = (d: TDraftDecision | undefined): TDecisionForm => ({
  outcome: d?.outcome ?? "",
  date: d?.date ?? "",
  byName: d?.by.name ?? "",
  byRole: d?.by.role ?? "",
  conditions: (d?.conditions ?? []).join("\n"),
  reason: d?.reason ?? "",
  dpdConsulted: d?.dpd.consulted ?? false,
  dpdName: d?.dpd.name ?? "",
  dpdFavourable: d?.dpd.favourable === undefined ? "" : d.dpd.favourable ? "yes" : "no",
  dpdDate: d?.dpd.date ?? "",
  dpdOpinion: d?.dpd.opinion ?? "",
  boardDate: d?.boardDate ?? "",
  reviewDate: d?.reviewDate ?? "",
});

/**
 * The decision as the answers document holds it (blank fields stay blank: the schema drops them);
 * the conditions, one a line without blank lines, only for a decision with conditions (the field is hidden otherwise).
 */
const toDecisionInput = (f: TDecisionForm) => ({
  outcome: f.outcome,
  date: f.date,
  by: { name: f.byName, role: f.byRole },
  ...(f.outcome === "conditions" ? { conditions: conditionLines(f.conditions) } : {}),
  reason: f.reason,
  dpd: {
    consulted: f.dpdConsulted,
    name: f.dpdName,
    ...(f.dpdFavourable === "" ? {} : { favourable: f.dpdFavourable === "yes" }),
    date: f.dpdDate,
    opinion: f.dpdOpinion,
  },
  boardDate: f.boardDate,
  reviewDate: f.reviewDate,
});

/** Where a schema issue is shown: the form field of its path. */
function fieldOf(path: readonly PropertyKey[]): TField {
  const [head, sub] = path.map(String);
  if (head === "by") return sub === "role" ? "byRole" : "byName";
  if (head === "dpd") return sub === "date" ? "dpdDate" : sub === "opinion" ? "dpdOpinion" : sub === "name" ? "dpdName" : sub === "favourable" ? "dpdFavourable" : "dpdConsulted";
  return (["outcome", "date", "conditions", "reason", "boardDate", "reviewDate"] as const).find((f) => f === head) ?? "outcome";
}

/** Checks the form with the decision schema for a new record (a refusal states its reasons); each issue goes to its field. */
const resolver: Resolver<TDecisionForm> = async (values) => {
  const parsed = ZNewDecisionSchema.safeParse(toDecisionInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: FieldErrors<TDecisionForm> = {};
  for (const zodIssue of parsed.error.issues) {
    const field = fieldOf(zodIssue.path);
    errors[field] ??= { type: zodIssue.code, message: zodIssue.message };
  }
  return { values: {}, errors };
};

/** The message of a field's error: what is missing, a bad date, or a text too long. */
function errorKey(field: TField, type: string | undefined, value: string): string {
  if (type === "too_big") return "tooLong";
  if (field === "reviewDate" && type === "custom") return "reviewDate";
  if (field === "outcome" || field === "byName" || field === "conditions" || field === "reason") return field;
  if (field === "date" && value.trim() === "") return "date";
  return "dateFormat";
}

type TStatus = { kind: "idle" } | { kind: "saved" } | { kind: "removed" } | { kind: "server"; version: number } | { kind: "pending" };

/**
 * The head of school's decision, after the result: a form checked by the decision schema, kept in
 * the draft (so it is saved with the assessment) and, when this browser holds the saved
 * assessment's edit link, sent to it at once. A parents' association gets, in a sentence, why it cannot decide.
 */
export function ResultDecision({ draft, evaluation, onChange }: { draft: TDraft; evaluation: TEvaluation; onChange: (d: TDraft) => void }) {
  const t = useTranslations("Decision");
  const tPage = useTranslations("ResultPage");
  if (draft.mode === "parents") {
    return (
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t("form.parentsHeading")}</h2>
        <p>{tPage("decisionParents")}</p>
      </section>
    );
  }
  return <DecisionForm draft={draft} evaluation={evaluation} onChange={onChange} />;
}

function DecisionForm({ draft, evaluation, onChange }: { draft: TDraft; evaluation: TEvaluation; onChange: (d: TDraft) => void }) {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const [status, setStatus] = useState<TStatus>({ kind: "idle" });
  const form = useForm<TDecisionForm>({ defaultValues: toForm(draft.decision), resolver, mode: "onSubmit", reValidateMode: "onChange" });
  const { register, handleSubmit, formState, watch, setValue, reset } = form;
  const outcome = watch("outcome");
  const consulted = watch("dpdConsulted");
  const recorded = draft.decision;
  const keys = controllerKeys(controllerOf(draft.answers));

  const sendToSaved = async (next: TDraft) => {
    const link = loadServerLink();
    const token = link === null ? null : editTokenFor(link.id);
    const doc = toDocument(next);
    if (link === null || token === null || !doc.success) return false;
    const res = await putSaved(link.id, token, link.version, doc.data, locale);
    if (res.kind === "ok") {
      saveServerLink({ id: link.id, version: res.value.version, pending: false });
      setStatus({ kind: "server", version: res.value.version });
    } else {
      saveServerLink({ ...link, pending: true });
      setStatus({ kind: "pending" });
    }
    return true;
  };

  const record = handleSubmit(async (values) => {
    const decision: TDraftDecision = {
      outcome: values.outcome as TDecisionOutcome,
      date: values.date,
      by: { name: values.byName.trim(), role: values.byRole.trim() },
      conditions: values.outcome === "conditions" ? conditionLines(values.conditions) : [],
      ...(values.reason.trim() === "" ? {} : { reason: values.reason.trim() }),
      dpd: values.dpdConsulted
        ? {
            consulted: true,
            date: values.dpdDate,
            opinion: values.dpdOpinion.trim(),
            ...(values.dpdName.trim() === "" ? {} : { name: values.dpdName.trim() }),
            ...(values.dpdFavourable === "" ? {} : { favourable: values.dpdFavourable === "yes" }),
          }
        : { consulted: false, date: "", opinion: "" },
      boardDate: values.boardDate,
      reviewDate: values.reviewDate,
    };
    const next = { ...draft, decision };
    saveDraft(next);
    onChange(next);
    setStatus({ kind: "saved" });
    await sendToSaved(next);
  });

  const remove = async () => {
    const { decision: _removed, ...rest } = draft;
    saveDraft(rest);
    onChange(rest);
    reset(toForm(undefined));
    setStatus({ kind: "removed" });
    await sendToSaved(rest);
  };

  const engineConditions = decisionConditions(evaluation.conditions);
  const [omitted, setOmitted] = useState(0);
  const fillEngineConditions = () => {
    setValue("conditions", engineConditions.keys.map((key) => t(key)).join("\n"), { shouldDirty: true });
    setOmitted(engineConditions.omitted);
  };

  /** A field's error; for the conditions, the limit passed (their number, or which one is too long). */
  const error = (field: TField) => {
    const e = formState.errors[field];
    if (e === undefined) return null;
    const limit = field === "conditions" && e.type === "too_big" ? conditionsLimitIssue(conditionLines(form.getValues("conditions"))) : null;
    if (limit?.kind === "tooMany") return t("Decision.form.errors.conditionsTooMany", { count: limit.count, max: limit.max });
    if (limit?.kind === "tooLong") return t("Decision.form.errors.conditionTooLong", { line: limit.line, length: limit.length, max: limit.max });
    return t(`Decision.form.errors.${errorKey(field, e.type, String(form.getValues(field)))}`);
  };
  const fieldProps = (field: TField) => {
    const message = error(field);
    return {
      id: `decision-${field}`,
      "aria-invalid": message === null ? undefined : true,
      "aria-describedby": message === null ? undefined : `decision-${field}-error`,
    };
  };
  const errorLine = (field: TField) => {
    const message = error(field);
    return message === null ? null : (
      <p id={`decision-${field}-error`} className="field__error">
        {message}
      </p>
    );
  };
  const flag = (required: boolean) => <span className="field__flag">({t(required ? "Decision.form.required" : "Decision.form.optional")})</span>;
  const textInput = ({ field, type = "text", required = false, label }: { field: TField; type?: "text" | "date"; required?: boolean; label: string }) => (
    <div className={error(field) === null ? "field" : "field field--error"}>
      <label htmlFor={`decision-${field}`} className="field__label">
        {label} {flag(required)}
      </label>
      {errorLine(field)}
      <input className="field__input" type={type} aria-required={required ? true : undefined} {...fieldProps(field)} {...register(field)} />
    </div>
  );
  const hasErrors = Object.keys(formState.errors).length > 0;

  return (
    <ResultSection headingId="decision-heading" title={t("Decision.form.heading")} collapsible className="decision">
      <p>{t("Decision.form.intro")}</p>
      {recorded === undefined ? null : (
        <p className="decision__recorded">
          <strong>{t("Decision.form.recorded", { outcome: t(`Decision.outcomes.${recorded.outcome}`), date: formatDate(locale, recorded.date) })}</strong>
        </p>
      )}
      <form noValidate onSubmit={(e) => void record(e)}>
        <fieldset className={error("outcome") === null ? "field" : "field field--error"} aria-describedby={error("outcome") === null ? undefined : "decision-outcome-error"}>
          <legend className="field__label">
            {t("Decision.form.outcome")} {flag(true)}
          </legend>
          {errorLine("outcome")}
          <div className="options">
            {DECISION_OUTCOMES.map((o) => (
              <div key={o} className="option">
                <input id={`decision-outcome-${o}`} type="radio" value={o} {...register("outcome")} />
                <label htmlFor={`decision-outcome-${o}`}>{t(`Decision.choices.${o}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {outcome === "conditions" ? (
          <div className={error("conditions") === null ? "field" : "field field--error"}>
            <label htmlFor="decision-conditions" className="field__label">
              {t("Decision.form.conditions")} {flag(true)}
            </label>
            <p id="decision-conditions-hint" className="field__hint">
              {t("Decision.form.conditionsHelp", { max: DECISION_CONDITIONS_MAX, length: DECISION_TEXT_MAX })}
            </p>
            {errorLine("conditions")}
            <textarea
              className="field__input"
              rows={5}
              aria-required
              {...fieldProps("conditions")}
              aria-describedby={error("conditions") === null ? "decision-conditions-hint" : "decision-conditions-error decision-conditions-hint"}
              {...register("conditions")}
            />
            {engineConditions.keys.length > 0 ? (
              <p>
                <button type="button" className="button button--secondary" onClick={fillEngineConditions}>
                  {t("Decision.form.useConditions")}
                </button>
              </p>
            ) : null}
            {omitted > 0 ? <p role="status" className="field__hint">{t("Decision.form.conditionsOmitted", { count: omitted, max: DECISION_CONDITIONS_MAX })}</p> : null}
          </div>
        ) : null}
        <div className={error("reason") === null ? "field" : "field field--error"}>
          <label htmlFor="decision-reason" className="field__label">
            {t("Decision.form.reason")} {flag(outcome === "refuse")}
          </label>
          <p id="decision-reason-hint" className="field__hint">
            {t("Decision.form.reasonHelp")}
          </p>
          {errorLine("reason")}
          <textarea
            className="field__input"
            rows={3}
            aria-required={outcome === "refuse" ? true : undefined}
            {...fieldProps("reason")}
            aria-describedby={error("reason") === null ? "decision-reason-hint" : "decision-reason-error decision-reason-hint"}
            {...register("reason")}
          />
        </div>
        {textInput({ field: "date", type: "date", required: true, label: t("Decision.form.date") })}
        {textInput({ field: "byName", required: true, label: t("Decision.form.byName") })}
        {textInput({ field: "byRole", label: t("Decision.form.byRole") })}
        <div className="field">
          <div className="option option--inline">
            <input id="decision-dpdConsulted" type="checkbox" {...register("dpdConsulted")} />
            <label htmlFor="decision-dpdConsulted">{t("Decision.form.dpdConsulted")}</label>
          </div>
        </div>
        {consulted ? (
          <>
            {textInput({ field: "dpdName", label: t("Decision.form.dpdName") })}
            {textInput({ field: "dpdDate", type: "date", label: t("Decision.form.dpdDate") })}
            <div className="field">
              <label htmlFor="decision-dpdFavourable" className="field__label">
                {t("Decision.form.dpdFavourable")} {flag(false)}
              </label>
              <select id="decision-dpdFavourable" className="field__input" {...register("dpdFavourable")}>
                <option value="">{t("Decision.form.dpdFavourableUnset")}</option>
                <option value="yes">{t("Decision.form.dpdFavourableYes")}</option>
                <option value="no">{t("Decision.form.dpdFavourableNo")}</option>
              </select>
            </div>
            <div className={error("dpdOpinion") === null ? "field" : "field field--error"}>
              <label htmlFor="decision-dpdOpinion" className="field__label">
                {t("Decision.form.dpdOpinion")} {flag(false)}
              </label>
              {errorLine("dpdOpinion")}
              <textarea className="field__input" rows={4} {...fieldProps("dpdOpinion")} {...register("dpdOpinion")} />
            </div>
          </>
        ) : null}
        {textInput({ field: "boardDate", type: "date", label: t(keys.boardField) })}
        {textInput({ field: "reviewDate", type: "date", label: t("Decision.form.reviewDate") })}
        {hasErrors ? (
          <p role="alert" className="field__error">
            {t("Decision.form.errorsTitle")}
          </p>
        ) : null}
        <p className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={formState.isSubmitting}>
            {t("Decision.form.save")}
          </button>
          {recorded === undefined ? null : (
            <button type="button" className="button button--secondary" onClick={() => void remove()}>
              {t("Decision.form.remove")}
            </button>
          )}
        </p>
        <p role="status">
          {status.kind === "saved"
            ? t("Decision.form.saved")
            : status.kind === "removed"
              ? t("Decision.form.removed")
              : status.kind === "server"
                ? t("Decision.form.serverSaved", { version: status.version })
                : status.kind === "pending"
                  ? t("Decision.form.serverPending")
                  : ""}
        </p>
      </form>
    </ResultSection>
  );
}
