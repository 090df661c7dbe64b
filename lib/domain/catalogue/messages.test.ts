import { describe, it, expect } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { CATALOGUE, RULES, SOURCES } from "./index";
import { catalogueMessageKeys } from "./message-keys";

type TTree = { readonly [key: string]: string | TTree };
const LOCALES: Record<string, TTree> = { fr: fr as TTree, en: en as TTree };

/** Leaves of a message tree as dotted paths; non-string leaves (numbers, arrays…) are kept to be reported. */
function flatten(tree: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === "object" && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

const FLAT = Object.fromEntries(Object.entries(LOCALES).map(([l, t]) => [l, flatten(t)])) as Record<string, Map<string, unknown>>;
const ID_PATTERN = /^[A-Z]{2,4}-\d{2}$/;

describe("catalogue ids and references", () => {
  const ids = [...CATALOGUE.context.map((q) => q.id), ...CATALOGUE.domains.flatMap((d) => d.rules.map((r) => r.id))];

  it("has unique rule and context ids", () => {
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it("has ids shaped like AI-01 / ABC-01 / ABCD-01", () => {
    expect(ids.filter((id) => !ID_PATTERN.test(id))).toEqual([]);
  });

  it("gives every rule at least one reference, each to a known source", () => {
    expect(RULES.filter((r) => r.references.length === 0).map((r) => r.id)).toEqual([]);
    const bad = RULES.flatMap((r) => r.references.filter((ref) => !(ref.source in SOURCES)).map((ref) => `${r.id} → ${ref.source}`));
    expect(bad).toEqual([]);
  });
});

describe("messages", () => {
  it("fr and en have exactly the same leaf keys", () => {
    const fr = [...FLAT.fr!.keys()];
    const en = [...FLAT.en!.keys()];
    const onlyFr = fr.filter((k) => !FLAT.en!.has(k));
    const onlyEn = en.filter((k) => !FLAT.fr!.has(k));
    expect({ onlyFr, onlyEn }).toEqual({ onlyFr: [], onlyEn: [] });
  });

  it.each(Object.keys(LOCALES))("%s has every catalogue key as a non-empty string", (locale) => {
    const flat = FLAT[locale]!;
    const missing = catalogueMessageKeys(CATALOGUE).filter((k) => {
      const v = flat.get(k);
      return typeof v !== "string" || v.trim() === "";
    });
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(LOCALES))("%s: every leaf is a string that parses as ICU", (locale) => {
    const bad: string[] = [];
    for (const [k, v] of FLAT[locale]!) {
      if (typeof v !== "string") {
        bad.push(`${k}: not a string`);
        continue;
      }
      try {
        new IntlMessageFormat(v, locale);
      } catch (e) {
        bad.push(`${k}: ${(e as Error).message}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(LOCALES))("%s: no message contains U+202F (narrow no-break space)", (locale) => {
    const bad = [...FLAT[locale]!].filter(([, v]) => typeof v === "string" && v.includes("\u202F")).map(([k]) => k);
    expect(bad).toEqual([]);
  });
});

describe("parents' wording of the vendor questions", () => {
  it("exists, in every locale, for exactly the [V] rules listed as worded by parents", async () => {
    const { PARENTS_WORDED } = await import("./message-keys");
    const vendorRules = new Set(RULES.filter((r) => r.who === "V").map((r) => r.id));
    for (const id of PARENTS_WORDED) expect(vendorRules.has(id), id).toBe(true);
    for (const [locale, tree] of Object.entries(LOCALES)) {
      expect(Object.keys(tree.ParentsQuestions as TTree).sort(), locale).toEqual([...PARENTS_WORDED].sort());
    }
  });
});
