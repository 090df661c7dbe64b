import { CATALOGUE, type TCatalogue } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { buildAnnex } from "./sections/annex";
import { buildConditions } from "./sections/conditions";
import { buildContext } from "./sections/context";
import { buildCover } from "./sections/cover";
import { buildDpia } from "./sections/dpia";
import { buildEvidenceAnnex } from "./sections/evidence";
import { buildFindings } from "./sections/findings";
import { buildMatrix } from "./sections/matrix";
import { buildMethod } from "./sections/method";
import { buildQuestions } from "./sections/questions";
import { buildSummary } from "./sections/summary";
import type { TReportViewModel } from "./types";

export type { TReportViewModel } from "./types";

export interface TReportOptions {
  /** The report's date (defaults to now): fixes the cover date and the PDF's creation date. */
  now?: Date;
  /** Another catalogue than the app's (tests). */
  catalogue?: TCatalogue;
}

/**
 * Everything the PDF shows, evaluated and translated into `locale` (which may differ from the
 * screen's). The result holds only strings, numbers and booleans: JSON.stringify keeps all of it.
 */
export function buildReportViewModel(
  doc: TAnswersDocument,
  locale: TLocale,
  options: TReportOptions = {},
): TReportViewModel {
  const catalogue = options.catalogue ?? CATALOGUE;
  const now = options.now ?? new Date();
  const t = translatorFor(locale);
  const evaluation = evaluate(doc.answers, catalogue);
  const ctx = buildContext(t, doc, evaluation, catalogue, now);
  const service = doc.service.name;
  return {
    locale,
    meta: {
      title: t("Report.meta.title", { service }),
      subject: t("Report.meta.subject", { service }),
      keywords: t("Report.meta.keywords"),
      author: "Vigie",
      creationDate: now.toISOString(),
    },
    page: {
      footer: t("Report.page.footer", { service }),
      // Placeholders survive translation as text; the PDF fills them in on each page.
      pageNumberTemplate: t("Report.page.number", { page: "{page}", total: "{total}" }),
    },
    cover: buildCover(ctx),
    summary: buildSummary(ctx),
    matrix: buildMatrix(ctx),
    conditions: buildConditions(ctx),
    questions: buildQuestions(ctx),
    findings: buildFindings(ctx),
    dpia: buildDpia(ctx),
    method: buildMethod(ctx),
    annex: buildAnnex(ctx),
    evidence: buildEvidenceAnnex(ctx),
  };
}
