import { CATALOGUE, UNKNOWN, type TCatalogue } from "../catalogue";
import { evaluate } from "../engine";
import { clauseSeparator, formatDate } from "../i18n/format";
import type { TLocale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";
import { ofSchoolFr } from "../i18n/french";
import { buildContext, type TBuildContext } from "../report/sections/context";
import type { TAnswersDocument, TMode } from "../schema";
import { documentFrame } from "./shell";
import type { TDocumentKind, TDocumentViewModel } from "./types";

export interface TDocumentOptions {
  /** The document's date (defaults to now). */
  now?: Date;
  catalogue?: TCatalogue;
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
}

export function documentContext(doc: TAnswersDocument, locale: TLocale, options: TDocumentOptions = {}): TDocContext {
  const catalogue = options.catalogue ?? CATALOGUE;
  const t = translatorFor(locale);
  const base = buildContext(t, doc, evaluate(doc.answers, catalogue), catalogue, options.now ?? new Date());
  const answers = doc.answers as Readonly<Partial<Record<string, string>>>;
  const blanks = new Set<string>();
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
  };
}

/** A sentence that starts with a placeholder ("notre établissement envisage…") starts with a capital. */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * Who is responsible for the processing: the head of school for a collège or a lycée (and for
 * adults), the académie (DASEN) for a primary school; a blank when the age group is unknown.
 */
export function controllerText(ctx: TDocContext): string {
  const { t, doc } = ctx;
  const school = doc.school?.name;
  switch (ctx.answer("CTX-01")) {
    case "primary":
      return t("Documents.controller.dasen", { school: school ?? t("Documents.common.theSchool") });
    case "college":
    case "lycee":
    case "adult":
      return school === undefined ? t("Documents.controller.headNoSchool") : t("Documents.controller.head", { school, ofSchool: ofSchoolFr(school) });
    default:
      return ctx.blank(t("Documents.controller.what"));
  }
}

/** Title, page chrome, metadata and colophon shared by every document of an assessment. */
export function documentShell(
  ctx: TDocContext,
  kind: TDocumentKind,
  title: string,
  blocks: TDocumentViewModel["blocks"],
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
    colophon: t("Documents.common.generated", {
      date: formatDate(locale, ctx.now),
      service,
      version: ctx.evaluation.catalogueVersion,
    }),
  });
}
