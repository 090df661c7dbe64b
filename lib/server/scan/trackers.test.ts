import { describe, expect, it } from "vitest";
import { matchTrackers } from "./trackers";

// Made-up requests to well-known tracker hosts, as strings only: the database is offline, nothing is fetched.
describe("matchTrackers", () => {
  it("names the organisation and the category of well-known trackers", async () => {
    const matches = await matchTrackers([
      "https://www.google-analytics.com/analytics.js",
      "https://connect.facebook.net/en_US/fbevents.js",
      "https://www.facebook.com/tr",
      "https://securepubads.g.doubleclick.net/tag/js/gpt.js",
      "https://static.hotjar.com/c/hotjar-1.js",
    ]);
    const of = (url: string) => matches.filter((m) => m.requestUrl === url).map((m) => ({ organisation: m.organisation, category: m.category }));
    expect(of("https://www.google-analytics.com/analytics.js")).toEqual([{ organisation: "Google", category: "site_analytics" }]);
    // Meta's pixel: the database files its script under analytics and its beacon under advertising.
    expect(of("https://connect.facebook.net/en_US/fbevents.js")).toEqual([{ organisation: "Meta", category: "site_analytics" }]);
    expect(of("https://www.facebook.com/tr")).toEqual([{ organisation: "Meta", category: "advertising" }]);
    expect(of("https://securepubads.g.doubleclick.net/tag/js/gpt.js")).toContainEqual({ organisation: "Google", category: "advertising" });
    expect(of("https://static.hotjar.com/c/hotjar-1.js")).toEqual([{ organisation: "Hotjar", category: "site_analytics" }]);
    expect(matches.find((m) => m.pattern === "google_analytics")?.name).toBe("Google Analytics");
  });

  it("matches nothing for a host the database does not know, and skips what is not http(s)", async () => {
    expect(await matchTrackers(["https://cdn.vendor-of-school-tools.example/app.js", "data:text/javascript,1", "not a url"])).toEqual([]);
    expect(await matchTrackers([])).toEqual([]);
  });

  it("takes the domain's owner only when no filter matches the request itself", async () => {
    // The database lists google.com under Google's advertising, and has its own filter for reCAPTCHA.
    const recaptcha = await matchTrackers(["https://www.google.com/recaptcha/api.js"]);
    expect(recaptcha.map((m) => [m.pattern, m.category])).toEqual([["google_recaptcha", "utilities"]]);
    const fonts = await matchTrackers(["https://fonts.googleapis.com/css2?family=Inter"]);
    expect(fonts.map((m) => [m.pattern, m.category])).toEqual([["google_fonts", "hosting"]]);
  });

  it("gives one match per request and pattern when a URL is listed twice", async () => {
    const url = "https://www.google-analytics.com/g/collect?v=2";
    const matches = await matchTrackers([url, url]);
    expect(matches.filter((m) => m.pattern === "google_analytics")).toHaveLength(1);
  });
});

describe("matchTrackers read by analyseScan", () => {
  it("turns the database's categories into COM-05 and COM-02 suggestions, and leaves hosting out", async () => {
    const { analyseScan } = await import("@/lib/domain/scan/analyse");
    const home = "https://vendor.example/";
    const urls = ["https://www.google-analytics.com/analytics.js", "https://securepubads.g.doubleclick.net/tag/js/gpt.js", "https://fonts.googleapis.com/css2?family=Roboto"];
    const result = analyseScan(
      {
        url: home,
        finalUrl: home,
        mode: "static",
        scannedAt: "2026-12-07T10:00:00.000Z",
        pages: [],
        requests: urls.map((url) => ({ url, pageUrl: home, seenBy: "html" as const, sent: false })),
        cookies: [],
        transport: { httpsReachable: true, tlsVersion: "TLSv1.3", certificate: null, httpRedirectsToHttps: null, httpOnly: false, hsts: null },
        addresses: [],
        problems: [],
      },
      await matchTrackers(urls),
    );
    const com05 = result.suggestions.find((s) => s.ruleId === "COM-05");
    // Seen on the public home page only: a passage, the pupils' pages are to be checked.
    expect(com05).toMatchObject({ answer: null, code: "trackersOnPublicPages" });
    expect(String(com05?.params.names)).toContain("Google Analytics (Google)");
    expect(String(com05?.params.names)).not.toContain("Google Fonts");
    expect(result.suggestions.find((s) => s.ruleId === "COM-02")).toMatchObject({ answer: null, code: "advertisingTrackers" });
    expect(result.observations.find((o) => o.code === "thirdPartyServices")?.items?.map((i) => i.label)).toEqual(["Google Fonts (Google)"]);
  });
});
