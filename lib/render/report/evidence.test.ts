import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { answeredRules, sourcing } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { loadExample } from "@/lib/testing/examples";
import { normaliseSpaces, pdfText } from "@/lib/testing/pdf-tools";
import { renderViewModelPdf } from "./render";
import { buildReportViewModel } from "./view-model";

const NOW = new Date("2026-11-24T10:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "vigie-evidence-"));

describe.each(LOCALES)("the report's sources in %s", (locale) => {
  const t = translatorFor(locale);
  const doc = loadExample("education-suite-contract");
  const counts = sourcing(doc, CATALOGUE);
  const vendorLine = normaliseSpaces(t("Evidence.vendorCount", { sourced: counts.vendorSourced, answered: counts.vendorAnswered }));

  it("states the count in the summary part, and gives the annex with each source, then the answers without one", async () => {
    const vm = buildReportViewModel(doc, locale, { now: NOW });
    const summaryFile = path.join(dir, `summary.${locale}.pdf`);
    // Through the command line, one process per PDF, as in summary-part.test.ts: pdftotext misreads
    // a glyph of a PDF rendered after a summary part in the same process.
    execFileSync("npx", ["tsx", "scripts/report.ts", "examples/education-suite-contract.json", "--lang", locale, "--part", "summary", "-o", summaryFile]);
    const summary = pdfText(summaryFile);
    expect(summary).toContain(vendorLine);
    expect(summary).not.toContain(normaliseSpaces(t("Evidence.sectionTitle")));

    const file = path.join(dir, `full.${locale}.pdf`);
    writeFileSync(file, await renderViewModelPdf(vm));
    const text = pdfText(file);
    const annex = text.slice(text.lastIndexOf(normaliseSpaces(t("Evidence.sectionTitle"))));
    expect(annex).toContain(vendorLine);
    // Each source as written in the document: its kind, where, what it says, when and by whom.
    for (const [id, items] of Object.entries(doc.evidence ?? {})) {
      expect(annex).toContain(`${id} ${normaliseSpaces(t(`Rules.${id}.question`))}`);
      for (const item of items ?? []) {
        expect(annex).toContain(`${normaliseSpaces(t(`Evidence.kindsShort.${item.kind}`))} — ${normaliseSpaces(item.source)}`);
        if (item.quote !== undefined) expect(annex).toContain(normaliseSpaces(item.quote));
        if (item.by !== undefined) expect(annex).toContain(normaliseSpaces(item.by));
      }
    }
    expect(annex).toContain(locale === "fr" ? "lu le 30 novembre 2026" : "read on 30 November 2026");
    // Then the answers given without a source, each named.
    const unsourced = answeredRules(doc, CATALOGUE).filter((r) => !r.sourced);
    expect(unsourced.length).toBe(counts.answered - counts.sourced);
    const rest = annex.slice(annex.indexOf(normaliseSpaces(t("Evidence.unsourcedTitle", { count: unsourced.length }))));
    expect(rest.length).toBeLessThan(annex.length);
    for (const r of unsourced) expect(rest).toContain(`${r.ruleId} — `);
    for (const id of Object.keys(doc.evidence ?? {})) expect(rest).not.toContain(`${id} — `);
  }, 120_000);
});
