import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_FILES, loadExample } from "@/lib/testing/examples";
import { normaliseSpaces, pdfInfo, pdfPageFill, pdfText } from "@/lib/testing/pdf-tools";
import { LOCALES } from "@/lib/i18n/locales";
import { renderReportPdf } from "./render";
import { buildReportViewModel } from "./view-model";

const dir = mkdtempSync(join(tmpdir(), "vigie-summary-"));
const now = new Date("2026-11-24T12:00:00Z");

describe("the report's summary part", () => {
  describe.each(LOCALES)("in %s", (locale) => {
    it.each(EXAMPLE_FILES)("of %s (command line) is at most 3 pages, with the verdict, its basis, the first actions, the DPIA and the unknowns", async (name) => {
      const doc = loadExample(name);
      const vm = buildReportViewModel(doc, locale);
      const file = join(dir, `${name}-${locale}.pdf`);
      // Through the command line, one process per PDF: pdftotext reads a glyph of a PDF rendered
      // after another summary in the same process without its letter (the page shows it).
      execFileSync("npx", ["tsx", "scripts/report.ts", `examples/${name}.json`, "--lang", locale, "--part", "summary", "-o", file]);
      expect(Number(pdfInfo(file).Pages)).toBeLessThanOrEqual(3);
      const text = pdfText(file);
      const { summary } = vm;
      for (const s of [summary.verdict.label, summary.verdict.basis, summary.firstActions.heading, summary.dpia.heading, summary.unknowns.heading, summary.unknowns.text]) {
        expect(text).toContain(normaliseSpaces(s));
      }
      expect(summary.firstActions.items.length).toBeGreaterThan(0);
      for (const a of summary.firstActions.items) expect(text).toContain(normaliseSpaces(a.text));
      for (const r of summary.table.rows) expect(text).toContain(normaliseSpaces(r.title));
      // The summary alone: none of the detail.
      expect(text).not.toContain(normaliseSpaces(vm.findings.heading));
      expect(text).not.toContain(normaliseSpaces(vm.annex.heading));
    });
  });

  it("says when the verdict rests on unknown answers, and what it would be with the known answers alone", () => {
    const fr = buildReportViewModel(loadExample("free-consumer-quiz"), "fr", { now });
    const en = buildReportViewModel({ ...loadExample("free-consumer-quiz"), answers: {} }, "en", { now });
    expect(en.summary.verdict.basis).toMatch(/^This opinion rests partly on unanswered questions: with the known answers alone, it would be “Acceptable”/);
    expect(fr.summary.verdict.basis).toMatch(/^Cet avis repose sur les réponses données : \d+ risques confirmés\.$/);
  });

  it("opens the full report and the detail follows it: no page before the last is left more than half empty", async () => {
    for (const name of ["gar-resource", "free-consumer-quiz"] as const) {
      const file = join(dir, `${name}-full.pdf`);
      writeFileSync(file, await renderReportPdf(loadExample(name), "en", { now }));
      const fill = pdfPageFill(file);
      expect(fill.slice(0, -1).filter((f) => f < 0.5)).toEqual([]);
    }
  });
});
