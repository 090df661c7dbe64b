import { afterEach, describe, expect, it } from "vitest";
import { loadExample } from "../../testing/examples";
import { renderViewModelPdf } from "../render";
import { buildReportViewModel } from "../view-model";
import { textLayoutCache } from "./text-layout-cache";

const NOW = new Date("2026-11-24T10:00:00Z");
const vm = (name: "free-consumer-quiz" | "gar-resource", locale: "fr" | "en") =>
  buildReportViewModel(loadExample(name), locale, { now: NOW });

describe("react-pdf's text layout memo (patches/@react-pdf+layout)", () => {
  const cache = textLayoutCache();
  const defaults = { enabled: cache.enabled, capacity: cache.capacity };
  afterEach(() => Object.assign(cache, defaults));

  it("is applied to the react-pdf that renders the report", () => {
    expect(cache).toMatchObject({ enabled: true, capacity: 2000 });
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

  it("gives the same bytes as react-pdf's own layout, for every page of the longest report", async () => {
    const report = vm("free-consumer-quiz", "fr");
    cache.enabled = false;
    cache.clear();
    const misses = cache.misses;
    const unmemoised = await renderViewModelPdf(report);
    expect(cache.size).toBe(0);
    expect(cache.misses).toBeGreaterThan(misses);
    cache.enabled = true;
    await renderViewModelPdf(vm("gar-resource", "fr")); // other reports' layouts in the memo first
    const cold = await renderViewModelPdf(report);
    const warm = await renderViewModelPdf(report);
    expect(cold.equals(unmemoised)).toBe(true);
    expect(warm.equals(unmemoised)).toBe(true);
  }, 60_000);

  it("keeps at most its capacity, dropping the least recently used", async () => {
    cache.clear();
    cache.capacity = 25;
    await renderViewModelPdf(vm("gar-resource", "fr"));
    expect(cache.size).toBe(25);
    cache.capacity = 0;
    cache.clear();
    await renderViewModelPdf(vm("gar-resource", "fr"));
    expect(cache.size).toBe(0);
  });
});
