import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentFilename, reportFilename } from "@/lib/domain/assessment/filename";
import { ruleKey } from "@/lib/domain/catalogue/message-keys";
import { documentsFor, FORMATS_OF } from "@/lib/domain/documents";
import { launchBrowser, newContext } from "./support/browser";
import { example, pdfText, seed, stored as storedExample, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The draft kept in the browser, with the action plan's owners and due dates. */
const stored = async (page: Parameters<typeof storedExample>[0]) =>
  (await storedExample(page)) as { mode?: string; actionPlan?: Record<string, { owner: string; due: string }> } | null;

const en = t("en");
const fr = t("fr");

describe("modes and documents", () => {
  it("asks on the start page who is answering, and keeps it with the answers", async () => {
    const { context, page } = await newContext(browser);
    try {
      await page.goto("/en");
      await page.getByLabel(en("Modes.parents.label")).check();
      await page.getByText(en("Modes.parents.notice")).waitFor();
      expect((await stored(page))?.mode).toBe("parents");
      await page.goto("/en/assess/context");
      await page.getByText(en("Modes.parents.notice"), { exact: false }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("downloads every document from the result page, in the language chosen there", async () => {
    // Owners and due dates come with the answers (a parents' association does not enter them on the page).
    const doc = { ...example("free-consumer-quiz"), mode: "parents", actionPlan: { "ACC-01": { owner: "Mme Martin", due: "2027-01-15" } } };
    const { context, page, foreign } = await newContext(browser);
    try {
      await seed(page, doc, "/en/result");
      // Parents' mode: the questions to ask the school, beside those for the vendor; no owners or due dates to enter.
      await page.locator("#school-heading").waitFor();
      expect(await page.textContent("section:has(#school-heading) .unknowns")).toContain(en(ruleKey("RIG-07", "question")));
      expect(await page.locator("#plan-owner-ACC-01").count()).toBe(0);
      await page.locator("summary", { has: page.locator("#documents-plan-heading") }).click();
      await page.check("#documents-lang-fr");

      const files: Record<string, string> = {};
      const buttons = [
        ...documentsFor("parents").flatMap((kind) =>
          FORMATS_OF[kind].map((format) => ({
            key: `${kind}.${format}`,
            name: en("ResultDocuments.download", { document: en(`ResultDocuments.titles.${kind}`), format: en(`ResultDocuments.formats.${format}`) }),
            filename: documentFilename(doc.service.name, kind, "fr", format),
          })),
        ),
        {
          key: "bilingual.pdf",
          name: en("ResultDocuments.download", { document: en("ResultDocuments.bilingual"), format: "PDF" }),
          filename: reportFilename(doc.service.name, "fr-en"),
        },
      ];
      for (const b of buttons) {
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: b.name, exact: true }).click()]);
        expect(download.suggestedFilename()).toBe(b.filename);
        const body = readFileSync(await download.path());
        files[b.key] = b.key.endsWith(".pdf") ? pdfText(body) : body.toString("utf8");
        await page.getByText(en("ResultDocuments.done", { filename: b.filename })).waitFor();
      }

      expect(files["vendor-letter.pdf"]).toContain(fr("Documents.kinds.vendor-letter"));
      expect(files["vendor-letter.md"]).toContain(fr("ParentsQuestions.COM-01"));
      expect(files["vendor-letter.md"]).toContain("Association de parents d’élèves");
      expect(files["school-letter.md"]).toContain(fr("Documents.schoolLetter.schoolHeading"));
      expect(files["school-letter.pdf"]).toContain(fr("Documents.schoolLetter.vendorHeading"));
      // The points that matter most first, the other questions in the annex after the signature.
      for (const text of [files["school-letter.md"]!, files["school-letter.pdf"]!]) {
        const first = text.indexOf(fr("Documents.schoolLetter.firstHeading"));
        expect(first).toBeGreaterThan(-1);
        expect(text.indexOf(fr("Documents.schoolLetter.annexHeading"))).toBeGreaterThan(text.indexOf(fr("Documents.schoolLetter.signature")));
        expect(text.indexOf(fr("Documents.schoolLetter.signature"))).toBeGreaterThan(first);
      }
      // The school's own papers are not a parents' association's to write.
      for (const kind of ["family-notice", "register-entry", "action-plan", "decision"]) {
        expect(await page.getByRole("heading", { name: en(`ResultDocuments.titles.${kind}`), exact: true }).count()).toBe(0);
      }
      expect(files["dpia.pdf"]).toContain(fr("Dpia.criteria.vulnerable.label"));
      expect(files["bilingual.pdf"]).toContain(en("Report.conditions.parents.heading"));
      expect(files["bilingual.pdf"]).toContain(fr("Report.cover.parents.kicker"));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
