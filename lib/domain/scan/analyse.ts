import { QUESTIONS } from "../schema/document-shape";
import { htmlBlocks } from "./html-text";
import { POLICY_SUBJECT_RULE, policyPassages, QUOTE_MAX, type TPolicySubject } from "./policy-passages";
import type { TScanCollected, TScanObservation, TScanPageRole, TScanRequest, TScanResult, TScanSuggestion, TScanTopic, TTrackerMatch } from "./scan-shape";
import { bareUrl } from "./bare-url";

/**
 * The tracker database's categories that are trackers or analytics in COM-05's sense. The others
 * (hosting, CDN, utilities, consent tools, players, support chat…) are listed as third-party
 * services, not as trackers.
 */
export const TRACKING_CATEGORIES: ReadonlySet<string> = new Set(["advertising", "pornvertising", "site_analytics", "social_media"]);
const ADVERTISING_CATEGORIES: ReadonlySet<string> = new Set(["advertising", "pornvertising"]);

/** TLS versions older than SEC-01's "TLS 1.2 or later". */
const OLD_TLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);
/** A certificate this close to its end is flagged. */
export const CERTIFICATE_WARNING_DAYS = 30;
/** The CNIL's recommended longest lifetime of an exempted audience-measurement tracker: 13 months (counted as 395 days). */
export const COOKIE_LONG_DAYS = 395;
const DAY = 86_400;
/** Longest source kept in an evidence item (the schema's EVIDENCE_SOURCE_MAX). */
const SOURCE_MAX = 500;

const ANSWER_VALUES = new Map(QUESTIONS.map((q) => [q.id, new Set<string>(q.values)]));

const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The first few request URLs (as sources), one a line, kept under the quote's length. */
function urlList(urls: readonly string[]): string {
  const out: string[] = [];
  for (const url of [...new Set(urls.map(bareUrl))]) {
    const next = [...out, url].join("\n");
    if (next.length > QUOTE_MAX) break;
    out.push(url);
  }
  return out.length > 0 ? out.join("\n") : bareUrl(urls[0] ?? "").slice(0, QUOTE_MAX);
}

/** Turns what the scan collected, and the tracker database's matches, into observations and suggestions. */
export function analyseScan(collected: TScanCollected, trackers: readonly TTrackerMatch[]): TScanResult {
  const date = collected.scannedAt.slice(0, 10);
  const observations: TScanObservation[] = [];
  const suggestions: TScanSuggestion[] = [];
  const observe = (o: TScanObservation) => observations.push({ ...o, source: bareUrl(o.source) });
  const suggest = (topic: TScanTopic, ruleId: string, answer: string | null, code: string, params: Record<string, string | number>, source: string, quote?: string) => {
    // Only an answer the question offers; anything else is offered as a passage to read.
    const checked = answer !== null && ANSWER_VALUES.get(ruleId)?.has(answer) === true ? answer : null;
    if (!ANSWER_VALUES.has(ruleId)) return;
    suggestions.push({
      ruleId,
      topic,
      answer: checked,
      code,
      params,
      evidence: { kind: "scan", source: bareUrl(source).slice(0, SOURCE_MAX), ...(quote === undefined || quote === "" ? {} : { quote }), date },
    });
  };

  readTrackers(collected, trackers, observe, suggest);
  readCookies(collected, observe);
  readTransport(collected, observe, suggest);
  readAddresses(collected, observe);
  readPolicy(collected, observe, suggest);

  for (const problem of collected.problems) {
    observe({ topic: "scan", code: "problem", params: { problem: problem.code }, source: problem.url });
  }
  observe({ topic: "scan", code: "cannotSee", params: { mode: collected.mode }, source: collected.url });

  return {
    url: collected.url,
    finalUrl: collected.finalUrl,
    scannedAt: collected.scannedAt,
    mode: collected.mode,
    partial: collected.problems.length > 0,
    observations,
    suggestions,
  };
}

type TObserve = (o: TScanObservation) => void;
type TSuggest = (topic: TScanTopic, ruleId: string, answer: string | null, code: string, params: Record<string, string | number>, source: string, quote?: string) => void;

/** A request the page only announces (a preconnect or prefetch hint), where the network side marks it: nothing is loaded from it. */
const isHint = (r: TScanRequest) => "hint" in r && r.hint === true;

type TTrackerEntry = { label: string; urls: string[]; page: string; roles: Set<TScanPageRole | "other"> };

function readTrackers(collected: TScanCollected, matches: readonly TTrackerMatch[], observe: TObserve, suggest: TSuggest) {
  const roleOf = new Map<string, TScanPageRole>();
  for (const p of collected.pages) {
    if (!roleOf.has(p.url)) roleOf.set(p.url, p.role);
    if (!roleOf.has(p.finalUrl)) roleOf.set(p.finalUrl, p.role);
  }
  // Each request URL with the pages that embed it (hints apart) and the role of each.
  const embeddedBy = new Map<string, { page: string; role: TScanPageRole | "other" }[]>();
  for (const r of collected.requests) {
    if (isHint(r)) continue;
    const list = embeddedBy.get(r.url) ?? [];
    list.push({ page: r.pageUrl, role: roleOf.get(r.pageUrl) ?? "other" });
    embeddedBy.set(r.url, list);
  }
  const pages = collected.pages.filter((p) => p.role !== "policy" && p.status > 0 && p.status < 400).length;
  // One entry per tracker (pattern) and category, with the requests it was seen in and the roles of their pages.
  const byCategory = new Map<string, Map<string, TTrackerEntry>>();
  for (const m of matches) {
    const seenOn = embeddedBy.get(m.requestUrl);
    // A request only announced as a hint is not a tracker the page embeds.
    if (seenOn === undefined && collected.requests.some((r) => r.url === m.requestUrl)) continue;
    const entries = byCategory.get(m.category) ?? new Map<string, TTrackerEntry>();
    byCategory.set(m.category, entries);
    const name = m.name ?? m.pattern;
    const label = m.organisation !== null && m.organisation !== name ? `${name} (${m.organisation})` : name;
    const entry = entries.get(m.pattern) ?? { label, urls: [], page: seenOn?.[0]?.page ?? collected.finalUrl, roles: new Set() };
    entry.urls.push(m.requestUrl);
    for (const s of seenOn ?? [{ page: collected.finalUrl, role: "home" as const }]) entry.roles.add(s.role);
    entries.set(m.pattern, entry);
  }
  const tracking = [...byCategory].filter(([category]) => TRACKING_CATEGORIES.has(category));
  const others = [...byCategory].filter(([category]) => !TRACKING_CATEGORIES.has(category));
  for (const [category, entries] of [...tracking, ...others]) {
    const list = [...entries.values()];
    observe({
      topic: "trackers",
      code: TRACKING_CATEGORIES.has(category) ? "trackersSeen" : "thirdPartyServices",
      params: { category, count: list.length },
      source: list[0]?.page ?? collected.finalUrl,
      items: list.map((e) => ({ label: e.label, detail: host(e.urls[0] ?? "") })),
    });
  }
  const matched = new Set(matches.map((m) => m.requestUrl));
  const unknownHosts = [...new Set(collected.requests.filter((r) => !matched.has(r.url) && !isHint(r)).map((r) => host(r.url)))];
  if (unknownHosts.length > 0) {
    observe({ topic: "trackers", code: "thirdPartiesUnknown", params: { count: unknownHosts.length }, source: collected.finalUrl, items: unknownHosts.map((h) => ({ label: h })) });
  }

  const trackerEntries = tracking.flatMap(([, entries]) => [...entries.values()]);
  if (trackerEntries.length === 0) {
    // With no page read, there is nothing to say about trackers (the scan topic says what failed).
    if (pages === 0) return;
    observe({ topic: "trackers", code: "noTrackerSeen", params: { pages, mode: collected.mode }, source: collected.finalUrl });
    return;
  }
  // COM-05 asks about the pages pupils use: the login page is one; the public home page is not,
  // and a policy page is never counted.
  const onLogin = trackerEntries.filter((e) => e.roles.has("login"));
  const onPublic = trackerEntries.filter((e) => !e.roles.has("login") && [...e.roles].some((r) => r !== "policy"));
  const names = (list: readonly TTrackerEntry[]) => [...new Set(list.map((e) => e.label))].join(", ");
  if (onLogin.length > 0) {
    const loginPage = collected.pages.find((p) => p.role === "login")?.finalUrl ?? onLogin[0]?.page ?? collected.finalUrl;
    suggest("trackers", "COM-05", "yes", "trackersOnLogin", { names: names(onLogin), count: onLogin.length }, loginPage, urlList(onLogin.flatMap((e) => e.urls)));
  } else if (onPublic.length > 0) {
    suggest("trackers", "COM-05", null, "trackersOnPublicPages", { names: names(onPublic), count: onPublic.length }, onPublic[0]?.page ?? collected.finalUrl, urlList(onPublic.flatMap((e) => e.urls)));
  }
  const ads = tracking.filter(([category]) => ADVERTISING_CATEGORIES.has(category)).flatMap(([, entries]) => [...entries.values()]);
  if (ads.length > 0) {
    suggest("trackers", "COM-02", null, "advertisingTrackers", { names: names(ads), count: ads.length }, ads[0]?.page ?? collected.finalUrl, urlList(ads.flatMap((e) => e.urls)));
  }
}

function readCookies(collected: TScanCollected, observe: TObserve) {
  const cookies = collected.cookies;
  if (cookies.length === 0) {
    observe({ topic: "cookies", code: "noCookies", params: { mode: collected.mode }, source: collected.finalUrl });
    return;
  }
  observe({
    topic: "cookies",
    code: "cookiesBeforeConsent",
    params: { count: cookies.length, thirdParty: cookies.filter((c) => c.thirdParty).length },
    source: cookies[0]?.pageUrl ?? collected.finalUrl,
    items: cookies.map((c) => ({ label: c.name, detail: c.domain, lifetimeSeconds: c.maxAgeSeconds })),
  });
  const long = cookies.filter((c) => c.maxAgeSeconds !== null && c.maxAgeSeconds > COOKIE_LONG_DAYS * DAY);
  if (long.length > 0) {
    observe({
      topic: "cookies",
      code: "cookiesLong",
      params: { count: long.length },
      source: long[0]?.pageUrl ?? collected.finalUrl,
      items: long.map((c) => ({ label: c.name, detail: c.domain, lifetimeSeconds: c.maxAgeSeconds })),
    });
  }
}

function readTransport(collected: TScanCollected, observe: TObserve, suggest: TSuggest) {
  const t = collected.transport;
  const source = collected.finalUrl;
  if (t.httpOnly) {
    observe({ topic: "transport", code: "httpOnly", params: {}, source });
    suggest("transport", "SEC-01", "no", "httpOnly", {}, source);
    return;
  }
  if (!t.httpsReachable) {
    observe({ topic: "transport", code: "httpsNotReached", params: {}, source });
    return;
  }
  const tls = t.tlsVersion ?? "";
  if (tls !== "") observe({ topic: "transport", code: OLD_TLS.has(tls) ? "tlsOld" : "tlsVersion", params: { tls }, source });
  const cert = t.certificate;
  if (cert !== null) {
    if (!cert.valid) observe({ topic: "transport", code: "certificateInvalid", params: { error: cert.error ?? "" }, source });
    else if (cert.daysLeft !== null && cert.daysLeft < CERTIFICATE_WARNING_DAYS) observe({ topic: "transport", code: "certificateEndsSoon", params: { days: cert.daysLeft, validTo: (cert.validTo ?? "").slice(0, 10) }, source });
    else observe({ topic: "transport", code: "certificateValid", params: { validTo: (cert.validTo ?? "").slice(0, 10), issuer: cert.issuer ?? "" }, source });
  }
  if (t.httpRedirectsToHttps === true) observe({ topic: "transport", code: "httpRedirected", params: {}, source });
  else if (t.httpRedirectsToHttps === false) observe({ topic: "transport", code: "httpNotRedirected", params: {}, source });
  if (t.hsts !== null) observe({ topic: "transport", code: "hsts", params: { days: Math.floor(t.hsts.maxAgeSeconds / DAY), subdomains: t.hsts.includeSubDomains ? "yes" : "no" }, source });
  else observe({ topic: "transport", code: "noHsts", params: {}, source });

  // TLS older than 1.2 is a "no" to SEC-01 as it is worded; anything else covers the public pages only.
  if (OLD_TLS.has(tls)) suggest("transport", "SEC-01", "no", "tlsOld", { tls }, source);
  else suggest("transport", "SEC-01", null, "transportToCheck", { tls: tls === "" ? "?" : tls }, source);
}

function readAddresses(collected: TScanCollected, observe: TObserve) {
  if (collected.addresses.length === 0) return;
  observe({
    topic: "location",
    code: "answersFrom",
    params: { count: collected.addresses.length, host: host(collected.finalUrl) },
    source: collected.finalUrl,
    items: collected.addresses.map((a) => ({ label: a.address, detail: [a.country ?? "—", ...(a.operator === null ? [] : [a.operator])].join(" · ") })),
  });
}

/** The suggestion's message for each subject's passage (ACC-07's contact is read with the representative). */
const SUBJECT_SUGGESTION: Record<TPolicySubject, string> = {
  contact: "policyContact",
  dpo: "policyDpo",
  euRepresentative: "policyEuRepresentative",
  transfers: "policyTransfers",
  dpf: "policyDpf",
  privacyShield: "policyPrivacyShield",
  scc: "policyScc",
  retention: "policyRetention",
  subprocessors: "policySubprocessors",
  certification: "policyCertification",
  ai: "policyAi",
  aiProviders: "policyAiProviders",
  sale: "policySale",
  advertising: "policyAdvertising",
  profiling: "policyProfiling",
  children: "policyChildren",
};

/** Words of a negative sentence, in French and in English. */
const NEGATION = /\b(?:not|no|never|none|nor|without)\b|\bn['’]|\bne\b|\bpas\b|\baucun|\bsans\b|\bni\b/iu;
/** Words of a conditional or future sentence ("if the law requires it, a representative will be appointed"). */
const CONDITIONAL = /\b(?:si|s['’]il|s['’]ils|lorsque|lorsqu['’]|quand|le cas échéant|sera|seront|serait|seraient|pourra|pourrait|devra|devrait|if|where|when|whenever|will|would|shall|should|may|might|could|required)\b/iu;
/** A sentence that says a representative in the Union has been appointed, not that one may be. */
const REPRESENTATIVE_WORD = /représentant|representative/iu;
const namesRepresentative = (quote: string) => REPRESENTATIVE_WORD.test(quote) && !NEGATION.test(quote) && !CONDITIONAL.test(quote);

function readPolicy(collected: TScanCollected, observe: TObserve, suggest: TSuggest) {
  const policies = collected.pages.filter((p) => p.role === "policy" && p.status < 400 && p.body !== "");
  if (policies.length === 0) {
    observe({ topic: "policy", code: "policyNotFound", params: {}, source: collected.finalUrl });
    return;
  }
  // Each subject's suggestion is offered once across all the policy pages (a French and an English
  // policy say the same): the first page's passage, or the page that gives an answer.
  type TCandidate = { subject: TPolicySubject; answer: string | null; code: string; source: string; quote: string };
  const chosen = new Map<string, TCandidate>();
  for (const page of policies) {
    const passages = policyPassages(htmlBlocks(page.body));
    const source = page.finalUrl;
    observe({ topic: "policy", code: "policyRead", params: { count: passages.length }, source });
    // A representative counts only in an affirmative sentence, neither negative ("we have not
    // appointed…") nor conditional ("if the law requires it, one will be appointed").
    const representative = passages.find((p) => p.subject === "euRepresentative");
    const named = representative !== undefined && namesRepresentative(representative.quote) ? representative.quote : null;
    const quotes = new Set<string>();
    for (const { subject, quote } of passages) {
      observe({ topic: "policy", code: "policyPassage", params: { subject, rule: POLICY_SUBJECT_RULE[subject] }, source, quote });
      // One sentence can speak of two subjects of one question (a DPO and their address): offered once.
      const key = `${POLICY_SUBJECT_RULE[subject]}\n${quote}`;
      if (quotes.has(key)) continue;
      quotes.add(key);
      // ACC-07 asks for a data-protection contact and, where the GDPR requires one, an EU
      // representative: "yes" only when the policy gives an address in a sentence about data
      // protection and names a representative in the Union; both sentences are the evidence.
      const candidate: TCandidate =
        subject === "contact" && named !== null
          ? { subject, answer: "yes", code: "policyContactAndRepresentative", source, quote: `${quote}\n${named}` }
          : { subject, answer: null, code: SUBJECT_SUGGESTION[subject], source, quote };
      const before = chosen.get(subject);
      if (before === undefined || (before.answer === null && candidate.answer !== null)) chosen.set(subject, candidate);
    }
  }
  for (const c of chosen.values()) suggest("policy", POLICY_SUBJECT_RULE[c.subject], c.answer, c.code, {}, c.source, c.quote);
}
