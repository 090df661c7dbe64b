import { CATALOGUE, UNKNOWN, type TCatalogue } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { clauseSeparator, formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { ofSchoolFr, theSchoolFr } from "@/lib/i18n/french";
import { buildContext, type TBuildContext } from "../report/sections/context";
import type { TAnswersDocument, TMode } from "@/lib/domain/schema";
import { documentFrame } from "./shell";
import type { TDocumentViewModel } from "./types";
import type { TDocumentKind } from "@/lib/domain/documents";
import { controllerKeys, controllerOf, type TController, type TControllerKeys } from "@/lib/domain/controller";

export interface TDocumentOptions {
  /** The document's date (defaults to now). */
  now?: Date;
  catalogue?: TCatalogue;
  /** The vendor's link to answer online, when the owner passes it (its token is known only at its creation). */
  vendorLink?: string;
}

/** The report's build context, plus what the documents need: raw answers, blanks, the mode. */
export interface TDocContext extends TBuildContext {
  /** The answer given, "unknown" when missing. */
  answer: (id: string) => string;
  /** "[to be completed: what]": a blank the reader fills in, never an invented value. */
  blank: (what: string) => string;
  /** True when the text holds a blank made by `blank`. */
  hasBlank: (text: string) => boolean;
  mode: TMode;
  /** Between items of a list that contain commas: "; " (French: with a no-break space before). */
  separator: string;
  /** The school's name, or "our school" / "the school" when it is not given. */
  schoolName: (fallback: "ourSchool" | "theSchool") => string;
  /** The same as the subject or object of a sentence: in French with its article ("le Collège Jean-Moulin"). */
  theSchool: (fallback: "ourSchool" | "theSchool") => string;
  /** Who the controller and its DPO are (CTX-04, CTX-01), and the keys of their words. */
  controller: TController;
  controllerKeys: TControllerKeys;
  /** "the académie's" / "the managing body's…": put after "your data protection officer (…)". */
  dpoWho: string;
}

export function documentContext(doc: TAnswersDocument, locale: TLocale, options: TDocumentOptions = {}): TDocContext {
  const catalogue = options.catalogue ?? CATALOGUE;
  const t = translatorFor(locale);
  const base = buildContext(t, doc, evaluate(doc.answers, catalogue), catalogue, options.now ?? new Date());
  const answers = doc.answers as Readonly<Partial<Record<string, string>>>;
  const blanks = new Set<string>();
  const controller = controllerOf(answers);
  const keys = controllerKeys(controller);
  return {
    ...base,
    answer: (id) => answers[id] ?? UNKNOWN,
    blank: (what) => {
      const b = t("Documents.common.blank", { what });
      blanks.add(b);
      return b;
    },
    hasBlank: (text) => [...blanks].some((b) => text.includes(b)),
    mode: doc.mode ?? "head",
    separator: clauseSeparator(locale),
    schoolName: (fallback) => doc.school?.name ?? t(`Documents.common.${fallback}`),
    theSchool: (fallback) => {
      const name = doc.school?.name;
      if (name === undefined) return t(`Documents.common.${fallback}`);
      return locale === "fr" ? theSchoolFr(name) : name;
    },
    controller,
    controllerKeys: keys,
    dpoWho: t(keys.dpoWho),
  };
}

export { capitalise } from "@/lib/i18n/french";

/** Public or private school under contract (CTX-04); "unknown" when not answered. */
export const schoolKind = (ctx: TDocContext): "public" | "private" | typeof UNKNOWN => {
  const kind = ctx.answer("CTX-04");
  return kind === "public" || kind === "private" ? kind : UNKNOWN;
};

/**
 * The controller (responsable du traitement): for a public collège or lycée (or adults), the
 * establishment (EPLE) represented by its head; for a public primary school, the IA-DASEN of the
 * département; for a private school under contract, its managing body. A blank when the answers do
 * not say which.
 */
export function controllerText(ctx: TDocContext): string {
  const { t, doc } = ctx;
  const school = doc.school?.name;
  switch (ctx.controller.kind) {
    case "private":
      return school === undefined ? t("Documents.controller.privateNoSchool") : t("Documents.controller.private", { school, ofSchool: ofSchoolFr(school) });
    case "ecole":
      return t("Documents.controller.dasen", { school: ctx.theSchool("theSchool") });
    case "eple":
      return school === undefined ? t("Documents.controller.epleNoSchool") : t("Documents.controller.eple", { school });
    case "public":
    case "unknown":
      return ctx.blank(t("Documents.controller.what"));
  }
}

/**
 * The legal basis, as the register states it: for a public school, the public-interest task of the
 * digital public service of education (Code de l'éducation, art. L. 131-2); for a private school
 * under contract, or when the kind of school is unknown, a blank to confirm. Consent is added for
 * optional features (INF-03).
 */
export function legalBasisText(ctx: TDocContext): string {
  const { t } = ctx;
  const kind = schoolKind(ctx);
  const main = kind === "public" ? t("Documents.legalBasis.public") : ctx.blank(t(`Documents.legalBasis.${kind}`));
  const consent = ctx.answer("INF-03");
  // Consent is never a basis offered to staff (INF-03 does not apply to them).
  if (ctx.answer("CTX-02") === "staff") return main;
  if (consent === "collected") return [main, t("Documents.legalBasis.consent")].join(ctx.separator);
  if (consent === "not_collected") return [main, t("Documents.legalBasis.consentToCollect")].join(ctx.separator);
  return main;
}

/** Title, page chrome, metadata and colophon shared by every document of an assessment. */
export function documentShell(
  ctx: TDocContext,
  kind: TDocumentKind,
  title: string,
  blocks: TDocumentViewModel["blocks"],
  /** The kind's name when it differs from the usual one, and a mark for every page. */
  options: { documentName?: string; banner?: string } = {},
): TDocumentViewModel {
  const { t, doc, locale } = ctx;
  const service = doc.service.name;
  return documentFrame({
    kind,
    locale,
    t,
    now: ctx.now,
    title,
    subjectName: service,
    blocks,
    ...options,
    colophon: t("Documents.common.generated", {
      date: formatDate(locale, ctx.now),
      service,
      version: ctx.evaluation.catalogueVersion,
    }),
  });
}
