/**
 * Render time of the PDF report, warm: one warm-up, then the median of 20 renders (BENCH_RUNS) per
 * language and part (the whole report, then its summary alone).
 *   npx tsx scripts/bench-report.ts [example-name]
 */
import { performance } from "node:perf_hooks";
import { textLayoutCache } from "../lib/render/kit/dependency-patches";
import { REPORT_PARTS } from "@/lib/domain/report-parts";
import { renderReportPdf } from "../lib/render/report/render";
import { buildReportViewModel } from "../lib/render/report/view-model";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXAMPLE_FILES, loadExample, type TExampleName } from "../lib/testing/examples";

const name = (process.argv[2] ?? "free-consumer-quiz") as TExampleName;
if (!EXAMPLE_FILES.includes(name)) throw new Error(`Unknown example ${name}; one of ${EXAMPLE_FILES.join(", ")}`);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const doc = loadExample(name);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
const dir = mkdtempSync(path.join(tmpdir(), "vigie-bench-"));

for (const part of REPORT_PARTS)
for (const locale of ["fr", "en"] as const) {
  await renderReportPdf(doc, locale, {}, part); // warm-up: fonts, modules, JIT
  const times: number[] = [];
  const vmTimes: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    buildReportViewModel(doc, locale);
    vmTimes.push(performance.now() - t0);
    const t1 = performance.now();
    pdf = await renderReportPdf(doc, locale, {}, part);
    times.push(performance.now() - t1);
  }
  const file = path.join(dir, `${name}.${part}.${locale}.pdf`);
  writeFileSync(file, pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1];
  console.log(
    `${name} ${part} ${locale}: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), ` +
      `view-model ${median(vmTimes).toFixed(1)} ms, ${(pdf.length / 1024).toFixed(1)} KiB, ${pages} pages`,
  );
}
const memo = textLayoutCache();
console.log(`text layout memo (patches/): ${memo.hits} hits, ${memo.misses} misses, ${memo.size} of ${memo.capacity} kept`);
