import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyseScan } from "@/lib/domain/scan/analyse";
import { ZScanResultSchema } from "@/lib/domain/scan/scan-shape";
import { runScan, scanSettings, type TScanSettings } from "./scan";
import { html, serveSite, type TFixtureSite } from "./testing/fixture-sites";
import type { TResolved } from "./url-check";

// A fixture site on 127.0.0.1; the resolver answers that address only.

let vendor: TFixtureSite;
const resolve = async (host: string): Promise<TResolved[]> => {
  if (host === "127.0.0.1") return [{ address: "127.0.0.1", family: 4 }];
  throw new Error("ENOTFOUND");
};

beforeAll(async () => {
  vendor = await serveSite({ "/": html(`<script src="https://www.google-analytics.com/analytics.js"></script><a href="/privacy">Privacy</a>`), "/privacy": html("<p>Contact our DPO.</p>") });
});
afterAll(() => vendor.close());

const settings = (extra: Partial<TScanSettings> = {}): TScanSettings => ({ ...scanSettings({ VIGIE_SCAN_ALLOW_HOSTS: vendor.hostPort }), chromium: null, resolve, ...extra });
const problemsOf = (r: { observations: { topic: string; code: string; params: Record<string, unknown> }[] }) => r.observations.filter((o) => o.topic === "scan" && o.code === "problem").map((o) => o.params.problem);

describe("runScan when part of the reading fails", () => {
  it("gives the result without trackers, with the problem listed, when the tracker lookup fails", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await runScan(new URL(`${vendor.origin}/`), settings({ matchTrackers: async () => Promise.reject(new Error("engine file missing")) }));
    error.mockRestore();
    expect(ZScanResultSchema.parse(r)).toMatchObject({ url: `${vendor.origin}/`, partial: true });
    expect(problemsOf(r)).toEqual(["internal"]);
    expect(r.observations.some((o) => o.topic === "trackers" && o.code === "thirdPartiesUnknown")).toBe(true);
    expect(r.suggestions.find((s) => s.ruleId === "COM-05")).toBeUndefined();
  });

  it("gives a partial result, not an error, when the analysis fails", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const analyse: typeof analyseScan = (collected, trackers) => {
      if (collected.pages.length > 0) throw new Error("unexpected page");
      return analyseScan(collected, trackers);
    };
    const r = await runScan(new URL(`${vendor.origin}/`), settings({ analyse }));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(ZScanResultSchema.parse(r)).toMatchObject({ url: `${vendor.origin}/`, partial: true });
    expect(problemsOf(r)).toEqual(["internal"]);
  });

  it("reads trackers as usual when nothing fails", async () => {
    const r = await runScan(new URL(`${vendor.origin}/`), settings());
    expect(r.partial).toBe(false);
    // Trackers on the public home page only: a passage to check on the pupils' pages, not an answer.
    expect(r.suggestions.find((s) => s.ruleId === "COM-05")).toMatchObject({ answer: null, code: "trackersOnPublicPages" });
  });
});

describe("scanSettings", () => {
  it("refuses other sites' requests in browser mode unless the operator asks for them", () => {
    expect(scanSettings({ VIGIE_SCAN_CHROMIUM: "/usr/bin/chromium" }).browserThirdParty).toBe("abort");
    expect(scanSettings({ VIGIE_SCAN_BROWSER_THIRD_PARTY: "yes" }).browserThirdParty).toBe("abort");
    expect(scanSettings({ VIGIE_SCAN_BROWSER_THIRD_PARTY: "fetch" }).browserThirdParty).toBe("fetch");
  });
});
