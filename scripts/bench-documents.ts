/**
 * Each document of one example: page count and render time, warm (one warm-up, then the median of
 * 7 renders); with --png, one page of each as a small PNG in docs/documents/ (pdftoppm -r 60).
 *   npx tsx scripts/bench-documents.ts [example-name] [--png]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { percentile, timeIt } from "./stats";
import { renderBilingualReportPdf, renderDocument } from "../lib/render/documents/render";
import { DOCUMENT_KINDS } from "@/lib/domain/documents";
import { aDecision } from "../lib/testing/decision";
import { EXAMPLE_FILES, EXAMPLES, loadExample, type TExampleName } from "../lib/testing/examples";

const args = process.argv.slice(2);
const name = (args.find((a) => !a.startsWith("--")) ?? "free-consumer-quiz") as TExampleName;
if (!EXAMPLE_FILES.includes(name)) throw new Error(`Unknown example ${name}; one of ${EXAMPLE_FILES.join(", ")}`);
const png = args.includes("--png");
const RUNS = 7;
const LOCALE = "en";
const doc = {
  ...loadExample(name),
  actionPlan: { "ACC-01": { owner: "Mme Lefèvre", due: "2027-01-15" } },
  decision: aDecision({
    outcome: "refuse",
    by: { name: "M. Petit", role: "Principal" },
    dpd: { consulted: true, date: "2026-11-12", opinion: "Unfavourable: pupils' data stored in the United States without a contract." },
  }),
};
const now = new Date("2026-11-24T10:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "vigie-documents-"));

/** The page shown in docs/documents/ for each document (the most telling one). */
const SHOWN_PAGE: Record<(typeof DOCUMENT_KINDS)[number] | "bilingual-report", number> = {
  "vendor-letter": 1,
  "school-letter": 1,
  "family-notice": 1,
  "register-entry": 1,
  "action-plan": 1,
  dpia: 1,
  decision: 1,
  "bilingual-report": 5,
};

const jobs = [
  ...DOCUMENT_KINDS.map((kind) => ({ id: kind, render: async () => Buffer.from((await renderDocument(doc, kind, LOCALE, "pdf", { now })).body) })),
  { id: "bilingual-report" as const, render: () => renderBilingualReportPdf(doc, { now }) },
];

console.log(`${name} (${LOCALE}), median of ${RUNS} warm renders`);
for (const job of jobs) {
  const pdf = await job.render(); // warm-up
  const file = path.join(dir, `${job.id}.pdf`);
  writeFileSync(file, pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1];
  const start = performance.now();
  const times = await timeIt(RUNS, job.render);
  console.log(`${job.id.padEnd(18)} ${String(pages).padStart(3)} pages  ${percentile(times, 50).toFixed(0).padStart(5)} ms  (total ${(performance.now() - start).toFixed(0)} ms)`);
  if (png) {
    mkdirSync("docs/documents", { recursive: true });
    const page = String(SHOWN_PAGE[job.id]);
    const base = path.join(dir, job.id);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", page, "-l", page, "-singlefile", file, base]);
    renameSync(`${base}.png`, path.join("docs/documents", `${job.id}.png`));
  }
}
