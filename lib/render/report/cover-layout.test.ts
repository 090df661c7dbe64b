import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DECISION_CONDITIONS_MAX } from "@/lib/domain/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { withDecision } from "@/lib/testing/decision";
import { loadExample } from "@/lib/testing/examples";
import { normaliseSpaces, overlappingWords, pdfText, pdfWordBoxes } from "@/lib/testing/pdf-tools";
import { renderReportPdf } from "./render";
import { buildReportViewModel } from "./view-model";

const dir = mkdtempSync(join(tmpdir(), "vigie-cover-"));
const now = new Date("2026-12-01T12:00:00Z");

/** 200 characters that end with a full stop, numbered so that each can be found. */
const condition = (i: number) => `Condition ${String(i + 1).padStart(2, "0")} : ${"le fournisseur s’engage par écrit ".repeat(6)}`.slice(0, 199) + ".";

describe("the report's cover with the most conditions a decision holds", () => {
  const doc = withDecision(loadExample("free-consumer-quiz"), { conditions: Array.from({ length: DECISION_CONDITIONS_MAX }, (_, i) => condition(i)) });

  it.each(LOCALES)("%s: no word overlaps another, every condition is printed once, and the disclaimer follows them", async (locale) => {
    const file = join(dir, `summary-${locale}.pdf`);
    writeFileSync(file, await renderReportPdf(doc, locale, { now }, "summary"));
    const pages = pdfWordBoxes(file);
    for (const [i, words] of pages.entries()) {
      expect(overlappingWords(words).map(([a, b]) => `${a.text} / ${b.text}`), `page ${i + 1}`).toEqual([]);
    }
    const text = normaliseSpaces(pdfText(file));
    for (let i = 0; i < DECISION_CONDITIONS_MAX; i++) expect(text.split(normaliseSpaces(condition(i))).length - 1, `condition ${i + 1}`).toBeGreaterThanOrEqual(1);
    // Each condition keeps its own full stop: no "gratuit. ;" or "DRANE..".
    expect(text).not.toMatch(/\.\s*[.;]/);
    const disclaimer = normaliseSpaces(buildReportViewModel(doc, locale, { now }).cover.disclaimer).slice(0, 40);
    expect(text.indexOf(disclaimer)).toBeGreaterThan(text.indexOf(normaliseSpaces(condition(DECISION_CONDITIONS_MAX - 1))));
  });
});
