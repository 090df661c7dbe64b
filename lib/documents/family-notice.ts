import { UNKNOWN } from "../catalogue";
import { formatDate } from "../i18n/format";
import { capitalise, controllerText, documentShell, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel } from "./types";

const FN = "Documents.familyNotice";

/**
 * One sentence chosen by the answer to a question: `${key}.${answer}` when the answer is one of
 * `known`, else `${key}.unknown` with a blank to complete (what is not known is never invented).
 */
function byAnswer(ctx: TDocContext, key: string, answer: string, known: readonly string[], what: string, values: Record<string, string> = {}): string {
  const { t } = ctx;
  if (known.includes(answer)) return t(`${FN}.${key}.${answer}`, values);
  return t(`${FN}.${key}.unknown`, { ...values, blank: ctx.blank(t(`${FN}.${what}`)) });
}

/** A name that ends with a full stop ("QuizÉclair Inc.") does not end the sentence twice. */
const tidy = (s: string) => s.replace(/\.\.(?=\s|$)/g, ".");

const paragraphs = (heading: string, texts: readonly string[]): TBlock[] => [
  { type: "heading", level: 2, text: heading },
  ...texts.map((text): TBlock => ({ type: "paragraph", text: tidy(text) })),
];

/** Whether the data leave the EU: stored outside it, or reachable from outside it. */
function leavesEu(ctx: TDocContext): "yes" | "no" | typeof UNKNOWN {
  const where = ctx.answer("HOST-01");
  const access = ctx.answer("HOST-02");
  if (["us", "other", "adequate"].includes(where) || access === "yes") return "yes";
  if (["france", "eu"].includes(where) && access === "no") return "no";
  return UNKNOWN;
}

function whereSentences(ctx: TDocContext): string[] {
  const leaves = leavesEu(ctx);
  const sentences = [
    byAnswer(ctx, "storage", ctx.answer("HOST-01"), ["france", "eu", "adequate", "us", "other"], "storageWhat"),
    byAnswer(ctx, "leavesEu", leaves, ["yes", "no"], "leavesEuWhat"),
  ];
  // Storage in a country with an adequacy decision needs no other safeguard, unless accessed from elsewhere.
  const adequacyOnly = ctx.answer("HOST-01") === "adequate" && ctx.answer("HOST-02") !== "yes";
  const basis = ctx.answer("HOST-03");
  if (leaves === "yes" && !adequacyOnly && basis !== "not_applicable") {
    sentences.push(byAnswer(ctx, "transferBasis", basis, ["dpf", "scc_tia", "none"], "transferBasisWhat"));
  }
  return sentences;
}

/**
 * The information notice for families (GDPR art. 13), filled from the answers in short sentences.
 * Every fact the answers do not give is a blank to complete.
 */
export function buildFamilyNotice(ctx: TDocContext): TDocumentViewModel {
  const { t, doc, locale } = ctx;
  const service = doc.service.name;
  const vendor = doc.service.vendor ?? ctx.blank(t(`${FN}.vendorWhat`));
  const yn = ["yes", "no"] as const;
  const duration = ctx.blank(t(`${FN}.durationWhat`));
  const retention = ctx.answer("MIN-05");

  const blocks: TBlock[] = [
    { type: "paragraph", text: t(`${FN}.intro`, { service }), style: "lead" },
    { type: "paragraph", text: t(ctx.mode === "parents" ? `${FN}.draftParents` : `${FN}.draft`), style: "box" },
    ...paragraphs(t(`${FN}.controllerHeading`), [t(`${FN}.controller`, { controller: controllerText(ctx) })]),
    ...paragraphs(t(`${FN}.serviceHeading`), [
      t(`${FN}.service`, { service, vendor }),
      t(`${FN}.purpose`, { purpose: ctx.blank(t(`${FN}.purposeWhat`)) }),
      t(`${FN}.legalBasis`),
      ...(ctx.answer("INF-03") === "collected" ? [t(`${FN}.consent`)] : []),
    ]),
    ...paragraphs(t(`${FN}.dataHeading`), [
      byAnswer(ctx, "people", ctx.answer("CTX-02"), ["pupils", "families", "staff"], "peopleWhat"),
      byAnswer(ctx, "identity", ctx.answer("MIN-01"), ["opaque", "first_name", "full_name", "full_plus"], "identityWhat"),
      byAnswer(ctx, "sensitive", ctx.answer("MIN-03"), yn, "sensitiveWhat"),
    ]),
    ...paragraphs(t(`${FN}.recipientsHeading`), [
      capitalise(byAnswer(ctx, "contract", ctx.answer("ACC-01"), yn, "contractWhat", { vendor })),
      byAnswer(ctx, "purposeLimit", ctx.answer("COM-01"), yn, "purposeLimitWhat"),
      byAnswer(ctx, "ads", ctx.answer("COM-02"), ["none", "contextual", "targeted"], "adsWhat"),
      byAnswer(ctx, "subprocessors", ctx.answer("ACC-02"), yn, "subprocessorsWhat"),
    ]),
    ...paragraphs(t(`${FN}.whereHeading`), whereSentences(ctx)),
    ...paragraphs(t(`${FN}.retentionHeading`), [
      t(`${FN}.retention.${retention === "yes" || retention === "no" ? retention : UNKNOWN}`, { duration }),
      byAnswer(ctx, "deletion", ctx.answer("MIN-06"), yn, "deletionWhat"),
    ]),
    ...paragraphs(t(`${FN}.rightsHeading`), [
      t(`${FN}.rights`),
      byAnswer(ctx, "objection", ctx.answer("RIG-03"), yn, "objectionWhat"),
      t(`${FN}.how`),
    ]),
    ...paragraphs(t(`${FN}.dpoHeading`), [t(`${FN}.dpo`, { contact: ctx.blank(t(`${FN}.dpoWhat`)) })]),
    ...paragraphs(t(`${FN}.complaintHeading`), [t(`${FN}.complaint`)]),
    { type: "paragraph", text: t(`${FN}.date`, { date: formatDate(locale, ctx.now) }), style: "muted" },
  ];
  return documentShell(ctx, "family-notice", t(`${FN}.title`, { service }), blocks);
}
