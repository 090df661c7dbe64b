import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { STORAGE_KEY } from "@/lib/browser/draft-storage";
import { CATALOGUE, CONTEXT, DOMAINS } from "@/lib/domain/catalogue";
import { notApplicableRules } from "@/lib/domain/engine";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export interface TExample {
  schemaVersion: 1 | 2;
  service: { name: string; vendor?: string; url?: string };
  school?: { name?: string; uai?: string };
  assessor?: { name?: string; role?: string };
  answers: Record<string, string>;
}

export const example = (name: string): TExample => JSON.parse(readFileSync(`examples/${name}.json`, "utf8")) as TExample;

export const t = (locale: TLocale) => translatorFor(locale);

/** The text fields of the context step, by DOM id, from an answers document. */
export function textFields(doc: TExample): [string, string][] {
  const pairs: [string, string | undefined][] = [
    ["field-service-name", doc.service.name],
    ["field-service-vendor", doc.service.vendor],
    ["field-service-url", doc.service.url],
    ["field-school-name", doc.school?.name],
    ["field-school-uai", doc.school?.uai],
    ["field-assessor-name", doc.assessor?.name],
    ["field-assessor-role", doc.assessor?.role],
  ];
  return pairs.filter((p): p is [string, string] => p[1] !== undefined);
}

/** The questions each domain step asks for these answers, in order (not-applicable ones left out). */
export function askedByStep(answers: Record<string, string>): { step: string; ids: string[] }[] {
  const na = notApplicableRules(answers, CATALOGUE);
  return DOMAINS.map((d) => ({ step: d.id.toLowerCase(), ids: d.rules.map((r) => r.id).filter((id) => !na.has(id)) }));
}

export const contextIds = CONTEXT.map((q) => q.id);

/** Writes an answers document where the app keeps it (same origin), then opens `path`. */
export async function seed(page: Page, doc: unknown, path: string) {
  await page.goto("/fr");
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(doc)]);
  await page.goto(path);
}

export const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null") as TExample | null, STORAGE_KEY);

/**
 * Waits until the form has read the saved answers. A step's Back / Next come only then (the first
 * step's text fields come with the page, read-only until then), and the review renders only then.
 */
export const formReady = (page: Page) => page.locator("form.step-form .step-nav, form.review").first().waitFor();

// ---------------------------------------------------------------------------------------------
// Keyboard only

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName ?? "", id: el?.id ?? "", name: el?.getAttribute("name") ?? "", type: el?.getAttribute("type") ?? "", text: el?.textContent?.trim() ?? "", href: el?.getAttribute("href") ?? "" };
  });
type TActive = Awaited<ReturnType<typeof active>>;

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabUntil(page: Page, match: (a: TActive) => boolean, what: string, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await active(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Chooses a radio value with the keyboard: Tab into the group, then arrows (or Space on the first). */
export async function chooseByKeyboard(page: Page, questionId: string, value: string) {
  const name = `answers.${questionId}`;
  await tabUntil(page, (a) => a.name === name, `question ${questionId}`);
  const { index, target } = await page.evaluate(
    ([n, v]) => {
      const radios = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${n}"]`)];
      return { index: radios.indexOf(document.activeElement as HTMLInputElement), target: radios.findIndex((r) => r.value === v) };
    },
    [name, value],
  );
  expect(target, `${questionId} offers ${value}`).toBeGreaterThanOrEqual(0);
  if (index === target) await page.keyboard.press("Space");
  for (let i = index; i < target; i++) await page.keyboard.press("ArrowDown");
  for (let i = index; i > target; i--) await page.keyboard.press("ArrowUp");
  expect(await page.isChecked(`#q-${questionId}-${value}`), `${questionId} = ${value}`).toBe(true);
}

/** Tabs to the form's submit button and presses Enter. */
export async function submitByKeyboard(page: Page) {
  await tabUntil(page, (a) => a.tag === "BUTTON" && a.type === "submit", "the submit button");
  await page.keyboard.press("Enter");
}

// ---------------------------------------------------------------------------------------------
// PDF

/** The text of a PDF (poppler's pdftotext), with runs of white space made single spaces. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "vigie-e2e-"));
  const file = join(dir, "report.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}
