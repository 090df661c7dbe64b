"use client";

import { useFormContext } from "react-hook-form";
import type { TAnswerCondition, TContextQuestion, TRule } from "@/lib/domain/catalogue";
import { modifierKey, ruleKey } from "@/lib/domain/catalogue/message-keys";
import type { TNotApplicableReason } from "@/lib/domain/engine";
import { answerPath, questionDomId } from "@/lib/domain/assessment/steps";
import type { TDraft } from "@/lib/domain/assessment/draft";
import { EvidenceFields } from "./evidence-fields";
import { useCatalogueText } from "../ui/use-catalogue-text";
import styles from "./question-field.module.css";

type TProps = { question: TContextQuestion | TRule; notApplicable?: TNotApplicableReason };

const isRule = (q: TContextQuestion | TRule): q is TRule => "who" in q;

/**
 * One question: a fieldset whose legend is the question, its radio buttons (every option and
 * "I don't know"), why it matters, who usually knows, and its legal references.
 */
export function QuestionField({ question, notApplicable }: TProps) {
  const { register } = useFormContext<TDraft>();
  const text = useCatalogueText();
  const { t } = text;
  const id = questionDomId(question.id);
  const rule = isRule(question) ? question : null;

  if (notApplicable !== undefined) {
    return (
      <div id={id} className="question question--na" tabIndex={-1}>
        <p className={styles.legend}>
          <span className="question__id">{question.id}</span> {t(ruleKey(question.id, "question"))}
        </p>
        <p className={styles.na}>
          <strong>{t("Form.notApplicable")}</strong> <NotApplicableReason rule={rule} reason={notApplicable} />
        </p>
      </div>
    );
  }

  const help = `${id}-help`;
  const who = `${id}-who`;
  return (
    <fieldset id={id} className="question" tabIndex={-1} aria-describedby={rule ? `${help} ${who}` : help}>
      <legend className={styles.legend}>
        <span className="question__id">{question.id}</span> {t(ruleKey(question.id, "question"))}
      </legend>
      <p id={help} className={styles.help}>
        <strong>{t("Form.why")}</strong>
        {t(ruleKey(question.id, "help"))}
      </p>
      {rule && (
        <p id={who} className={styles.who}>
          {t(`Form.who.${rule.who}`)}
        </p>
      )}
      <div className="options">
        {text.options(question).map((value) => {
          const optionId = `${id}-${value}`;
          return (
            <div key={value} className="option">
              <input id={optionId} type="radio" value={value} {...register(answerPath(question.id))} />
              <label htmlFor={optionId}>{text.answer(question.id, value)}</label>
            </div>
          );
        })}
      </div>
      {rule && rule.references.length > 0 && (
        <div className="question__refs">
          <p>{t("Form.references")}</p>
          <ul>
            {rule.references.map((r, i) => (
              <li key={`${i}-${r.source}`}>{text.reference(r)}</li>
            ))}
            {rule.appliesFrom !== undefined && <li>{text.applies(rule.appliesFrom, rule.appliesFromSetBy)}</li>}
          </ul>
        </div>
      )}
      {rule && <EvidenceFields questionId={rule.id} />}
    </fieldset>
  );
}

function NotApplicableReason({ rule, reason }: { rule: TRule | null; reason: TNotApplicableReason }) {
  const text = useCatalogueText();
  if (reason.kind === "modifier") return <>{text.t(modifierKey(reason.modifierId))}</>;
  const describe = (c: TAnswerCondition): string =>
    "all" in c
      ? text.list(c.all.map(describe), "conjunction")
      : text.t("Form.condition", { id: c.rule, answers: text.list(c.in.map((v) => text.t("Form.quoted", { text: text.answer(c.rule, v) })), "disjunction") });
  const conditions = (rule?.askedWhen ?? []).map(describe);
  return <>{text.t("Form.askedOnlyIf", { conditions: text.list(conditions, "disjunction") })}</>;
}
