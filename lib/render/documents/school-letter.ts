import { ruleKey, type TRule } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { ofSchoolFr } from "@/lib/i18n/french";
import { formatReference } from "@/lib/i18n/format-reference";
import { documentShell, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel, TFactRow, TQuestionItem } from "./types";
import { vendorQuestionKey } from "@/lib/domain/catalogue/message-keys";

const SL = "Documents.schoolLetter";

const fact = (ctx: TDocContext, label: string, value: string): TFactRow => ({ label, value, toComplete: ctx.hasBlank(value) });

/**
 * The parents' association's letter to the head of school: who asks (blanks for the names), the
 * questions about the school's own measures ([S] rules answered "unknown" or not answered), then
 * the vendor's ([V] unknowns, in the parents' wording) that parents ask the school to obtain; each
 * with its legal reference.
 */
export function buildSchoolLetter(ctx: TDocContext): TDocumentViewModel {
  const { t, doc, locale, evaluation, catalogue } = ctx;
  const service = doc.service.name;
  const name = doc.school?.name;
  const rules = catalogue.domains.flatMap((d) => d.rules);
  const school = rules.filter((r) => r.who === "S" && evaluation.schoolActions.includes(r.id));
  const vendor = rules.filter((r) => r.who === "V" && evaluation.vendorQuestions.includes(r.id));
  let number = 0;
  const item = (r: TRule, text: string): TQuestionItem => ({
    heading: `${t(`${SL}.question`, { number: ++number })} · ${r.id}`,
    text,
    notes:
      r.references.length === 0
        ? []
        : [{ label: t(`${SL}.references`), text: r.references.map((ref) => formatReference(t, ref, catalogue.sources)).join(ctx.separator) }],
  });
  const part = (heading: string, intro: string, empty: string, items: TQuestionItem[]): TBlock[] => [
    { type: "heading", level: 2, text: heading },
    ...(items.length === 0 ? [{ type: "paragraph", text: empty, style: "box" } as const] : [{ type: "paragraph", text: intro } as const, { type: "questions", items } as const]),
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
    ...part(t(`${SL}.schoolHeading`), t(`${SL}.schoolIntro`), t(`${SL}.schoolEmpty`), school.map((r) => item(r, t(ruleKey(r.id, "question"))))),
    ...part(t(`${SL}.vendorHeading`), t(`${SL}.vendorIntro`), t(`${SL}.vendorEmpty`), vendor.map((r) => item(r, t(vendorQuestionKey(r.id, "parents"))))),
    { type: "paragraph", text: t(`${SL}.closing`, { boardTo: t(ctx.controllerKeys.boardTo) }) },
    { type: "paragraph", text: t(`${SL}.regards`, { address }) },
    { type: "facts", rows: [fact(ctx, t(`${SL}.signature`), ctx.blank(t(`${SL}.signatureWhat`)))] },
  ]);
}
