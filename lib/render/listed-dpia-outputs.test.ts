import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { loadExample } from "@/lib/testing/examples";
import { buildDocument } from "./documents/build";
import { toPiaExport } from "./pia/to-pia";

const now = new Date("2026-12-01T12:00:00Z");
/** Pupils recognised by their face (a type on the CNIL's list), the DPIA judged "not required". */
const gar = loadExample("gar-resource");
const listed = { ...gar, answers: { ...gar.answers, "CTX-02": "pupils" as const, "MIN-09": "yes" as const, "ACC-05": "not_required" as const } };
const evaluation = evaluate(listed.answers, CATALOGUE);

describe("a DPIA that the CNIL's list makes mandatory, in the papers", () => {
  it("is listed by the engine", () => {
    expect(evaluation.dpia.listed).toEqual(["biometrics-vulnerable"]);
  });

  it.each(LOCALES)("%s: the DPIA note says mandatory, never 'in most cases' nor a written set-aside", (locale) => {
    const t = translatorFor(locale);
    const vm = buildDocument(listed, "dpia", locale, { now });
    const text = JSON.stringify(vm.blocks);
    expect(text).toContain(t("Documents.dpia.meaningListed", { dpoWho: "\u0000" }).split("\u0000")[0]!);
    expect(text).not.toContain(t("Documents.dpia.meaning.required", { dpoWho: "\u0000" }).split("\u0000")[0]!);
  });

  it.each(LOCALES)("%s: the PIA export gives ACC-05 the remedy of a listed type", (locale) => {
    const t = translatorFor(locale);
    const pia = toPiaExport({ document: listed, evaluation, createdAt: "2026-12-01T09:00:00.000Z", evaluatedAt: "2026-12-01T10:00:00.000Z" }, t);
    const all = JSON.stringify(pia.answers);
    const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const listedRemedy = escape(t("Rules.ACC-05.remediations.not_required_listed"));
    const generic = escape(t("Rules.ACC-05.remediations.not_required"));
    expect(JSON.stringify(pia.answers)).toContain(JSON.stringify(listedRemedy).slice(1, 60));
    expect(all).not.toContain(JSON.stringify(generic).slice(1, 60));
  });
});
