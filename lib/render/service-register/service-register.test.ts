import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import type { TRegisterEntry } from "@/lib/domain/service-register/types";
import { filterRegisterEntries, readRegisterFilters } from "@/lib/domain/service-register/filter-entries";
import { csvCell, registerCsv } from "./csv";
import { readCsv, STARTS_FORMULA } from "@/lib/testing/csv-reader";
import { aRegisterEntry } from "@/lib/testing/register-entry-builder";

const entry = aRegisterEntry;

const entries = [
  entry({ assessmentId: "a", serviceName: "Quiz Éclair", vendor: "Éclair SAS", verdict: "not_recommended", addedAt: "2026-01-01T00:00:00Z", reviewDate: "2026-02-01", reviewDue: true }),
  entry({ assessmentId: "b", serviceName: "ENT Collège", verdict: "conditions", addedAt: "2026-01-02T00:00:00Z", decision: { outcome: "conditions", date: "2026-11-20" } }),
  entry({ assessmentId: "c", serviceName: "Blog de classe", vendor: "Eclair Média", addedAt: "2026-01-03T00:00:00Z", reviewDate: "2026-09-01", decision: { outcome: "refuse", date: "2026-10-01" }, sourcing: { answered: 30, sourced: 0, vendorAnswered: 20, vendorSourced: 0 } }),
];
const ids = (list: TRegisterEntry[]) => list.map((e) => e.assessmentId);
const filters = (q: string) => {
  const r = readRegisterFilters(new URLSearchParams(q));
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  return r.filters;
};

describe("register filters", () => {
  it("filters by text (service or vendor, accents ignored), verdict and review due", () => {
    expect(ids(filterRegisterEntries(entries, filters("q=eclair")))).toEqual(["a", "c"]);
    expect(ids(filterRegisterEntries(entries, filters("verdict=conditions,not_recommended")))).toEqual(["a", "b"]);
    expect(ids(filterRegisterEntries(entries, filters("reviewDue=true")))).toEqual(["a"]);
    expect(ids(filterRegisterEntries(entries, filters("reviewDue=false&q=ÉCLAIR")))).toEqual(["c"]);
  });

  it("filters by the head of school's decision, 'none' for services without one", () => {
    expect(ids(filterRegisterEntries(entries, filters("decision=conditions")))).toEqual(["b"]);
    expect(ids(filterRegisterEntries(entries, filters("decision=none,refuse")))).toEqual(["a", "c"]);
    expect(ids(filterRegisterEntries(entries, filters("decision=authorise")))).toEqual([]);
    const r = readRegisterFilters(new URLSearchParams("decision=yes"));
    expect(r.ok ? [] : r.fields).toEqual([{ field: "decision", code: "invalid_value", received: "yes", allowed: ["authorise", "conditions", "refuse", "none"] }]);
  });

  it("sorts by service, review date or date added", () => {
    expect(ids(filterRegisterEntries(entries, filters("sort=service")))).toEqual(["c", "b", "a"]);
    expect(ids(filterRegisterEntries(entries, filters("sort=review")))).toEqual(["a", "c", "b"]);
    expect(ids(filterRegisterEntries(entries, filters("")))).toEqual(["a", "b", "c"]);
  });

  it("names each bad parameter", () => {
    const r = readRegisterFilters(new URLSearchParams("verdict=ok&reviewDue=maybe&sort=size"));
    expect(r.ok ? [] : r.fields.map((f) => f.field)).toEqual(["verdict", "reviewDue", "sort"]);
  });
});

describe("register CSV", () => {
  it("quotes when needed and neutralises formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-1,5")).toBe(`"'-1,5"`);
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });

  it("quotes the separator of either language and a tab, and neutralises a formula after any of them", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a\tb")).toBe('"a\tb"');
    expect(csvCell("Quiz,=1+1")).toBe(`"'Quiz,'=1+1"`);
    expect(csvCell("Quiz;=1+1")).toBe(`"'Quiz;'=1+1"`);
    expect(csvCell("Quiz\t@SUM(A1)")).toBe(`"'Quiz\t'@SUM(A1)"`);
    expect(csvCell("Quiz\r\n+1")).toBe(`"'Quiz\r\n'+1"`);
    expect(csvCell("Quiz, =1")).toBe(`"'Quiz,' =1"`);
    expect(csvCell(" =1")).toBe("' =1");
    expect(csvCell("\tx")).toBe(`"'\tx"`);
    expect(csvCell("Lycée Jean-Moulin 2026-01-01 a=b")).toBe("Lycée Jean-Moulin 2026-01-01 a=b");
  });

  it("read with either separator, no hostile name gives a cell that starts a formula", () => {
    const hostile = ["Quiz,=1+1", "Quiz;=1+1", "Quiz\t=1+1", "=cmd|' /C calc'!A0", "x\n=1", '"a",=b', "@x", "-2+3"];
    const list = hostile.map((name, i) => entry({ assessmentId: String(i), serviceName: name, vendor: name, schoolName: name }));
    for (const locale of ["fr", "en"] as const) {
      const csv = registerCsv(list, translatorFor(locale), (id) => id).slice(1);
      for (const sep of [",", ";", "\t"]) {
        for (const cell of readCsv(csv, sep).flat()) expect(cell, `${locale} read with ${JSON.stringify(sep)}`).not.toMatch(STARTS_FORMULA);
      }
      // Read with its own separator, each name is one cell, with its apostrophes.
      const rows = readCsv(csv, locale === "fr" ? ";" : ",").slice(1);
      expect(rows.map((r) => r[0])).toEqual(["'Quiz,'=1+1", "'Quiz;'=1+1", "'Quiz\t'=1+1", "'=cmd|' /C calc'!A0", "'x\n'=1", `'"a",'=b`, "'@x", "'-2+3"]);
    }
  });

  it("writes headers and verdicts in the chosen language, one line per service", () => {
    const fr = registerCsv(entries, translatorFor("fr"), (id) => `https://vigie.example/fr/assessments/${id}`);
    expect(fr.startsWith("\uFEFFService;Éditeur;")).toBe(true);
    const lines = fr.slice(1).split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("Service;Éditeur;Établissement;Avis;Décision;Date de la décision;Réponses sourcées;Date d’évaluation;À revoir le;Revue dépassée;Version des règles;Évaluation n°;Lien de lecture");
    expect(lines[1]).toBe("Quiz Éclair;Éclair SAS;;Déconseillé;;;12 sur 40;2026-05-02;2026-02-01;Oui;2026.11-1;1;https://vigie.example/fr/assessments/a");
    expect(lines[3]).toBe("Blog de classe;Eclair Média;;Acceptable;Utilisation refusée;2026-10-01;0 sur 30;2026-05-02;2026-09-01;Non;2026.11-1;1;https://vigie.example/fr/assessments/c");
    const en = registerCsv(entries, translatorFor("en"), (id) => id);
    expect(en.split("\r\n")[2]).toBe("ENT Collège,,,Acceptable with conditions,Use authorised with conditions,2026-11-20,12 of 40,2026-05-02,2027-05-02,No,2026.11-1,1,b");
  });
});
