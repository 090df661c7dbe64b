import { describe, expect, it } from "vitest";
import { documentMarkdown } from "../documents/markdown";
import type { TBlock, TDocumentViewModel } from "../documents/types";
import { translatorFor } from "@/lib/i18n/translator";
import { readRegisterFilters, type TRegisterFilters } from "@/lib/domain/service-register/filter-entries";
import { buildRegisterSummary, filtersText } from "./summary";
import { aRegisterEntry } from "@/lib/testing/register-entry-builder";

const NOW = new Date("2026-11-24T10:00:00Z");

const entry = aRegisterEntry;

const ENTRIES = [
  entry({ assessmentId: "a", serviceName: "Quiz Éclair", vendor: "Éclair SAS", verdict: "not_recommended", addedAt: "2026-01-01T00:00:00Z", reviewDate: "2026-02-01", reviewDue: true }),
  entry({ assessmentId: "b", serviceName: "ENT Collège", verdict: "conditions", round: 2, addedAt: "2026-01-02T00:00:00Z", decision: { outcome: "conditions", date: "2026-11-20" } }),
  entry({ assessmentId: "c", serviceName: "Blog de classe", vendor: "Eclair Média", addedAt: "2026-01-03T00:00:00Z", reviewDate: "2026-09-01", reviewDue: true }),
];
const REGISTER = { name: "Collège Jean-Moulin", createdAt: "2026-01-01T08:00:00.000Z", entries: ENTRIES };

const filters = (q: string): TRegisterFilters => {
  const r = readRegisterFilters(new URLSearchParams(q));
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  return r.filters;
};
const blocksOf = <K extends TBlock["type"]>(vm: TDocumentViewModel, type: K) => vm.blocks.filter((b): b is Extract<TBlock, { type: K }> => b.type === type);
const fact = (vm: TDocumentViewModel, label: string) =>
  blocksOf(vm, "facts")
    .flatMap((b) => b.rows)
    .find((r) => r.label === label)?.value;
const table = (vm: TDocumentViewModel) => blocksOf(vm, "table")[0];

describe("register summary", () => {
  it("gives each service's decision under its verdict, and names the decision filter", () => {
    const vm = buildRegisterSummary({ register: REGISTER, filters: filters(""), locale: "en", now: NOW });
    const rows = table(vm)?.rows ?? [];
    expect(rows.map((r) => r[2]?.details)).toEqual([["No decision"], ["Use authorised with conditions on 20 November 2026"], ["No decision"]]);
    const only = buildRegisterSummary({ register: REGISTER, filters: filters("decision=conditions"), locale: "en", now: NOW });
    expect(table(only)?.rows.map((r) => r[0]?.text)).toEqual(["ENT Collège"]);
    expect(fact(only, "Filters applied")).toBe("Decision: Use authorised with conditions");
  });

  it("names the register and its date, counts each verdict and the overdue reviews (fr)", () => {
    const vm = buildRegisterSummary({ register: REGISTER, filters: filters(""), locale: "fr", now: NOW });
    expect(vm.kind).toBe("register-summary");
    expect(vm.locale).toBe("fr");
    expect(vm.kicker).toBe("Synthèse du registre");
    expect(vm.title).toBe("Registre des services évalués\u00a0: Collège Jean-Moulin");
    expect(vm.meta).toMatchObject({ title: vm.title, subject: "Synthèse du registre", author: "Vigie", creationDate: NOW.toISOString() });
    expect(vm.page.footer).toBe("Vigie · Collège Jean-Moulin · Synthèse du registre");
    expect(vm.page.pageNumberTemplate).toBe("Page {page} sur {total}");
    expect(fact(vm, "Créé le")).toBe("1er janvier 2026");
    expect(fact(vm, "Services listés")).toBe("3 sur 3");
    expect(fact(vm, "Filtres appliqués")).toBe("Aucun\u00a0: tous les services du registre");
    expect(fact(vm, "Ordre")).toBe("Ordre d’ajout");
    expect(fact(vm, "Acceptable")).toBe("1 service");
    expect(fact(vm, "Acceptable sous conditions")).toBe("1 service");
    expect(fact(vm, "Déconseillé")).toBe("1 service");
    expect(fact(vm, "Réexamens en retard")).toBe("2 services");
    expect(vm.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("2 services doivent être réexaminés"))).toBe(true);
    expect(vm.colophon).toContain("24 novembre 2026");
    expect(vm.colophon).toContain("3 services au registre");
  });

  it("lists one row per service with vendor, verdict chip, evaluation date and round, review date and the overdue mark", () => {
    const vm = buildRegisterSummary({ register: REGISTER, filters: filters(""), locale: "en", now: NOW });
    const t = table(vm);
    expect(t?.columns.map((c) => c.header)).toEqual(["Service", "Vendor", "Verdict", "Sources", "Evaluated", "Review on", "Late"]);
    expect(t?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Quiz Éclair", "Éclair SAS", "Not recommended", "12 of 40", "2 May 2026, round 1", "1 February 2026", "Overdue"],
      ["ENT Collège", "not given", "Acceptable with conditions", "12 of 40", "2 May 2026, round 2", "2 May 2027", "—"],
      ["Blog de classe", "Eclair Média", "Acceptable", "12 of 40", "2 May 2026, round 1", "1 September 2026", "Overdue"],
    ]);
    expect(t?.rows[0]?.[2]?.verdict).toBe("not_recommended");
    expect(t?.rows[0]?.[6]?.severity).toBe("HIGH");
    expect(t?.rows[1]?.[6]?.severity).toBeUndefined();
  });

  it("honours the filters and says which were applied, counting only the services listed", () => {
    const f = filters("q=eclair&reviewDue=true&verdict=acceptable,not_recommended&sort=service");
    const fr = buildRegisterSummary({ register: REGISTER, filters: f, locale: "fr", now: NOW });
    expect(table(fr)?.rows.map((r) => r[0]?.text)).toEqual(["Blog de classe", "Quiz Éclair"]);
    expect(fact(fr, "Services listés")).toBe("2 sur 3");
    expect(fact(fr, "Filtres appliqués")).toBe("Service ou éditeur contenant «\u00a0eclair\u00a0»\u00a0; avis\u00a0: Acceptable et Déconseillé\u00a0; réexamen en retard seulement");
    expect(fact(fr, "Ordre")).toBe("Nom du service");
    expect(fact(fr, "Acceptable sous conditions")).toBe("aucun service");
    const en = translatorFor("en");
    expect(filtersText(en, filters("reviewDue=false"))).toBe("Reviews not yet due");
    expect(filtersText(en, filters("q=quiz&verdict=conditions"))).toBe("Service or vendor containing “quiz”; verdict: Acceptable with conditions");
  });

  it("has an empty state for an empty register and for filters that match nothing", () => {
    const empty = buildRegisterSummary({ register: { name: null, createdAt: REGISTER.createdAt, entries: [] }, filters: filters(""), locale: "en", now: NOW });
    expect(empty.title).toBe("Register of assessed services");
    expect(empty.page.footer).toBe("Vigie · Register of assessed services · Register summary");
    expect(fact(empty, "Register")).toBe("Untitled");
    expect(fact(empty, "Services listed")).toBe("0 of 0");
    expect(table(empty)).toBeUndefined();
    expect(blocksOf(empty, "heading")).toEqual([]);
    expect(blocksOf(empty, "paragraph").at(-1)).toEqual({ type: "paragraph", text: expect.stringMatching(/^This register holds no service yet\./), style: "box" });
    expect(empty.colophon).toContain("empty register");

    const none = buildRegisterSummary({ register: REGISTER, filters: filters("q=nothing"), locale: "fr", now: NOW });
    expect(table(none)).toBeUndefined();
    expect(blocksOf(none, "paragraph").at(-1)?.text).toBe("Aucun service du registre ne correspond aux filtres appliqués.");
  });

  it("reads as Markdown too (same blocks)", () => {
    const vm = buildRegisterSummary({ register: REGISTER, filters: filters(""), locale: "en", now: NOW });
    const md = documentMarkdown(vm, translatorFor("en"));
    expect(md).toContain("# Register of assessed services: Collège Jean-Moulin");
    expect(md).toContain("| Quiz Éclair | Éclair SAS | Not recommended · No decision | 12 of 40 | 2 May 2026, round 1 | 1 February 2026 | Overdue |");
  });
});
