import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { QUESTIONS } from "../schema/document-shape";
import { analyseScan } from "./analyse";
import { htmlBlocks } from "./html-text";
import { ZScanResultSchema, type TScanCollected, type TScanPage, type TScanResult, type TTrackerMatch } from "./scan-shape";

const HOME = "https://www.ecole-outil.example/";
const POLICY_FR = "https://www.ecole-outil.example/confidentialite";
const POLICY_EN = "https://www.ecole-outil.example/privacy";

const page = (role: TScanPage["role"], url: string, body: string): TScanPage => ({
  role,
  url,
  finalUrl: url,
  status: 200,
  contentType: "text/html; charset=utf-8",
  body,
  headers: {},
});

const collected = (over: Partial<TScanCollected> = {}): TScanCollected => ({
  url: HOME,
  finalUrl: HOME,
  mode: "static",
  scannedAt: "2026-12-07T16:00:00.000Z",
  pages: [page("home", HOME, "<html><body><h1>Bienvenue</h1></body></html>")],
  requests: [],
  cookies: [],
  transport: {
    httpsReachable: true,
    tlsVersion: "TLSv1.3",
    certificate: { valid: true, issuer: "Let's Encrypt", validTo: "2027-03-01T00:00:00.000Z", daysLeft: 84, error: null },
    httpRedirectsToHttps: true,
    httpOnly: false,
    hsts: { maxAgeSeconds: 31_536_000, includeSubDomains: true },
  },
  addresses: [],
  problems: [],
  ...over,
});

const POLICY_FR_HTML = `<!doctype html><html lang="fr"><head><title>Politique</title><style>p{color:red}</style>
<script>var dpo = "pas@ici.example";</script></head><body>
<nav><a href="/">Accueil</a></nav>
<h1>Politique de confidentialité</h1>
<p>Pour exercer vos droits sur vos données, écrivez à notre délégué à la protection des données&nbsp;: <a href="mailto:dpo@ecole-outil.example">dpo@ecole-outil.example</a>.</p>
<p>Les données sont conservées pendant la durée de l’abonnement, puis supprimées dans un délai de 3 mois.</p>
<p>Certaines données peuvent faire l’objet d’un transfert vers des prestataires situés hors de l’Union européenne. Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.</p>
<ul><li>La liste de nos sous-traitants ultérieurs est disponible sur demande.</li></ul>
<p>Nos serveurs sont hébergés par un prestataire certifié ISO 27001 et HDS.</p>
<p>Nous ne vendons jamais vos données. Aucune publicité n’est affichée aux élèves.</p>
<p>Une version de cette politique expliquée aux élèves est disponible.</p>
</body></html>`;

const POLICY_EN_HTML = `<html lang="en"><body><main>
<h1>Privacy notice</h1>
<p>Questions about your personal data? Contact our privacy team at privacy@ecole-outil.example.</p>
<p>Our representative in the EU under Article 27 of the GDPR is Rep Europe SARL, Paris.</p>
<p>Some features use artificial intelligence. Prompts are processed by OpenAI under a zero-retention agreement.</p>
<p>We rely on the EU-U.S. Data Privacy Framework for transfers to the United States.</p>
<p>We keep account data for 12 months after the end of the contract.</p>
<p>We do not sell your personal information to third parties.</p>
</main></body></html>`;

const TRACKERS: TTrackerMatch[] = [
  { requestUrl: "https://www.google-analytics.com/analytics.js", pattern: "google_analytics", name: "Google Analytics", organisation: "Google", category: "site_analytics" },
  { requestUrl: "https://securepubads.g.doubleclick.net/tag/js/gpt.js", pattern: "doubleclick", name: "Google Marketing Platform", organisation: "Google", category: "advertising" },
  { requestUrl: "https://fonts.googleapis.com/css2?family=Roboto", pattern: "google_fonts", name: "Google Fonts", organisation: "Google", category: "hosting" },
];
const REQUESTS: TScanCollected["requests"] = [...TRACKERS.map((t) => t.requestUrl), "https://cdn.unknown-widgets.example/w.js"].map((url) => ({ url, pageUrl: HOME, seenBy: "html", sent: false }));

const VALUES = new Map(QUESTIONS.map((q) => [q.id, new Set<string>(q.values)]));

/** Every observation's and suggestion's message exists in both languages, and every answer is one its question offers. */
function checkResult(result: TScanResult) {
  expect(ZScanResultSchema.parse(result)).toEqual(result);
  for (const o of result.observations) {
    for (const messages of [fr, en]) expect((messages.Scan.observations as Record<string, string>)[o.code], o.code).toBeTypeOf("string");
    if (o.quote !== undefined) expect(o.quote.length).toBeLessThanOrEqual(300);
  }
  for (const s of result.suggestions) {
    for (const messages of [fr, en]) expect((messages.Scan.suggestions as Record<string, string>)[s.code], s.code).toBeTypeOf("string");
    if (s.answer !== null) expect(VALUES.get(s.ruleId)?.has(s.answer), `${s.ruleId}=${s.answer}`).toBe(true);
    expect(s.evidence.date).toBe("2026-12-07");
    expect(s.evidence.kind).toBe("scan");
  }
}

const suggestionsFor = (r: TScanResult, ruleId: string) => r.suggestions.filter((s) => s.ruleId === ruleId);

const LOGIN = "https://www.ecole-outil.example/connexion";
const withLogin = (over: Partial<TScanCollected> = {}) =>
  collected({ pages: [collected().pages[0]!, page("login", LOGIN, "<form>Connexion</form>")], ...over });

describe("analyseScan: trackers", () => {
  const result = analyseScan(withLogin({ requests: REQUESTS.map((r) => ({ ...r, pageUrl: LOGIN })) }), TRACKERS);

  it("answers COM-05 yes from the login page, naming the trackers, with the requests as the quote", () => {
    checkResult(result);
    const [com05] = suggestionsFor(result, "COM-05");
    expect(com05?.answer).toBe("yes");
    expect(com05?.code).toBe("trackersOnLogin");
    expect(com05?.params.names).toBe("Google Analytics (Google), Google Marketing Platform (Google)");
    expect(com05?.evidence.source).toBe(LOGIN);
    expect(com05?.evidence.quote).toContain("https://www.google-analytics.com/analytics.js");
    // Google Fonts is hosting, not tracking.
    expect(String(com05?.params.names)).not.toContain("Fonts");
  });

  it("names the advertising ones for COM-02 as a passage to check, never an answer", () => {
    const com02 = suggestionsFor(result, "COM-02");
    expect(com02).toHaveLength(1);
    expect(com02[0]?.answer).toBeNull();
    expect(com02[0]?.params.names).toBe("Google Marketing Platform (Google)");
  });

  it("lists trackers by category, other third-party services, and hosts the database does not know", () => {
    const seen = result.observations.filter((o) => o.code === "trackersSeen").map((o) => [o.params.category, o.items?.map((i) => i.label)]);
    expect(seen).toEqual([
      ["site_analytics", ["Google Analytics (Google)"]],
      ["advertising", ["Google Marketing Platform (Google)"]],
    ]);
    expect(result.observations.find((o) => o.code === "thirdPartyServices")?.params).toEqual({ category: "hosting", count: 1 });
    expect(result.observations.find((o) => o.code === "thirdPartiesUnknown")?.items).toEqual([{ label: "cdn.unknown-widgets.example" }]);
    expect(result.observations.some((o) => o.code === "noTrackerSeen")).toBe(false);
  });
});

describe("analyseScan: trackers outside the pupils' pages", () => {
  it("on the public home page only, COM-05 is a passage saying the pupils' pages are to be checked", () => {
    const result = analyseScan(withLogin({ requests: REQUESTS }), TRACKERS);
    checkResult(result);
    expect(suggestionsFor(result, "COM-05").map((s) => [s.answer, s.code, s.evidence.source])).toEqual([[null, "trackersOnPublicPages", HOME]]);
    expect(fr.Scan.suggestions.trackersOnPublicPages).toContain("pages publiques");
    expect(fr.Scan.suggestions.trackersOnPublicPages).toContain("utilisées par les élèves");
    expect(en.Scan.suggestions.trackersOnPublicPages).toContain("pages pupils use");
  });

  it("names only the trackers of the login page when both pages have some", () => {
    const requests = [{ ...REQUESTS[0]!, pageUrl: LOGIN }, REQUESTS[1]!];
    const result = analyseScan(withLogin({ requests }), TRACKERS);
    expect(suggestionsFor(result, "COM-05").map((s) => [s.answer, s.params.names])).toEqual([["yes", "Google Analytics (Google)"]]);
  });

  it("never counts trackers seen on a policy page for COM-05", () => {
    const requests = REQUESTS.map((r) => ({ ...r, pageUrl: POLICY_FR }));
    const result = analyseScan(collected({ pages: [collected().pages[0]!, page("policy", POLICY_FR, "<p>Politique</p>")], requests }), TRACKERS);
    checkResult(result);
    expect(suggestionsFor(result, "COM-05")).toEqual([]);
  });

  it("does not count a request the login page only announces as a hint", () => {
    const requests = REQUESTS.map((r) => ({ ...r, pageUrl: LOGIN, hint: true }));
    const result = analyseScan(withLogin({ requests }), TRACKERS);
    expect(suggestionsFor(result, "COM-05")).toEqual([]);
  });
});

describe("analyseScan: no tracker seen", () => {
  const result = analyseScan(collected(), []);
  it("is an observation, never a « no » to COM-05 or COM-02", () => {
    checkResult(result);
    expect(result.observations.find((o) => o.code === "noTrackerSeen")?.params).toEqual({ pages: 1, mode: "static" });
    expect(suggestionsFor(result, "COM-05")).toEqual([]);
    expect(suggestionsFor(result, "COM-02")).toEqual([]);
  });
  it("says in good French and English what the scan cannot see", () => {
    const say = (text: string, mode: string) => createTranslator({ locale: "fr", messages: { t: text } })("t", { mode });
    expect(say(fr.Scan.observations.cannotSee, "static")).toContain("ni le contrat, ni ce que font les scripts");
    expect(say(fr.Scan.observations.cannotSee, "browser")).toContain("ni les applications mobiles, ni le contrat.");
    expect(fr.Scan.observations.cannotSee).not.toContain("et le contrat, ni");
    expect(say(en.Scan.observations.cannotSee, "static")).toContain("the mobile apps or the contract, nor what scripts do");
    expect(say(en.Scan.observations.cannotSee, "browser")).toContain("the mobile apps or the contract.");
  });

  it("says what the scan cannot see, and that no policy was found", () => {
    expect(result.observations.find((o) => o.code === "cannotSee")).toMatchObject({ topic: "scan", params: { mode: "static" } });
    expect(result.observations.find((o) => o.code === "policyNotFound")?.topic).toBe("policy");
    expect(result.partial).toBe(false);
  });
});

describe("analyseScan: cookies before consent", () => {
  it("lists each cookie with its domain and lifetime, and flags those over 13 months", () => {
    const result = analyseScan(
      collected({
        cookies: [
          { name: "session", domain: "www.ecole-outil.example", path: "/", maxAgeSeconds: null, secure: true, httpOnly: true, sameSite: "Lax", pageUrl: HOME, thirdParty: false },
          { name: "_ga", domain: ".ecole-outil.example", path: "/", maxAgeSeconds: 2 * 365 * 86_400, secure: false, httpOnly: false, sameSite: null, pageUrl: HOME, thirdParty: false },
        ],
      }),
      [],
    );
    checkResult(result);
    const all = result.observations.find((o) => o.code === "cookiesBeforeConsent");
    expect(all?.params).toEqual({ count: 2, thirdParty: 0 });
    expect(all?.items).toEqual([
      { label: "session", detail: "www.ecole-outil.example", lifetimeSeconds: null },
      { label: "_ga", detail: ".ecole-outil.example", lifetimeSeconds: 63_072_000 },
    ]);
    expect(result.observations.find((o) => o.code === "cookiesLong")?.items?.map((i) => i.label)).toEqual(["_ga"]);
  });
});

describe("analyseScan: transport", () => {
  it("plain HTTP only answers SEC-01 no", () => {
    const result = analyseScan(
      collected({
        url: "http://www.ecole-outil.example/",
        finalUrl: "http://www.ecole-outil.example/",
        transport: { httpsReachable: false, tlsVersion: null, certificate: null, httpRedirectsToHttps: null, httpOnly: true, hsts: null },
      }),
      [],
    );
    checkResult(result);
    expect(suggestionsFor(result, "SEC-01").map((s) => [s.answer, s.code])).toEqual([["no", "httpOnly"]]);
    expect(result.observations.filter((o) => o.topic === "transport").map((o) => o.code)).toEqual(["httpOnly"]);
  });

  it("TLS older than 1.2 answers SEC-01 no", () => {
    const base = collected().transport;
    const result = analyseScan(collected({ transport: { ...base, tlsVersion: "TLSv1.1" } }), []);
    expect(suggestionsFor(result, "SEC-01").map((s) => [s.answer, s.code])).toEqual([["no", "tlsOld"]]);
  });

  it("good HTTPS is a passage to check, not a yes: SEC-01 asks about all traffic", () => {
    const result = analyseScan(collected(), []);
    expect(suggestionsFor(result, "SEC-01").map((s) => [s.answer, s.code])).toEqual([[null, "transportToCheck"]]);
    expect(result.observations.filter((o) => o.topic === "transport").map((o) => o.code)).toEqual(["tlsVersion", "certificateValid", "httpRedirected", "hsts"]);
    expect(result.observations.find((o) => o.code === "hsts")?.params).toEqual({ days: 365, subdomains: "yes" });
  });

  it("flags a certificate about to expire, an invalid one, no redirect and no HSTS", () => {
    const base = collected().transport;
    const soon = analyseScan(collected({ transport: { ...base, certificate: { valid: true, issuer: null, validTo: "2026-12-20T00:00:00Z", daysLeft: 12, error: null }, httpRedirectsToHttps: false, hsts: null } }), []);
    expect(soon.observations.filter((o) => o.topic === "transport").map((o) => o.code)).toEqual(["tlsVersion", "certificateEndsSoon", "httpNotRedirected", "noHsts"]);
    const bad = analyseScan(collected({ transport: { ...base, certificate: { valid: false, issuer: null, validTo: null, daysLeft: null, error: "self-signed certificate" } } }), []);
    expect(bad.observations.find((o) => o.code === "certificateInvalid")?.params).toEqual({ error: "self-signed certificate" });
  });
});

describe("analyseScan: where it answers from", () => {
  it("is an observation with each address's country and operator, never a HOST-01 suggestion", () => {
    const result = analyseScan(
      collected({
        addresses: [
          { address: "203.0.113.10", family: 4, country: "FR", operator: "OVH SAS" },
          { address: "2001:db8::1", family: 6, country: null, operator: null },
        ],
      }),
      [],
    );
    checkResult(result);
    expect(result.observations.find((o) => o.code === "answersFrom")?.items).toEqual([
      { label: "203.0.113.10", detail: "FR · OVH SAS" },
      { label: "2001:db8::1", detail: "—" },
    ]);
    expect(suggestionsFor(result, "HOST-01")).toEqual([]);
    // The offline database gives a country, never an operator, and says nothing of where the data are stored.
    for (const text of [fr.Scan.observations.answersFrom, en.Scan.observations.answersFrom]) {
      expect(text).toContain("HOST-01");
      expect(text).not.toMatch(/opérateur|operator|CDN|frontal|front server/iu);
    }
    expect(fr.Scan.observations.answersFrom).toContain("les données ne sont pas forcément stockées au même endroit");
    expect(en.Scan.observations.answersFrom).toContain("the data are not necessarily stored in the same place");
  });
});

describe("analyseScan: privacy policy", () => {
  const frResult = analyseScan(collected({ pages: [collected().pages[0]!, page("policy", POLICY_FR, POLICY_FR_HTML)] }), []);
  const enResult = analyseScan(collected({ pages: [collected().pages[0]!, page("policy", POLICY_EN, POLICY_EN_HTML)] }), []);
  const blocks = (html: string) => htmlBlocks(html).join("\n");

  it("reads the visible text only, entities decoded", () => {
    const text = blocks(POLICY_FR_HTML);
    expect(text).not.toContain("pas@ici.example");
    expect(text).not.toContain("color:red");
    // White space, no-break spaces included, is collapsed to one space.
    expect(text).toContain("délégué à la protection des données : dpo@ecole-outil.example.");
  });

  it("finds French passages with exact quotes, each for its question, answer null", () => {
    checkResult(frResult);
    const quoteOf = (ruleId: string, code: string) => frResult.suggestions.find((s) => s.ruleId === ruleId && s.code === code)?.evidence.quote;
    expect(quoteOf("ACC-07", "policyContact")).toBe("Pour exercer vos droits sur vos données, écrivez à notre délégué à la protection des données : dpo@ecole-outil.example.");
    expect(quoteOf("MIN-05", "policyRetention")).toBe("Les données sont conservées pendant la durée de l’abonnement, puis supprimées dans un délai de 3 mois.");
    expect(quoteOf("HOST-03", "policyTransfers")).toBe("Certaines données peuvent faire l’objet d’un transfert vers des prestataires situés hors de l’Union européenne.");
    expect(quoteOf("HOST-03", "policyScc")).toBe("Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.");
    expect(quoteOf("ACC-02", "policySubprocessors")).toBe("La liste de nos sous-traitants ultérieurs est disponible sur demande.");
    expect(quoteOf("SEC-04", "policyCertification")).toBe("Nos serveurs sont hébergés par un prestataire certifié ISO 27001 et HDS.");
    expect(quoteOf("COM-01", "policySale")).toBe("Nous ne vendons jamais vos données.");
    expect(quoteOf("COM-02", "policyAdvertising")).toBe("Aucune publicité n’est affichée aux élèves.");
    expect(quoteOf("RIG-04", "policyChildren")).toBe("Une version de cette politique expliquée aux élèves est disponible.");
    // Every policy suggestion quotes the page and links to it; none answers (no EU representative named).
    for (const s of frResult.suggestions.filter((x) => x.topic === "policy")) {
      expect(s.answer).toBeNull();
      expect(s.evidence.source).toBe(POLICY_FR);
      expect(blocks(POLICY_FR_HTML)).toContain(s.evidence.quote);
    }
    expect(suggestionsFor(frResult, "AI-01")).toEqual([]);
  });

  it("finds English passages; a contact with a representative in the EU answers ACC-07 yes", () => {
    checkResult(enResult);
    const acc07 = suggestionsFor(enResult, "ACC-07");
    expect(acc07.find((s) => s.answer === "yes")).toMatchObject({
      code: "policyContactAndRepresentative",
      evidence: { quote: "Contact our privacy team at privacy@ecole-outil.example.\nOur representative in the EU under Article 27 of the GDPR is Rep Europe SARL, Paris.", source: POLICY_EN },
    });
    const quoteOf = (ruleId: string) => enResult.suggestions.filter((s) => s.ruleId === ruleId).map((s) => s.evidence.quote);
    expect(quoteOf("AI-01")).toEqual(["Some features use artificial intelligence."]);
    expect(quoteOf("AI-05")).toEqual(["Prompts are processed by OpenAI under a zero-retention agreement."]);
    expect(quoteOf("HOST-03")).toEqual(["We rely on the EU-U.S. Data Privacy Framework for transfers to the United States."]);
    expect(quoteOf("MIN-05")).toEqual(["We keep account data for 12 months after the end of the contract."]);
    expect(quoteOf("COM-01")).toEqual(["We do not sell your personal information to third parties."]);
    expect(enResult.suggestions.filter((s) => s.answer !== null && s.topic === "policy").map((s) => s.ruleId)).toEqual(["ACC-07"]);
    expect(enResult.observations.find((o) => o.code === "policyRead")?.params.count).toBe(enResult.observations.filter((o) => o.code === "policyPassage").length);
  });

  it("offers a sentence once per question, even when it speaks of two of its subjects", () => {
    const html = "<p>Contact our data protection officer at dpo@ecole-outil.example about your personal data.</p>";
    const result = analyseScan(collected({ pages: [page("policy", POLICY_EN, html)] }), []);
    expect(result.observations.filter((o) => o.code === "policyPassage").map((o) => o.params.subject)).toEqual(["contact", "dpo"]);
    expect(suggestionsFor(result, "ACC-07").map((s) => s.code)).toEqual(["policyContact"]);
  });

  it("gives no answer when the representative is named in a negative sentence", () => {
    const html = POLICY_EN_HTML.replace("Our representative in the EU under Article 27 of the GDPR is Rep Europe SARL, Paris.", "We have not appointed a representative in the EU.");
    const result = analyseScan(collected({ pages: [page("policy", POLICY_EN, html)] }), []);
    checkResult(result);
    expect(suggestionsFor(result, "ACC-07").map((s) => [s.code, s.answer])).toEqual([
      ["policyContact", null],
      ["policyEuRepresentative", null],
    ]);
  });

  it("gives no answer from a general address and a representative the law may one day require", () => {
    const html =
      "<p>Pour toute question : contact@ecole-outil.example.</p><p>Si la loi l’exige, un représentant dans l’Union sera désigné conformément à l’article 27 du RGPD.</p>";
    const result = analyseScan(collected({ pages: [page("policy", POLICY_FR, html)] }), []);
    checkResult(result);
    expect(suggestionsFor(result, "ACC-07").map((s) => [s.code, s.answer])).toEqual([["policyEuRepresentative", null]]);
  });

  it("gives no answer when the representative sentence is conditional, even with a data-protection address", () => {
    const html = POLICY_EN_HTML.replace("Our representative in the EU under Article 27 of the GDPR is Rep Europe SARL, Paris.", "Where required by Article 27 of the GDPR, we will appoint a representative in the EU.");
    const result = analyseScan(collected({ pages: [page("policy", POLICY_EN, html)] }), []);
    expect(suggestionsFor(result, "ACC-07").map((s) => [s.code, s.answer])).toEqual([
      ["policyContact", null],
      ["policyEuRepresentative", null],
    ]);
  });

  it("gives no answer when the only address is outside a sentence about data protection", () => {
    const html = POLICY_EN_HTML.replace("Questions about your personal data? Contact our privacy team at privacy@ecole-outil.example.", "Sales questions: sales@ecole-outil.example.");
    const result = analyseScan(collected({ pages: [page("policy", POLICY_EN, html)] }), []);
    expect(suggestionsFor(result, "ACC-07").map((s) => [s.code, s.answer])).toEqual([["policyEuRepresentative", null]]);
  });

  it("offers each suggestion once across a French and an English policy, the answer where one page gives it", () => {
    const result = analyseScan(collected({ pages: [collected().pages[0]!, page("policy", POLICY_FR, POLICY_FR_HTML), page("policy", POLICY_EN, POLICY_EN_HTML)] }), []);
    checkResult(result);
    const keys = result.suggestions.map((s) => `${s.ruleId} ${s.code}`);
    expect(keys).toEqual([...new Set(keys)]);
    expect(suggestionsFor(result, "MIN-05").map((s) => s.evidence.source)).toEqual([POLICY_FR]);
    expect(suggestionsFor(result, "ACC-07").map((s) => [s.code, s.answer, s.evidence.source])).toEqual([
      ["policyContactAndRepresentative", "yes", POLICY_EN],
      ["policyEuRepresentative", null, POLICY_EN],
    ]);
    expect(result.observations.filter((o) => o.code === "policyRead").map((o) => o.source)).toEqual([POLICY_FR, POLICY_EN]);
  });

  it("keeps a long sentence's quote under 300 characters, still the page's own words", () => {
    const long = `<p>${"Nous attachons une grande importance à la protection de la vie privée de chacun de nos utilisateurs, ".repeat(3)}et les données sont conservées pendant une durée de douze mois ${"après la fin de la relation contractuelle avec l’établissement scolaire concerné, sauf obligation légale contraire, ".repeat(2)}fin.</p>`;
    const result = analyseScan(collected({ pages: [page("policy", POLICY_FR, long)] }), []);
    const quote = suggestionsFor(result, "MIN-05")[0]?.evidence.quote ?? "";
    expect(quote.length).toBeLessThanOrEqual(300);
    expect(quote).toContain("conservées pendant une durée");
    expect(htmlBlocks(long)[0]).toContain(quote);
  });
});

describe("analyseScan: sources", () => {
  it("keeps no query string, fragment or ;params in any source or listed request", () => {
    const login = `${LOGIN};jsessionid=ABC123?next=%2Feleve%2Fjean.dupont#top`;
    const policy = `${POLICY_EN}?lang=en&token=secret#contact`;
    const tracker = "https://www.google-analytics.com/collect;sid=9?cid=123.456&uid=eleve42#x";
    const result = analyseScan(
      collected({
        finalUrl: `${HOME}?utm_source=mail#top`,
        pages: [collected().pages[0]!, page("login", login, "<form>Connexion</form>"), page("policy", policy, POLICY_EN_HTML)],
        requests: [{ url: tracker, pageUrl: login, seenBy: "html", sent: false }],
        cookies: [{ name: "_ga", domain: ".ecole-outil.example", path: "/", maxAgeSeconds: null, secure: true, httpOnly: false, sameSite: null, pageUrl: login, thirdParty: false }],
        problems: [{ code: "timeout", url: `${POLICY_FR}?session=1` }],
      }),
      [{ requestUrl: tracker, pattern: "google_analytics", name: "Google Analytics", organisation: "Google", category: "site_analytics" }],
    );
    checkResult(result);
    const sources = [...result.observations.map((o) => o.source), ...result.suggestions.map((s) => s.evidence.source)];
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) expect(source, source).not.toMatch(/[?#;]/u);
    expect(suggestionsFor(result, "COM-05")[0]?.evidence).toMatchObject({ source: LOGIN, quote: "https://www.google-analytics.com/collect" });
    expect(suggestionsFor(result, "ACC-07")[0]?.evidence.source).toBe(POLICY_EN);
    expect(result.observations.find((o) => o.code === "problem")?.source).toBe(POLICY_FR);
  });
});

describe("analyseScan: a partial result", () => {
  it("says so, with a scan observation for every problem", () => {
    const result = analyseScan(
      collected({
        pages: [collected().pages[0]!, { ...page("policy", POLICY_FR, ""), status: 0 }],
        problems: [
          { code: "timeout", url: POLICY_FR },
          { code: "refused_address", url: "http://127.0.0.1/" },
        ],
      }),
      [],
    );
    checkResult(result);
    expect(result.partial).toBe(true);
    expect(result.observations.filter((o) => o.code === "problem").map((o) => [o.params.problem, o.source])).toEqual([
      ["timeout", POLICY_FR],
      ["refused_address", "http://127.0.0.1/"],
    ]);
    expect(result.observations.find((o) => o.code === "policyNotFound")).toBeDefined();
  });

  it("says nothing of trackers when no page could be read", () => {
    const result = analyseScan(collected({ pages: [{ ...page("home", HOME, ""), status: 0 }], problems: [{ code: "network", url: HOME }] }), []);
    checkResult(result);
    expect(result.observations.filter((o) => o.topic === "trackers")).toEqual([]);
    expect(result.observations.filter((o) => o.topic === "scan").map((o) => o.code)).toEqual(["problem", "cannotSee"]);
  });
});
