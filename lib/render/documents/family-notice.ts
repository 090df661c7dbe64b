import { UNKNOWN } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { capitalise, controllerText, documentShell, schoolKind, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel } from "./types";

const FN = "Documents.familyNotice";
const YES_NO = ["yes", "no"] as const;

/**
 * One sentence chosen by the answer to a question: `${key}.${answer}` when the answer is one of
 * `known`, else `${key}.unknown` with a blank to complete (what is not known is never invented).
 */
function byAnswer(ctx: TDocContext, key: string, answer: string, known: readonly string[], what: string, values: Record<string, string> = {}): string {
  const { t } = ctx;
  if (known.includes(answer)) return t(`${FN}.${key}.${answer}`, values);
  return t(`${FN}.${key}.unknown`, { ...values, blank: ctx.blank(t(`${FN}.${what}`)) });
}

/** Like `byAnswer`, for a rule that is only asked in some cases: nothing when it was not asked. */
const ifAsked = (ctx: TDocContext, id: string, sentence: () => string): string[] =>
  ctx.evaluation.domains.some((d) => d.notApplicable.includes(id)) ? [] : [sentence()];

/** A name that ends with a full stop ("QuizÉclair Inc.") does not end the sentence twice. */
const tidy = (s: string) => s.replace(/\.\.(?=\s|$)/g, ".");

const paragraphs = (heading: string, texts: readonly string[]): TBlock[] =>
  texts.length === 0 ? [] : [{ type: "heading", level: 2, text: heading }, ...texts.map((text): TBlock => ({ type: "paragraph", text: tidy(text) }))];

/** Whether the data leave the EU: stored outside it, or reachable from outside it. */
export function leavesEu(ctx: TDocContext): "yes" | "no" | typeof UNKNOWN {
  const where = ctx.answer("HOST-01");
  const access = ctx.answer("HOST-02");
  if (["us", "other", "adequate"].includes(where) || access === "yes") return "yes";
  if (["france", "eu"].includes(where) && access === "no") return "no";
  return UNKNOWN;
}

/**
 * The country outside the EU the data go to, when the data leave it: named when the answers say
 * which (stored in the United States, or a transfer under the EU–US framework), else a blank.
 */
export function thirdCountry(ctx: TDocContext, prefix: string, countryWhat: string): string {
  const { t } = ctx;
  if (ctx.answer("HOST-01") === "us" || ctx.answer("HOST-03") === "dpf") return t(`${FN}.countries.us`);
  const storedInEu = ["france", "eu"].includes(ctx.answer("HOST-01"));
  return ctx.blank(t(storedInEu ? `${FN}.accessCountryWhat` : `${prefix}.${countryWhat}`));
}

function whereSentences(ctx: TDocContext): string[] {
  const { t } = ctx;
  const leaves = leavesEu(ctx);
  const sentences = [
    byAnswer(ctx, "storage", ctx.answer("HOST-01"), ["france", "eu", "adequate", "us", "other"], "storageWhat"),
    byAnswer(ctx, "leavesEu", leaves, YES_NO, "leavesEuWhat"),
  ];
  // Whether the data leave the EU is not known: what to tell families if they do is a blank.
  if (leaves === UNKNOWN) return [...sentences, t(`${FN}.leavesEuUnknown`, { blank: ctx.blank(t(`${FN}.leavesEuUnknownWhat`)) })];
  if (leaves !== "yes") return sentences;
  sentences.push(t(`${FN}.thirdCountry`, { country: thirdCountry(ctx, FN, "thirdCountryWhat") }));
  // Storage in a country with an adequacy decision needs no other safeguard, unless accessed from elsewhere.
  const adequacyOnly = ctx.answer("HOST-01") === "adequate" && ctx.answer("HOST-02") !== "yes";
  const basis = ctx.answer("HOST-03");
  if (adequacyOnly) sentences.push(t(`${FN}.adequacy`));
  else if (basis !== "not_applicable") sentences.push(byAnswer(ctx, "transferBasis", basis, ["dpf", "scc_tia", "none"], "transferBasisWhat"));
  return sentences;
}

/** Why the notice must not be sent as it is: the verdict advises against the service, or no processor contract. */
function doNotSendReasons(ctx: TDocContext): string[] {
  const { t } = ctx;
  return [
    ...(ctx.evaluation.verdict === "not_recommended" ? [t(`${FN}.reasons.notRecommended`)] : []),
    ...(ctx.answer("ACC-01") === "no" ? [t(`${FN}.reasons.noContract`)] : []),
  ];
}

const asked = (ctx: TDocContext, id: string) => !ctx.evaluation.domains.some((d) => d.notApplicable.includes(id));

/**
 * The automated-decision sentence (RIG-06), read with the AI's answers: an AI that may assess
 * pupils (AI-02 yes or unknown) whose results a teacher does not check (AI-07 no) takes automated
 * decisions; while AI-07 is unanswered the notice says it is not settled, never "no automated decision".
 */
function automatedSentence(ctx: TDocContext): string {
  const { t } = ctx;
  const automated = ctx.answer("RIG-06");
  if (automated === "yes") return t(`${FN}.automated.yes`, { blank: ctx.blank(t(`${FN}.automatedWhat.yes`)) });
  const mayAssess = asked(ctx, "AI-02") && ctx.answer("AI-02") !== "no";
  const review = asked(ctx, "AI-07") ? ctx.answer("AI-07") : "yes";
  if (mayAssess && review === "no") return t(`${FN}.automated.aiUnreviewed`, { blank: ctx.blank(t(`${FN}.automatedWhat.yes`)) });
  if (mayAssess && review !== "yes") return t(`${FN}.automated.aiUnsettled`, { blank: ctx.blank(t(`${FN}.automated.aiUnsettledWhat`)) });
  if (automated === "no") return t(`${FN}.automated.no`);
  return t(`${FN}.automated.unknown`, { blank: ctx.blank(t(`${FN}.automatedWhat.unknown`)) });
}

/** Automated decisions (RIG-06) and, when the service uses AI (AI-01), what it does and who checks it. */
function automatedSentences(ctx: TDocContext, audience: "families" | "staff"): string[] {
  const { t } = ctx;
  const ai = ctx.answer("AI-01");
  const aiUse = ai === "no" ? [] : [t(`${FN}.ai.${ai === "yes" ? "yes" : UNKNOWN}`, { blank: ctx.blank(t(`${FN}.aiWhat.${ai === "yes" ? "yes" : UNKNOWN}`)) })];
  if (audience === "staff") {
    // Staff are told about effects on them; what the AI does with pupils is not theirs to read here.
    const automated = ctx.answer("RIG-06");
    const known = automated === "yes" || automated === "no" ? automated : UNKNOWN;
    return [t(`${FN}.automatedStaff.${known}`, { blank: known === "no" ? "" : ctx.blank(t(`${FN}.automatedStaffWhat.${known === "yes" ? "yes" : UNKNOWN}`)) }), ...aiUse];
  }
  return [
    automatedSentence(ctx),
    ...aiUse,
    ...ifAsked(ctx, "AI-02", () => byAnswer(ctx, "aiEvaluates", ctx.answer("AI-02"), YES_NO, "aiEvaluatesWhat")),
    ...ifAsked(ctx, "AI-07", () => byAnswer(ctx, "aiHuman", ctx.answer("AI-07"), YES_NO, "aiHumanWhat")),
  ];
}

/** Special categories (art. 9: MIN-03 health or disability, MIN-09 biometrics): an art. 9(2) condition to complete. */
function specialCategorySentences(ctx: TDocContext): string[] {
  const { t } = ctx;
  const biometrics = ctx.answer("MIN-09") === "yes";
  if (ctx.answer("MIN-03") !== "yes" && !biometrics) return [];
  return [
    t(`${FN}.legalBasis.special`, { blank: ctx.blank(t(`${FN}.legalBasis.specialWhat`)) }),
    ...(biometrics ? [t(`${FN}.legalBasis.biometrics`)] : []),
  ];
}

/**
 * The information notice (GDPR art. 13) for families, or for staff when only staff use the service,
 * filled from the answers in short sentences. Every fact the answers do not give is a blank to
 * complete. While the service is advised against or has no processor contract, every page says it
 * is a draft not to be sent, and why.
 */
export function buildFamilyNotice(ctx: TDocContext): TDocumentViewModel {
  const { t, doc, locale } = ctx;
  const audience = ctx.answer("CTX-02") === "staff" ? "staff" : "families";
  // Collège and lycée pupils get a part of their own: they can exercise their rights themselves.
  const pupilsPart = audience === "families" && (ctx.answer("CTX-01") === "college" || ctx.answer("CTX-01") === "lycee");
  const service = doc.service.name;
  const vendor = doc.service.vendor ?? ctx.blank(t(`${FN}.vendorWhat`));
  const duration = ctx.blank(t(`${FN}.durationWhat`));
  const retention = ctx.answer("MIN-05");
  const kind = schoolKind(ctx);
  const consent = ctx.answer("INF-03");
  const reasons = doNotSendReasons(ctx);
  const banner = reasons.length === 0 ? undefined : t(`${FN}.doNotSendBanner`, { mark: t(`${FN}.doNotSend`), reasons: reasons.join(ctx.separator) });
  const subprocessors = ctx.answer("ACC-02");

  const blocks: TBlock[] = [
    { type: "paragraph", text: t(`${FN}.intro.${audience}`, { service, place: t(ctx.controllerKeys.place) }), style: "lead" },
    { type: "paragraph", text: t(ctx.mode === "parents" ? `${FN}.draftParents` : `${FN}.draft`), style: "box" },
    ...paragraphs(t(`${FN}.controllerHeading`), [
      t(`${FN}.controller`, { controller: controllerText(ctx) }),
      t(`${FN}.controllerContact`, { contact: ctx.blank(t(`${FN}.controllerContactWhat`)) }),
      t(`${FN}.dpo.${kind}`, { contact: ctx.blank(t(ctx.controllerKeys.dpoWhat)) }),
    ]),
    ...paragraphs(t(`${FN}.serviceHeading`), [
      t(`${FN}.service`, { service, vendor }),
      t(`${FN}.purpose`, { purpose: ctx.blank(t(`${FN}.purposeWhat`)) }),
      kind === "public" ? t(`${FN}.legalBasis.public`) : t(`${FN}.legalBasis.other`, { blank: ctx.blank(t(`Documents.legalBasis.${kind}`)) }),
      ...specialCategorySentences(ctx),
      // Staff are never offered consent as a basis (INF-03 does not apply to them).
      ...(consent === "not_needed" || audience === "staff" ? [] : [byAnswer(ctx, "consent", consent, ["collected", "not_collected"], "consentWhat")]),
    ]),
    ...paragraphs(t(`${FN}.dataHeading`), [
      byAnswer(ctx, "people", ctx.answer("CTX-02"), ["pupils", "families", "staff"], "peopleWhat"),
      byAnswer(ctx, `identity.${audience}`, ctx.answer("MIN-01"), ["opaque", "first_name", "full_name", "full_plus"], "identityWhat"),
      t(`${FN}.logs`),
      ...(ctx.answer("AI-01") === "yes" ? [t(`${FN}.prompts`)] : []),
      byAnswer(ctx, "sensitive", ctx.answer("MIN-03"), YES_NO, "sensitiveWhat"),
      ...(ctx.answer("MIN-09") === "no" ? [] : [byAnswer(ctx, "biometrics", ctx.answer("MIN-09"), ["yes"], "biometricsWhat")]),
    ]),
    ...paragraphs(t(`${FN}.requiredHeading`), [byAnswer(ctx, `required.${audience}`, ctx.answer("RIG-03"), YES_NO, `requiredWhat.${audience}`)]),
    ...paragraphs(t(`${FN}.recipientsHeading`), [
      capitalise(byAnswer(ctx, "contract", ctx.answer("ACC-01"), YES_NO, "contractWhat", { vendor })),
      byAnswer(ctx, "purposeLimit", ctx.answer("COM-01"), YES_NO, "purposeLimitWhat"),
      subprocessors === "yes"
        ? t(`${FN}.subprocessors.yes`, { list: ctx.blank(t(`${FN}.subprocessorsWhat`)) })
        : byAnswer(ctx, "subprocessors", subprocessors, ["no"], "subprocessorsWhat"),
      ...ifAsked(ctx, "AI-05", () => {
        const a = ctx.answer("AI-05");
        return a === "yes" ? t(`${FN}.aiProvider.yes`) : t(`${FN}.aiProvider.${a === "no" ? "no" : UNKNOWN}`, { blank: ctx.blank(t(`${FN}.aiProviderWhat.${a === "no" ? "no" : UNKNOWN}`)) });
      }),
      byAnswer(ctx, "ads", ctx.answer("COM-02"), ["none", "contextual", "targeted"], "adsWhat"),
      byAnswer(ctx, "trackers", ctx.answer("COM-05"), YES_NO, "trackersWhat"),
      byAnswer(ctx, "training", ctx.answer("COM-04"), YES_NO, "trainingWhat"),
    ]),
    ...paragraphs(t(`${FN}.whereHeading`), whereSentences(ctx)),
    ...paragraphs(t(`${FN}.retentionHeading`), [
      t(`${FN}.retention.${retention === "yes" || retention === "no" ? retention : UNKNOWN}`, { duration }),
      byAnswer(ctx, `deletion.${audience}`, ctx.answer("MIN-06"), YES_NO, "deletionWhat"),
    ]),
    ...paragraphs(t(`${FN}.automatedHeading`), automatedSentences(ctx, audience)),
    ...paragraphs(t(`${FN}.rightsHeading`), [
      t(`${FN}.rights.${audience}`),
      t(`${FN}.objection.${kind === "public" ? "public" : "other"}`),
      t(`${FN}.how`),
    ]),
    ...(pupilsPart ? paragraphs(t(`${FN}.pupilsHeading`), [t(`${FN}.pupils`, { service })]) : []),
    ...paragraphs(t(`${FN}.complaintHeading`), [t(`${FN}.complaint`)]),
    { type: "paragraph", text: t(`${FN}.date`, { date: formatDate(locale, ctx.now) }), style: "muted" },
  ];
  return documentShell(ctx, "family-notice", t(`${FN}.title.${audience}`, { service }), blocks, {
    documentName: t(`${FN}.kind.${audience}`),
    ...(banner === undefined ? {} : { banner }),
  });
}
