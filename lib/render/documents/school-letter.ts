import { ruleKey, type TRule } from "@/lib/domain/catalogue";
import { letterQuestions, type TFirstQuestion } from "@/lib/domain/engine";
import { formatDate } from "@/lib/i18n/format";
import { ofSchoolFr } from "@/lib/i18n/french";
import { formatReference } from "@/lib/i18n/format-reference";
import { documentShell, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel, TFactRow, TQuestionItem } from "./types";
import { vendorQuestionKey } from "@/lib/domain/catalogue/message-keys";

const SL = "Documents.schoolLetter";

const fact = (ctx: TDocContext, label: string, value: string): TFactRow => ({ label, value, toComplete: ctx.hasBlank(value) });

/**
 * The parents' association's letter to the head of school: who asks (blanks for the names), then
 * the points that matter most for this service (the domain's `letterQuestions`: confirmed risks to
 * ask about and questions left unanswered, the worst first), the closing and the signature, and in
 * an annex the other questions: the school's own measures ([S] rules answered "unknown" or not
 * answered), then the vendor's ([V] unknowns, in the parents' wording) that parents ask the school
 * to obtain; each with its legal reference.
 */
export function buildSchoolLetter(ctx: TDocContext): TDocumentViewModel {
  const { t, doc, locale, evaluation, catalogue } = ctx;
  const service = doc.service.name;
  const name = doc.school?.name;
  const rules = new Map(catalogue.domains.flatMap((d) => d.rules).map((r) => [r.id, r]));
  const { first, rest } = letterQuestions(evaluation, catalogue);
  const ruleOf = (id: string): TRule => {
    const r = rules.get(id);
    if (r === undefined) throw new Error(`unknown rule ${id}`);
    return r;
  };
  let number = 0;
  const references = (r: TRule) =>
    r.references.length === 0 ? [] : [{ label: t(`${SL}.references`), text: r.references.map((ref) => formatReference(t, ref, catalogue.sources)).join(ctx.separator) }];
  const item = (r: TRule, text: string, notes: TQuestionItem["notes"] = []): TQuestionItem => ({
    heading: `${t(`${SL}.question`, { number: ++number })} · ${r.id}`,
    text,
    notes: [...notes, ...references(r)],
  });
  const asked = (r: TRule) => t(r.who === "S" ? ruleKey(r.id, "question") : vendorQuestionKey(r.id, "parents"));
  const firstItem = (q: TFirstQuestion): TQuestionItem => {
    const r = ruleOf(q.ruleId);
    if (q.kind === "risk") {
      const text = t(`${SL}.riskText`, { question: t(ruleKey(r.id, "question")), answer: ctx.answerLabel(r.id), severity: t(`Severity.${q.severity}`).toLocaleLowerCase(locale) });
      return item(r, text);
    }
    return item(r, asked(r), [{ label: t(`${SL}.whoLabel`), text: t(r.who === "S" ? `${SL}.whoSchool` : `${SL}.whoVendor`) }]);
  };
  const firstItems = first.map(firstItem);
  const restCount = rest.school.length + rest.vendor.length;
  const part = (level: 2 | 3, heading: string, intro: string, items: TQuestionItem[]): TBlock[] =>
    items.length === 0 ? [] : [{ type: "heading", level, text: heading }, { type: "paragraph", text: intro }, { type: "questions", items }];
  // With nothing to put first (only a question that rarely applies), the other questions are the letter's own.
  const others = (level: 2 | 3): TBlock[] => [
    ...part(level, t(`${SL}.schoolHeading`), t(`${SL}.schoolIntro`), rest.school.map((id) => item(ruleOf(id), t(ruleKey(id, "question"))))),
    ...part(level, t(`${SL}.vendorHeading`), t(`${SL}.vendorIntro`), rest.vendor.map((id) => item(ruleOf(id), t(vendorQuestionKey(id, "parents"))))),
  ];
  const annex: TBlock[] =
    restCount === 0 || firstItems.length === 0
      ? []
      : [{ type: "heading", level: 2, text: t(`${SL}.annexHeading`) }, { type: "paragraph", text: t(`${SL}.annexIntro`) }, ...others(3)];
  const questions: TBlock[] =
    firstItems.length > 0
      ? [
          { type: "heading", level: 2, text: t(`${SL}.firstHeading`) },
          { type: "paragraph", text: t(`${SL}.firstIntro`, { count: firstItems.length, rest: restCount, service }) },
          { type: "questions", items: firstItems },
        ]
      : restCount > 0
        ? others(2)
        : [
            { type: "paragraph", text: t(`${SL}.schoolEmpty`), style: "box" },
            { type: "paragraph", text: t(`${SL}.vendorEmpty`), style: "box" },
          ];
  const schoolOrBlank = name ?? ctx.blank(t(`${SL}.toWhat`));
  // The head is addressed by title: directrice or directeur d'école, principal(e), proviseur(e).
  const address = t(ctx.controllerKeys.address);
  return documentShell(ctx, "school-letter", t(`${SL}.title`, { service }), [
    {
      type: "facts",
      rows: [
        fact(ctx, t(`${SL}.from`), name === undefined ? ctx.blank(t(`${SL}.fromWhat`)) : t(`${SL}.fromParents`, { school: name, ofSchool: ofSchoolFr(name) })),
        fact(ctx, t(`${SL}.contact`), ctx.blank(t(`${SL}.contactWhat`))),
        fact(ctx, t(`${SL}.to`), t(`${SL}.toHead`, { school: schoolOrBlank, ofSchool: name === undefined ? schoolOrBlank : ofSchoolFr(name) })),
        fact(ctx, t(`${SL}.subject`), t(`${SL}.subjectText`, { service })),
        fact(ctx, t(`${SL}.date`), formatDate(locale, ctx.now)),
      ],
    },
    { type: "paragraph", text: t(`${SL}.salutation`, { address }) },
    { type: "paragraph", text: t(`${SL}.intro`, { school: ctx.schoolName("theSchool"), ofSchool: ofSchoolFr(ctx.schoolName("theSchool")), service }) },
    ...questions,
    { type: "paragraph", text: t(`${SL}.closing`, { boardTo: t(ctx.controllerKeys.boardTo) }) },
    { type: "paragraph", text: t(`${SL}.regards`, { address }) },
    { type: "facts", rows: [fact(ctx, t(`${SL}.signature`), ctx.blank(t(`${SL}.signatureWhat`)))] },
    ...annex,
  ]);
}
