import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import { createElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { TLocale } from "@/lib/i18n/locales";
import { loadExample, type TExampleName } from "@/lib/testing/examples";
import { renderViewModelPdf } from "../report/render";
import { buildReportViewModel } from "../report/view-model";
import { paginationPatch, textLayoutCache, yogaPassesPatch } from "./dependency-patches";

const NOW = new Date("2026-11-24T10:00:00Z");
const vm = (name: TExampleName, locale: TLocale) =>
  buildReportViewModel(loadExample(name), locale, { now: NOW });
/** A one-page PDF with one text: one layout, for watching the memo's order. */
const oneText = (text: string) => renderToBuffer(createElement(Document, null, createElement(Page, null, createElement(Text, null, text))));

describe("the patches of react-pdf (patches/)", () => {
  const cache = textLayoutCache();
  const pagination = paginationPatch();
  const yogaPasses = yogaPassesPatch();
  const defaults = { enabled: cache.enabled, capacity: cache.capacity, maxChars: cache.maxChars };
  afterEach(() => {
    Object.assign(cache, defaults);
    pagination.countOnlyFirstRound = true;
    yogaPasses.enabled = true;
  });

  it("is applied to the react-pdf that renders the report", () => {
    expect(cache).toMatchObject({ enabled: true, capacity: 2000, maxChars: 150_000 });
    expect(pagination.countOnlyFirstRound).toBe(true);
    expect(yogaPasses.enabled).toBe(true);
  });

  it("tags a PDF only when its document asks (patches/@react-pdf+render, @react-pdf+renderer)", async () => {
    const doc = (tagged: boolean) =>
      renderToBuffer(createElement(Document, { creationDate: NOW, ...(tagged ? { tagged } : {}) } as object, createElement(Page, null, createElement(Text, null, "Alpha"))));
    const tagged = (await doc(true)).toString("latin1");
    expect(tagged).toContain("/StructTreeRoot");
    expect(tagged).toContain("/Marked true");
    const plain = (await doc(false)).toString("latin1");
    expect(plain).not.toContain("/StructTreeRoot");
    expect(plain).not.toContain("/MarkInfo");
  });

  it("lays out no text again on a second render of the same report, and the PDF is the same", async () => {
    cache.clear();
    const report = vm("gar-resource", "en");
    const first = await renderViewModelPdf(report);
    const missesAfterFirst = cache.misses;
    const hitsAfterFirst = cache.hits;
    expect(cache.size).toBeGreaterThan(50);
    const second = await renderViewModelPdf(report);
    expect(cache.misses).toBe(missesAfterFirst);
    expect(cache.hits).toBeGreaterThan(hitsAfterFirst);
    expect(second.equals(first)).toBe(true);
  });

  it("gives the same bytes as react-pdf unpatched (no memo, a full counting round, composed Yoga setters) for the longest report", async () => {
    const report = vm("free-consumer-quiz", "fr");
    cache.enabled = false;
    pagination.countOnlyFirstRound = false;
    yogaPasses.enabled = false;
    cache.clear();
    const misses = cache.misses;
    const unpatched = await renderViewModelPdf(report);
    expect(cache.size).toBe(0);
    expect(cache.misses).toBeGreaterThan(misses);
    cache.enabled = true;
    pagination.countOnlyFirstRound = true;
    yogaPasses.enabled = true;
    await renderViewModelPdf(vm("gar-resource", "fr")); // other reports' layouts in the memo first
    const cold = await renderViewModelPdf(report);
    const warm = await renderViewModelPdf(report);
    expect(cold.equals(unpatched)).toBe(true);
    expect(warm.equals(unpatched)).toBe(true);
  }, 60_000);

  it("sets Yoga's values and keeps boxes as react-pdf unpatched does: same bytes on another report", async () => {
    const report = vm("gar-resource", "en");
    yogaPasses.enabled = false;
    const before = yogaPasses.composed;
    const composed = await renderViewModelPdf(report);
    expect(yogaPasses.composed).toBeGreaterThan(before);
    yogaPasses.enabled = true;
    const after = yogaPasses.composed;
    expect((await renderViewModelPdf(report)).equals(composed)).toBe(true);
    expect(yogaPasses.composed).toBe(after);
  });

  it("sets every Yoga property as react-pdf unpatched does, the report's or not", async () => {
    // Each property the setters handle, with numbers, percentages and "auto".
    const box = (style: Record<string, unknown>, ...children: ReturnType<typeof createElement>[]) =>
      createElement(View, { style: { borderWidth: 1, ...style } }, ...children);
    const page = createElement(
      Page,
      { size: "A4", style: { padding: 20 } },
      box({ flexDirection: "row", flexWrap: "wrap", alignContent: "center", alignItems: "flex-end", justifyContent: "space-between", rowGap: 4, columnGap: "2%", height: 200 },
        box({ width: "30%", minWidth: 50, maxWidth: 160, aspectRatio: 2, flexBasis: 40, flexGrow: 1, flexShrink: 0 }),
        box({ width: 80, minHeight: 20, maxHeight: 60, marginTop: "auto", marginLeft: 5, paddingRight: "5%", overflow: "hidden", alignSelf: "center" }),
        box({ position: "absolute", top: 10, right: "10%", bottom: 20, left: 30 }),
        box({ display: "none", width: 40, height: 40 }),
        box({ flexDirection: "row-reverse", height: "25%", borderTopWidth: 3, borderLeftWidth: 2, paddingTop: 4, paddingBottom: 6, marginRight: "3%", marginBottom: 7 }, createElement(Text, null, "Alpha"))),
      box({ flexDirection: "column-reverse", justifyContent: "space-evenly", alignItems: "stretch", height: 100, width: "auto" }, createElement(Text, null, "Beta")),
    );
    const doc = () => renderToBuffer(createElement(Document, { creationDate: NOW, modificationDate: NOW }, page));
    yogaPasses.enabled = false;
    const composed = await doc();
    yogaPasses.enabled = true;
    expect((await doc()).equals(composed)).toBe(true);
  });

  it("drops the least recently used text when full", async () => {
    cache.clear();
    cache.capacity = 2;
    const missesOf = async (text: string) => {
      const before = cache.misses;
      await oneText(text);
      return cache.misses - before;
    };
    expect(await missesOf("Alpha")).toBe(1);
    expect(await missesOf("Beta")).toBe(1);
    expect(await missesOf("Alpha")).toBe(0); // now the most recently used
    expect(await missesOf("Gamma")).toBe(1); // Beta goes
    expect(cache.size).toBe(2);
    expect(await missesOf("Alpha")).toBe(0);
    expect(await missesOf("Beta")).toBe(1);
  });

  it("keeps at most its capacity and its characters", async () => {
    cache.clear();
    cache.capacity = 25;
    await renderViewModelPdf(vm("gar-resource", "fr"));
    expect(cache.size).toBe(25);
    cache.capacity = 2000;
    cache.maxChars = 500;
    cache.clear();
    await renderViewModelPdf(vm("gar-resource", "fr"));
    expect(cache.chars).toBeGreaterThan(400);
    expect(cache.chars).toBeLessThanOrEqual(500);
    cache.capacity = 0;
    cache.clear();
    await renderViewModelPdf(vm("gar-resource", "fr"));
    expect(cache.size).toBe(0);
  });
});
