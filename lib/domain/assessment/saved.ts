import type { TEvaluation } from "../engine/types";
import type { TAnswersDocument } from "../schema";
import type { TVendorResponse } from "../schema/vendor-response";

/** What a saved assessment looks like to its readers (the store builds it from the database). */

/** Where a copied assessment came from (a published one), shown to its new owner. */
export interface TOriginNote {
  publicId: string;
  serviceName: string;
  schoolName?: string;
  publishedAt: string;
  copiedAt: string;
}

export interface TRoundView {
  round: number;
  document: TAnswersDocument;
  evaluation: TEvaluation;
  verdict: TEvaluation["verdict"];
  catalogueVersion: string;
  startedAt: string;
  evaluatedAt: string;
  /** When a later round was started; null for the round being edited. */
  frozenAt: string | null;
  reviewDate: string;
  reviewDateSet: boolean;
  reviewDue: boolean;
}

export interface TPublicationInfo {
  publicId: string;
  showSchool: boolean;
  round: number;
  publishedAt: string;
  updatedAt: string;
}

/** What the read link shows: the round being edited, with the assessment's own facts. */
export interface TAssessmentView extends TRoundView {
  id: string;
  version: number;
  rounds: number;
  createdAt: string;
  updatedAt: string;
  origin: TOriginNote | null;
  publication: TPublicationInfo | null;
  /** The vendor link, while it works (its token is never shown again). */
  vendorRequest: TVendorRequestInfo | null;
  /** The vendor's answers still waiting for the owner's acceptance. */
  vendorResponse: TVendorResponse | null;
}

export interface TVendorRequestInfo {
  createdAt: string;
  expiresAt: string;
  lang: string;
}
