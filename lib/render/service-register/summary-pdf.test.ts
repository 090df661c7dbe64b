import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocumentViewModelPdf } from "../documents/render";
import type { TDocumentViewModel } from "../documents/types";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { normaliseSpaces, pdfFonts, pdfInfo, pdfOutline, pdfText } from "@/lib/testing/pdf-tools";
import { readRegisterFilters } from "@/lib/domain/service-register/filter-entries";
import { buildRegisterSummary } from "./summary";
import { aRegisterEntry } from "@/lib/testing/register-entry-builder";

const NOW = new Date("2026-11-24T10:00:00Z");
const entry = aRegisterEntry;
const REGISTER = {
  name: "Lycée Marie-Curie",
  createdAt: "2026-01-05T08:00:00.000Z",
  entries: [
    entry({ assessmentId: "a", serviceName: "Quiz Éclair", vendor: "Éclair SAS", verdict: "not_recommended", reviewDate: "2026-02-01", reviewDue: true }),
    entry({ assessmentId: "b", serviceName: "ENT Collège", vendor: "Région", verdict: "conditions", round: 2 }),
    entry({ assessmentId: "c", serviceName: "Blog de classe" }),
  ],
};

const dir = mkdtempSync(path.join(tmpdir(), "vigie-register-summary-"));
const rendered = new Map<string, { vm: TDocumentViewModel; text: string; file: string }>();
const get = (key: string) => {
  const r = rendered.get(key);
  if (r === undefined) throw new Error(`not rendered: ${key}`);
  return r;
};
const has = (text: string, s: string) => text.includes(normaliseSpaces(s));
const CASES = [
  ...LOCALES.map((locale) => ({ key: `all.${locale}`, locale, query: "", register: REGISTER })),
  { key: "due.fr", locale: "fr" as TLocale, query: "reviewDue=true", register: REGISTER },
  { key: "empty.en", locale: "en" as TLocale, query: "", register: { ...REGISTER, entries: [] } },
];

beforeAll(async () => {
  for (const c of CASES) {
    const read = readRegisterFilters(new URLSearchParams(c.query));
    if (!read.ok) throw new Error(c.query);
    const vm = buildRegisterSummary({ register: c.register, filters: read.filters, locale: c.locale, now: NOW });
    const file = path.join(dir, `${c.key}.pdf`);
    writeFileSync(file, await renderDocumentViewModelPdf(vm));
    rendered.set(c.key, { vm, text: pdfText(file), file });
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE: Record<TLocale, RegExp> = { fr: /Page (\d+) sur (\d+)/g, en: /Page (\d+) of (\d+)/g };

describe.each(LOCALES)("register summary as PDF in %s", (locale) => {
  it("has its title, facts, counts and every service, numbered pages, fonts and document information", () => {
    const { vm, text, file } = get(`all.${locale}`);
    for (const s of [vm.kicker, vm.title, vm.colophon]) expect(has(text, s), s).toBe(true);
    for (const b of vm.blocks) {
      if (b.type === "heading" || b.type === "paragraph") expect(has(text, b.text), b.text).toBe(true);
      if (b.type === "facts") for (const r of b.rows) expect(has(text, r.value), r.value).toBe(true);
      // Cells wrap inside their column: compare their words in order, not whole lines.
      if (b.type === "table") for (const row of b.rows) for (const cell of row) for (const w of cell.text.split(/\s+/)) expect(has(text, w), w).toBe(true);
    }
    for (const s of REGISTER.entries.map((e) => e.serviceName)) expect(has(text, s), s).toBe(true);
    expect(text.match(new RegExp(locale === "fr" ? "En retard" : "Overdue", "g"))).toHaveLength(1);
    const info = pdfInfo(file);
    expect(info.Title).toBe(vm.title);
    expect(info.Subject).toBe(vm.kicker);
    expect(info.Author).toBe("Vigie");
    const pages = Number(info.Pages);
    expect(pages).toBe(1);
    expect([...text.matchAll(PAGE[locale])].map((m) => [Number(m[1]), Number(m[2])])).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
    expect(pdfFonts(file).every((f) => f.embedded && /\+NotoSans-(Regular|Bold)$/.test(f.name))).toBe(true);
    expect(pdfOutline(file)[0]?.title).toBe(vm.title);
    expect(statSync(file).size).toBeLessThan(80_000);
  });
});

describe("register summary as PDF, filtered and empty", () => {
  it("says which filters were applied and lists only the services that pass them", () => {
    const { text } = get("due.fr");
    expect(has(text, "Réexamen en retard seulement")).toBe(true);
    expect(has(text, "1 sur 3")).toBe(true);
    expect(has(text, "Quiz Éclair")).toBe(true);
    expect(has(text, "Blog de classe")).toBe(false);
  });

  it("says the register holds no service yet", () => {
    const { text } = get("empty.en");
    expect(has(text, "This register holds no service yet.")).toBe(true);
    expect(has(text, "0 of 0")).toBe(true);
    expect(has(text, "Services listed")).toBe(true);
  });
});
