import { domainKey, ruleKey, vendorQuestionKey } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { ofSchoolFr } from "@/lib/i18n/french";
import { formatReference } from "@/lib/i18n/format-reference";
import { capitalise, documentShell, type TDocContext, type TDocumentOptions } from "./context";
import type { TBlock, TDocumentViewModel, TFactRow } from "./types";

/** Days the vendor is given to answer: the month the GDPR allows for a rights request. */
export const REPLY_DAYS = 30;

const fact = (ctx: TDocContext, label: string, value: string): TFactRow => ({ label, value, toComplete: ctx.hasBlank(value) });

function sender(ctx: TDocContext): string {
  const { t, doc } = ctx;
  const name = doc.school?.name;
  if (ctx.mode === "parents") {
    return name === undefined ? ctx.blank(t("Documents.vendorLetter.fromParentsWhat")) : t("Documents.vendorLetter.fromParents", { school: name, ofSchool: ofSchoolFr(name) });
  }
  if (name === undefined) return ctx.blank(t("Documents.vendorLetter.fromWhat"));
  return doc.school?.uai === undefined ? name : t("Report.cover.schoolWithUai", { name, uai: doc.school.uai });
}

function signatory(ctx: TDocContext): string {
  const { name, role } = ctx.doc.assessor ?? {};
  if (name !== undefined && role !== undefined) return ctx.t("Report.cover.assessorWithRole", { name, role });
  return name ?? role ?? ctx.blank(ctx.t("Documents.vendorLetter.signatureWhat"));
}

/** The link to answer online, when the owner passed it: "answer online at …". */
const onlineAnswer = (ctx: TDocContext, options: TDocumentOptions): TBlock[] =>
  options.vendorLink === undefined ? [] : [{ type: "paragraph", text: ctx.t("VendorOnline.letter", { url: options.vendorLink }), style: "box" }];

/**
 * The letter of questions to the vendor: one question for every [V] rule answered "unknown" or not
 * answered, grouped by domain, each with why it is asked and its legal reference, and a reply date.
 */
export function buildVendorLetter(ctx: TDocContext, options: TDocumentOptions = {}): TDocumentViewModel {
  const { t, doc, locale, evaluation, catalogue } = ctx;
  const service = doc.service.name;
  const replyBy = formatDate(locale, new Date(ctx.now.getTime() + REPLY_DAYS * 86_400_000));
  const asked = new Set(evaluation.vendorQuestions);
  const header: TBlock = {
    type: "facts",
    rows: [
      fact(ctx, t("Documents.vendorLetter.from"), sender(ctx)),
      fact(ctx, t("Documents.vendorLetter.to"), doc.service.vendor ?? ctx.blank(t("Documents.vendorLetter.toWhat"))),
      fact(ctx, t("Documents.vendorLetter.subject"), t("Documents.vendorLetter.subjectText", { service })),
      fact(ctx, t("Documents.vendorLetter.date"), formatDate(locale, ctx.now)),
      ...(asked.size === 0 ? [] : [fact(ctx, t("Documents.vendorLetter.replyBy"), replyBy)]),
    ],
  };
  const title = t("Documents.vendorLetter.title", { service });
  if (asked.size === 0) {
    return documentShell(ctx, "vendor-letter", title, [
      header,
      { type: "heading", level: 2, text: t("Documents.vendorLetter.emptyHeading") },
      { type: "paragraph", text: t("Documents.vendorLetter.empty"), style: "box" },
    ]);
  }

  let number = 0;
  const questions: TBlock[] = catalogue.domains.flatMap((d): TBlock[] => {
    const rules = d.rules.filter((r) => asked.has(r.id));
    if (rules.length === 0) return [];
    return [
      { type: "heading", level: 2, text: t(domainKey(d.id, "title")) },
      {
        type: "questions",
        items: rules.map((r) => ({
          heading: `${t("Documents.vendorLetter.question", { number: ++number })} · ${r.id}`,
          text: t(vendorQuestionKey(r.id, ctx.mode)),
          notes: [
            { label: t("Documents.vendorLetter.why"), text: t(ruleKey(r.id, "help")) },
            {
              label: t("Documents.vendorLetter.references"),
              text: r.references.map((ref) => formatReference(t, ref, catalogue.sources)).join(ctx.separator),
            },
          ],
        })),
      },
    ];
  });

  const school = ctx.schoolName(ctx.mode === "parents" ? "theSchool" : "ourSchool");
  const theSchool = ctx.theSchool(ctx.mode === "parents" ? "theSchool" : "ourSchool");
  return documentShell(ctx, "vendor-letter", title, [
    header,
    { type: "paragraph", text: t("Documents.vendorLetter.salutation") },
    {
      type: "paragraph",
      // A staff-only service is used with the school's staff, not its pupils.
      text: capitalise(
        t(ctx.mode === "head" && ctx.answer("CTX-02") === "staff" ? "Documents.vendorLetter.introStaff" : `Documents.vendorLetter.intro.${ctx.mode}`, { school, theSchool, ofSchool: ofSchoolFr(school), service }),
      ),
    },
    { type: "paragraph", text: t("Documents.vendorLetter.ask", { count: asked.size, date: replyBy }) },
    ...onlineAnswer(ctx, options),
    ...questions,
    { type: "paragraph", text: t(`Documents.vendorLetter.closing.${ctx.mode}`, { dpoWho: ctx.dpoWho, boardTo: t(ctx.controllerKeys.boardTo) }) },
    { type: "paragraph", text: t("Documents.vendorLetter.thanks") },
    { type: "paragraph", text: t("Documents.vendorLetter.regards") },
    { type: "facts", rows: [fact(ctx, t("Documents.vendorLetter.signature"), signatory(ctx))] },
  ]);
}
