import { readFileSync } from "node:fs";
import path from "node:path";
import { ZAnswersDocumentSchema, type TAnswersDocument } from "../domain/schema";

/** The answer documents shipped in examples/, by file name without ".json". */
export const EXAMPLES = ["education-suite-contract", "free-consumer-quiz", "gar-resource"] as const;
/** Every example file, the AI homework assistant included (a service that uses AI, in a private school). */
export const EXAMPLE_FILES = [...EXAMPLES, "ai-homework-assistant"] as const;
export type TExampleName = (typeof EXAMPLE_FILES)[number];

export function loadExample(name: TExampleName): TAnswersDocument {
  const file = path.join(process.cwd(), "examples", `${name}.json`);
  return ZAnswersDocumentSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}
