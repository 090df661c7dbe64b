/** One render in a fresh process (the bench's "cold" figure): prints the milliseconds. */
import { readFileSync } from "node:fs";
import { renderReportPdf } from "../lib/render/report/render";
import { ZAnswersDocumentSchema } from "../lib/domain/schema";

const doc = ZAnswersDocumentSchema.parse(JSON.parse(readFileSync(process.argv[2] ?? "examples/free-consumer-quiz.json", "utf8")));
const start = performance.now();
await renderReportPdf(doc, "fr");
console.log(Math.round(performance.now() - start));
