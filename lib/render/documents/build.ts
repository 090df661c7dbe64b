import type { TLocale } from "@/lib/i18n/locales";
import type { TAnswersDocument } from "@/lib/domain/schema";
import { buildActionPlan } from "./action-plan";
import { buildDecisionDocument } from "./decision";
import { documentContext, type TDocContext, type TDocumentOptions } from "./context";
import { buildDpiaDocument } from "./dpia";
import { buildFamilyNotice } from "./family-notice";
import { buildRegisterEntryDocument } from "./processing-record";
import { buildSchoolLetter } from "./school-letter";
import type { TDocumentViewModel } from "./types";
import type { TDocumentKind } from "@/lib/domain/documents";
import { buildVendorLetter } from "./vendor-letter";

const BUILDERS: Record<TDocumentKind, (ctx: TDocContext, options: TDocumentOptions) => TDocumentViewModel> = {
  "vendor-letter": buildVendorLetter,
  "school-letter": buildSchoolLetter,
  "family-notice": buildFamilyNotice,
  "register-entry": buildRegisterEntryDocument,
  "action-plan": buildActionPlan,
  dpia: buildDpiaDocument,
  decision: buildDecisionDocument,
};

/** One document's view-model, in `locale` (independent of the screen's language). */
export function buildDocument(doc: TAnswersDocument, kind: TDocumentKind, locale: TLocale, options: TDocumentOptions = {}): TDocumentViewModel {
  return BUILDERS[kind](documentContext(doc, locale, options), options);
}
