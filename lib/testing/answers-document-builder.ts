import { CONTEXT, RULES, type TQuestionId } from "../domain/catalogue";
import { SCHEMA_VERSION, ZAnswersDocumentSchema, type TAnswersDocument, type TAnswersDocumentInput, type TEvidenceItemInput } from "../domain/schema";

type TService = TAnswersDocumentInput["service"];
type TSchool = NonNullable<TAnswersDocumentInput["school"]>;
type TAssessor = NonNullable<TAnswersDocumentInput["assessor"]>;

/** Context of the safe baseline: lycée pupils, one class (no modifier, one DPIA criterion). */
const SAFE_CONTEXT: Readonly<Record<string, string>> = { "CTX-01": "lycee", "CTX-02": "pupils", "CTX-03": "class", "CTX-04": "public" };

/** For every rule, its first answer that carries no risk (a gate closed: no AI), plus a calm context. */
export function safeAnswers(): Record<string, string> {
  const answers: Record<string, string> = { ...SAFE_CONTEXT };
  for (const rule of RULES) {
    const safe = rule.gate ? "no" : rule.options.find((o) => rule.risky[o] === undefined);
    if (safe !== undefined) answers[rule.id] = safe;
  }
  return answers;
}

/**
 * Test data builder for answer documents. Starts with a service name and no answers (all unknown);
 * `build()` validates with the real schema, so a typo in an id or a value fails the test at once.
 *
 *   anAnswersDocument().withSafeAnswers().with("COM-01", "no").build()
 */
export class AnswersDocumentBuilder {
  private service: TService = { name: "Service de test" };
  private school: TSchool | undefined;
  private assessor: TAssessor | undefined;
  private answers: Record<string, string> = {};
  private evidence: Record<string, TEvidenceItemInput[]> = {};

  with(id: TQuestionId, value: string): this {
    this.answers[id] = value;
    return this;
  }

  /** Adds a source to an answer (a document dated 2026-11-30 unless the item says otherwise). */
  withEvidence(id: TQuestionId, item: Partial<TEvidenceItemInput> = {}): this {
    const full: TEvidenceItemInput = { kind: "document", source: `https://vendor.example/dpa.pdf#${id}`, date: "2026-11-30", ...item };
    this.evidence[id] = [...(this.evidence[id] ?? []), full];
    return this;
  }

  without(id: TQuestionId): this {
    delete this.answers[id];
    return this;
  }

  withAnswers(answers: Readonly<Partial<Record<TQuestionId, string>>>): this {
    for (const [id, value] of Object.entries(answers)) if (value !== undefined) this.answers[id] = value;
    return this;
  }

  /** Every question answered without risk (see `safeAnswers`): the verdict is "acceptable". */
  withSafeAnswers(): this {
    this.answers = { ...this.answers, ...safeAnswers() };
    return this;
  }

  withService(service: Partial<TService>): this {
    this.service = { ...this.service, ...service };
    return this;
  }

  withSchool(school: TSchool): this {
    this.school = school;
    return this;
  }

  withAssessor(assessor: TAssessor): this {
    this.assessor = assessor;
    return this;
  }

  /** The raw input, before validation (to test how bad input is handled). */
  buildInput(): TAnswersDocumentInput {
    return {
      schemaVersion: SCHEMA_VERSION,
      service: { ...this.service },
      ...(this.school === undefined ? {} : { school: { ...this.school } }),
      ...(this.assessor === undefined ? {} : { assessor: { ...this.assessor } }),
      answers: { ...this.answers },
      ...(Object.keys(this.evidence).length === 0 ? {} : { evidence: structuredClone(this.evidence) }),
    };
  }

  build(): TAnswersDocument {
    return ZAnswersDocumentSchema.parse(this.buildInput());
  }
}

export const anAnswersDocument = () => new AnswersDocumentBuilder();

/** Ids of every question of the catalogue, context first, in catalogue order. */
export const ALL_QUESTION_IDS: readonly string[] = [...CONTEXT, ...RULES].map((q) => q.id);
