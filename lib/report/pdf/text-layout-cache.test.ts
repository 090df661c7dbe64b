import { Document, Page, renderToBuffer, Text } from "@react-pdf/renderer";
import { createElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { TLocale } from "../../i18n/locales";
import { loadExample, type TExampleName } from "../../testing/examples";
import { renderViewModelPdf } from "../render";
import { buildReportViewModel } from "../view-model";
import { paginationPatch, textLayoutCache } from "./text-layout-cache";

const NOW = new Date("2026-11-24T10:00:00Z");
const vm = (name: TExampleName, locale: TLocale) =>
  buildReportViewModel(loadExample(name), locale, { now: NOW });
/** A one-page PDF with one text: one layout, for watching the memo's order. */
const oneText = (text: string) => renderToBuffer(createElement(Document, null, createElement(Page, null, createElement(Text, null, text))));

describe("react-pdf's layout patch (patches/@react-pdf+layout)", () => {
  const cache = textLayoutCache();
  const pagination = paginationPatch();
  const defaults = { enabled: cache.enabled, capacity: cache.capacity, maxChars: cache.maxChars };
  afterEach(() => {
    Object.assign(cache, defaults);
    pagination.countOnlyFirstRound = true;
  });

  it("is applied to the react-pdf that renders the report", () => {
    expect(cache).toMatchObject({ enabled: true, capacity: 2000, maxChars: 150_000 });
    expect(pagination.countOnlyFirstRound).toBe(true);
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

  it("gives the same bytes as react-pdf unpatched (no memo, a full counting round) for the longest report", async () => {
    const report = vm("free-consumer-quiz", "fr");
    cache.enabled = false;
    pagination.countOnlyFirstRound = false;
    cache.clear();
    const misses = cache.misses;
    const unpatched = await renderViewModelPdf(report);
    expect(cache.size).toBe(0);
    expect(cache.misses).toBeGreaterThan(misses);
    cache.enabled = true;
    pagination.countOnlyFirstRound = true;
    await renderViewModelPdf(vm("gar-resource", "fr")); // other reports' layouts in the memo first
    const cold = await renderViewModelPdf(report);
    const warm = await renderViewModelPdf(report);
    expect(cold.equals(unpatched)).toBe(true);
    expect(warm.equals(unpatched)).toBe(true);
  }, 60_000);

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
