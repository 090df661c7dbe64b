import type { TRegisterEntry } from "../domain/service-register/types";

/** A register's line for tests: an acceptable service evaluated on 2 May 2026, review not due, 12 of its 40 answers sourced. */
export const aRegisterEntry = (over: Partial<TRegisterEntry> = {}): TRegisterEntry => ({
  assessmentId: "id",
  serviceName: "Service",
  vendor: null,
  schoolName: null,
  verdict: "acceptable",
  basis: "answers",
  catalogueVersion: "2026.11-1",
  round: 1,
  evaluatedAt: "2026-05-02T09:00:00.000Z",
  reviewDate: "2027-05-02",
  reviewDue: false,
  addedAt: "2026-05-02T09:00:00.000Z",
  decision: null,
  sourcing: { answered: 40, sourced: 12, vendorAnswered: 30, vendorSourced: 10 },
  ...over,
});
