import { beforeAll, describe, expect, it } from "vitest";
import { drawsCodePoint, prepareFonts } from "./fonts";
import { printable, printableText, REPLACEMENT } from "./printable";

beforeAll(() => prepareFonts());

describe("printableText", () => {
  it("keeps what the fonts draw: French, Latin-Ext, Vietnamese, Cyrillic and Greek names", () => {
    for (const name of ["Collège Jean-Moulin – l’ENT « Éclair »", "Ștefănescu Łódź Šťastný Őrség", "Nguyễn Thị Ánh", "Классная Ёлка", "Ωmega Αθήνα"]) {
      expect(printableText(name)).toBe(name);
    }
  });

  it("composes what was typed decomposed (e + circumflex + tilde is ễ)", () => {
    expect(printableText("Nguye\u0302\u0303n")).toBe("Nguyễn");
  });

  it("puts one � for each run of characters no font has, and drops invisible ones", () => {
    expect(printableText("📚 Classe")).toBe(`${REPLACEMENT} Classe`);
    expect(printableText("École 学校 en ligne")).toBe(`École ${REPLACEMENT} en ligne`);
    expect(printableText("Famille 👨‍👩‍👧 ❤️")).toBe(`Famille ${REPLACEMENT} ${REPLACEMENT}`);
    expect(printableText("مدرسة")).toBe(REPLACEMENT);
    expect(printableText("a\u{e0001}b\u0007c\u180e")).toBe("abc");
  });

  it("writes breaks, tabs and spaces no font has with characters that are drawn", () => {
    expect(printableText("ligne 1\r\nligne 2\ttab\u2028fin")).toBe("ligne 1 ligne 2 tab fin");
    expect(printableText("L’ENT «\u202fÉclair\u202f» Jean\u2011Moulin")).toBe("L’ENT «\u00a0Éclair\u00a0» Jean-Moulin");
    expect(printableText("a\u3000b")).toBe("a b");
  });

  it("drops an accent no font has instead of printing � next to its letter", () => {
    expect(printableText("m\u0327")).toBe("m");
  });

  it("takes its shortcut only for characters the Latin face draws (not breaks nor tabs)", () => {
    const shortcut = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i), ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i)];
    expect(shortcut.filter((cp) => !drawsCodePoint(cp)).map((cp) => cp.toString(16))).toEqual([]);
    expect([0x09, 0x0a, 0x202f].filter((cp) => drawsCodePoint(cp))).toEqual([]);
  });
});

describe("printable", () => {
  it("makes every string of a view-model printable, at any depth, and leaves the rest alone", () => {
    const vm = { title: "📚", n: 3, ok: true, none: null, list: ["a", { deep: ["学"] }], at: new Date(0) };
    const out = printable(vm);
    expect(out).toEqual({ title: REPLACEMENT, n: 3, ok: true, none: null, list: ["a", { deep: [REPLACEMENT] }], at: vm.at });
    expect(out.at).toBe(vm.at);
    expect(vm.title).toBe("📚");
  });
});
