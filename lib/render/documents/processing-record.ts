import type { TDpiaStatus } from "@/lib/domain/engine";
import { formatDate } from "@/lib/i18n/format";
import { formatList } from "@/lib/i18n/format-reference";
import { parisDay } from "@/lib/domain/dates";
import { UNKNOWN } from "@/lib/domain/catalogue";
import { controllerText, documentShell, legalBasisText, type TDocContext } from "./context";
import { leavesEu, thirdCountry } from "./family-notice";
import type { TDocumentViewModel } from "./types";

const RE = "Documents.registerEntry";
const REGISTER_DPIA: Record<TDpiaStatus, string> = {
  required: `${RE}.dpiaRequired`,
  undetermined: `${RE}.dpiaUndetermined`,
  not_required: `${RE}.dpiaNotRequired`,
};

/** The headings of a record of processing entry (GDPR art. 30(1)), in the register's order. */
export const REGISTER_FIELDS = [
  "name", "controller", "dpo", "purpose", "legalBasis", "people", "data", "sensitive", "highlyPersonal", "recipients",
  "subprocessors", "transfers", "retention", "security", "contract", "dpia", "updated",
] as const;
export type TRegisterField = (typeof REGISTER_FIELDS)[number];

/** Rules whose "yes" confirms a security measure, in the order they are listed. */
const MEASURES = ["SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06", "SEC-07", "HOST-05", "HOST-07"] as const;

export interface TRegisterEntry {
  kind: "register-entry";
  lang: string;
  date: string;
  catalogueVersion: string;
  service: { name: string; vendor: string | null; url: string | null };
  school: { name: string | null; uai: string | null };
  fields: { id: TRegisterField; label: string; value: string; toComplete: boolean }[];
}

function values(ctx: TDocContext): Record<TRegisterField, string> {
  const { t, doc } = ctx;
  const known = (id: string, what: string) => (ctx.answer(id) === "unknown" ? ctx.blank(t(`${RE}.${what}`)) : ctx.answerLabel(id));
  const controller = controllerText(ctx);
  const uai = doc.school?.uai;

  const people = ctx.answer("CTX-02");
  const age = ctx.answer("CTX-01") === "unknown" ? ctx.blank(ctx.questionText("CTX-01")) : ctx.answerLabel("CTX-01");
  const subprocessors = ctx.answer("ACC-02");
  const host03Applies = !ctx.evaluation.domains.some((d) => d.notApplicable.includes("HOST-03"));
  const confirmed = MEASURES.filter((id) => ctx.answer(id) === "yes").map((id) => t(`${RE}.measures.${id}`));
  const toCheck = MEASURES.filter((id) => ctx.answer(id) === "unknown").map((id) => t(`${RE}.measures.${id}`));
  const security = [
    confirmed.length > 0 ? formatList(ctx.locale, confirmed) : t(`${RE}.securityNone`),
    ...(toCheck.length > 0 ? [t(`${RE}.securityToCheck`, { list: ctx.blank(formatList(ctx.locale, toCheck)) })] : []),
  ].join(ctx.separator);

  // Special categories (art. 9): health or disability among MIN-03's notes (a blank: which), biometrics
  // to identify (MIN-09). Behaviour, special needs and free notes are highly personal data (WP248
  // criterion 4), listed apart. A blank for each unknown.
  const min03 = ctx.answer("MIN-03");
  const min09 = ctx.answer("MIN-09");
  const special = [
    ...(min03 === "yes" ? [t(`${RE}.sensitive.MIN-03`, { blank: ctx.blank(t(`${RE}.sensitive.MIN-03What`)) })] : min03 === "no" ? [] : [ctx.blank(t(`${RE}.sensitiveWhat`))]),
    ...(min09 === "yes" ? [t(`${RE}.sensitive.MIN-09`)] : min09 === "no" ? [] : [ctx.blank(t(`${RE}.biometricsWhat`))]),
  ];
  const highlyPersonal = min03 === "yes" ? t(`${RE}.highlyPersonal.yes`) : min03 === "no" ? t(`${RE}.highlyPersonal.no`) : ctx.blank(t(`${RE}.highlyPersonalWhat`));
  const staff = people === "staff";
  const results = ctx.answer("RIG-06") === "yes" || ctx.answer("AI-02") === "yes";
  const data = [
    t(`${RE}.dataCategories.identity`, { identity: known("MIN-01", "identityWhat") }),
    // Pupils' school life and results are not staff's data.
    ...(staff ? [] : [results ? t(`${RE}.dataCategories.results.yes`) : t(`${RE}.dataCategories.results.unknown`, { blank: ctx.blank(t(`${RE}.dataCategories.resultsWhat`)) })]),
    t(`${RE}.dataCategories.content`),
    t(`${RE}.dataCategories.logs`),
    ...(ctx.answer("AI-01") === "yes" ? [t(`${RE}.dataCategories.prompts`)] : []),
    ...(special.length > 0 ? [t(`${RE}.dataCategories.special`, { list: special.join(", ") })] : []),
  ];
  const ai05 = ctx.answer("AI-05");
  const aiProvider =
    ctx.evaluation.domains.some((d) => d.notApplicable.includes("AI-05")) || ai05 === "yes"
      ? []
      : [t(`${RE}.aiProvider.${ai05 === "no" ? "no" : UNKNOWN}`, { blank: ctx.blank(t(`${RE}.aiProviderWhat.${ai05 === "no" ? "no" : UNKNOWN}`)) })];
  const transferValues = {
    storage: known("HOST-01", "storageWhat"),
    access: known("HOST-02", "accessWhat"),
    basis: host03Applies ? known("HOST-03", "basisWhat") : t("Rules.HOST-03.options.not_applicable"),
  };

  return {
    name: t(`${RE}.name`, { service: doc.service.name }),
    controller: t(`${RE}.controller`, {
      controller: uai === undefined ? controller : t("Report.cover.schoolWithUai", { name: controller, uai }),
      contact: ctx.blank(t(`${RE}.contactWhat`)),
    }),
    dpo: ctx.blank(t(ctx.controllerKeys.dpoWhat)),
    purpose: ctx.blank(t(`${RE}.purposeWhat`)),
    // Art. 6(1)(e) and, for special categories, a condition of art. 9(2) to settle with the DPO.
    legalBasis: [
      legalBasisText(ctx),
      ...(min03 === "yes" || min09 === "yes" ? [t(`${RE}.specialBasis`, { blank: ctx.blank(t(`${RE}.specialBasisWhat`)) })] : []),
      ...(min09 === "yes" ? [t(`${RE}.specialBasisBiometrics`)] : []),
    ].join(ctx.separator),
    people: people === "pupils" || people === "families" || people === "staff" ? t(`${RE}.people.${people}`, { age }) : ctx.blank(t(`${RE}.peopleWhat`)),
    data: t(`${RE}.data`, { list: data.join(ctx.separator) }),
    sensitive: special.length > 0 ? special.join(ctx.separator) : t(`${RE}.sensitive.no`),
    highlyPersonal,
    recipients: [t(`${RE}.recipients`, { vendor: doc.service.vendor ?? ctx.blank(t(`${RE}.vendorWhat`)) }), ...aiProvider].join(ctx.separator),
    subprocessors:
      subprocessors === "yes"
        ? t(`${RE}.subprocessors.yes`, { where: ctx.blank(t(`${RE}.subprocessorsWhere`)) })
        : subprocessors === "no"
          ? t(`${RE}.subprocessors.no`)
          : ctx.blank(t(`${RE}.subprocessorsWhat`)),
    transfers:
      leavesEu(ctx) === "no"
        ? t(`${RE}.noTransfer`, transferValues)
        : t(`${RE}.transfers`, { ...transferValues, country: leavesEu(ctx) === "yes" ? thirdCountry(ctx, RE, "countryWhat") : ctx.blank(t(`${RE}.countryWhat`)) }),
    retention: t(staff ? `${RE}.retentionStaff` : `${RE}.retention`, {
      set: known("MIN-05", "setWhat"),
      deletion: known("MIN-06", "setWhat"),
      duration: ctx.blank(t(`${RE}.durationWhat`)),
    }),
    security,
    contract: known("ACC-01", "setWhat"),
    dpia: [
      t(`${RE}.dpia`, { indicator: t(REGISTER_DPIA[ctx.evaluation.dpia.status]), answer: known("ACC-05", "setWhat") }),
      // A DPIA set aside is written down with its reasons and the DPO's opinion.
      ...(ctx.evaluation.dpia.status === "not_required" || ctx.answer("ACC-05") === "not_required"
        ? [t(`${RE}.dpiaNotRequiredReasons`, { dpoWho: ctx.dpoWho, blank: ctx.blank(t(`${RE}.dpiaNotRequiredReasonsWhat`)) })]
        : []),
    ].join(ctx.separator),
    updated: formatDate(ctx.locale, ctx.now),
  };
}

/** The register entry as data: the JSON export, and the source of the CSV, PDF and text. */
export function buildRegisterEntry(ctx: TDocContext): TRegisterEntry {
  const { t, doc } = ctx;
  const v = values(ctx);
  return {
    kind: "register-entry",
    lang: ctx.locale,
    date: parisDay(ctx.now),
    catalogueVersion: ctx.evaluation.catalogueVersion,
    service: { name: doc.service.name, vendor: doc.service.vendor ?? null, url: doc.service.url ?? null },
    school: { name: doc.school?.name ?? null, uai: doc.school?.uai ?? null },
    fields: REGISTER_FIELDS.map((id) => ({ id, label: t(`${RE}.fields.${id}`), value: v[id], toComplete: ctx.hasBlank(v[id]) })),
  };
}

export function buildRegisterEntryDocument(ctx: TDocContext): TDocumentViewModel {
  const { t, doc } = ctx;
  const entry = buildRegisterEntry(ctx);
  return documentShell(ctx, "register-entry", t(`${RE}.title`, { service: doc.service.name }), [
    { type: "paragraph", text: t(`${RE}.intro`), style: "lead" },
    { type: "facts", rows: entry.fields.map(({ label, value, toComplete }) => ({ label, value, toComplete })) },
  ]);
}
