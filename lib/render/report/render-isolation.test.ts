import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExample } from "@/lib/testing/examples";
import { pdfText } from "@/lib/testing/pdf-tools";
import { renderDocument } from "../documents/render";
import { renderReportPdf } from "./render";

const dir = mkdtempSync(join(tmpdir(), "vigie-isolation-"));
const textOf = (pdf: Buffer, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return pdfText(file);
};

/** A server renders many reports in one process: each must read as if it were the first. */
describe("renders in one process", () => {
  it("give the same text whatever was rendered before", async () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const gar = loadExample("gar-resource");
    const first = textOf(await renderReportPdf(gar, "en", { now }), "first.pdf");
    for (const name of ["free-consumer-quiz", "education-suite-contract"] as const) {
      await renderReportPdf(loadExample(name), "fr", { now });
      await renderReportPdf(loadExample(name), "en", { now });
    }
    const again = textOf(await renderReportPdf(gar, "en", { now }), "again.pdf");
    expect(again).toBe(first);
  });

  it("give documents the same text whatever was rendered before", async () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const entry = async () =>
      textOf(Buffer.from((await renderDocument(loadExample("gar-resource"), "register-entry", "en", "pdf", { now })).body), "entry.pdf");
    const first = await entry();
    for (const locale of ["en", "fr"] as const) {
      await renderDocument(loadExample("free-consumer-quiz"), "vendor-letter", locale, "pdf", { now });
      await renderReportPdf(loadExample("free-consumer-quiz"), locale, { now });
    }
    expect(await entry()).toBe(first);
  });
});
