import type { TSourcing } from "../engine/sourcing";
import type { TEvaluation } from "../engine/types";
import type { TDecisionOutcome } from "../schema/document-shape";

/** One line of a register: an assessed service as it stands today. */
export interface TRegisterEntry {
  assessmentId: string;
  serviceName: string;
  vendor: string | null;
  schoolName: string | null;
  verdict: TEvaluation["verdict"];
  /** What the verdict rests on (worked out again for a stored evaluation that carries none). */
  basis: TEvaluation["basis"];
  catalogueVersion: string;
  round: number;
  evaluatedAt: string;
  reviewDate: string;
  reviewDue: boolean;
  addedAt: string;
  /** The head of school's decision recorded in the current round, or null. */
  decision: { outcome: TDecisionOutcome; date: string } | null;
  /** How many of the answers given (and of the vendor's) rest on a source. */
  sourcing: TSourcing;
}

export interface TRegisterView {
  id: string;
  name: string | null;
  createdAt: string;
  updatedAt: string;
  entries: TRegisterEntry[];
}
