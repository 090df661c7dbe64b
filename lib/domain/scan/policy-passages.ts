import { sentences } from "./html-text";

/**
 * What a privacy policy says on the subjects the catalogue asks about, found by the words a policy
 * uses for them, in French and in English. Each passage is a sentence of the page, quoted exactly
 * (white space collapsed), at most QUOTE_MAX characters.
 */
export const POLICY_SUBJECTS = [
  "contact",
  "dpo",
  "euRepresentative",
  "transfers",
  "dpf",
  "privacyShield",
  "scc",
  "retention",
  "subprocessors",
  "certification",
  "ai",
  "aiProviders",
  "sale",
  "advertising",
  "profiling",
  "children",
] as const;
export type TPolicySubject = (typeof POLICY_SUBJECTS)[number];

/** The question each subject is a passage for. */
export const POLICY_SUBJECT_RULE: Record<TPolicySubject, string> = {
  contact: "ACC-07",
  dpo: "ACC-07",
  euRepresentative: "ACC-07",
  transfers: "HOST-03",
  dpf: "HOST-03",
  privacyShield: "HOST-03",
  scc: "HOST-03",
  retention: "MIN-05",
  subprocessors: "ACC-02",
  certification: "SEC-04",
  ai: "AI-01",
  aiProviders: "AI-05",
  sale: "COM-01",
  advertising: "COM-02",
  profiling: "COM-03",
  children: "RIG-04",
};

const EMAIL = /[\p{L}\d._%+-]+\s?(?:@|\[at\]|\(at\)|\[arobase\])\s?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/iu;

const PATTERNS: Record<TPolicySubject, RegExp> = {
  contact: EMAIL,
  dpo: /\b(?:DPO|DPD)\b|délégu[ée]e? à la protection des données|data protection officer/iu,
  euRepresentative: /représentant (?:légal )?(?:dans l['’]Union|au sein de l['’]Union|dans l['’]UE|en Europe|européen)|\bEU representative\b|representative in the (?:EU|European Union|Union)|article 27 (?:du RGPD|of the GDPR)/iu,
  transfers: /transf[eé]r\p{L}* .{0,80}(?:hors de l['’]Union|en dehors de l['’](?:Union|UE|EEE|Espace)|hors (?:de l['’])?(?:UE|EEE)|pays tiers|outside (?:of )?the (?:EU|EEA|European)|third countr)/iu,
  dpf: /Data Privacy Framework|\bDPF\b|cadre de protection des données UE[-–]États-Unis/iu,
  privacyShield: /Privacy Shield|bouclier de protection des données/iu,
  scc: /clauses contractuelles (?:types|standards?)|standard contractual clauses|\bSCCs?\b/iu,
  retention: /durées? de conservation|conserv\p{L}* (?:pendant|pour une durée|jusqu|au maximum|au plus)|\d+ (?:ans|mois|jours) (?:après|à compter)|retention period|(?:retain|kept|stored|keep)\w* (?:for|until|no longer than) .{0,40}(?:years?|months?|days?)|\d+ (?:years?|months?|days?) after/iu,
  subprocessors: /sous[- ]traitants? ultérieurs?|liste (?:de nos |des )sous[- ]traitants|sub-?processors?/iu,
  certification: /ISO\/?\s?(?:IEC\s)?27001|\bHDS\b|hébergeurs? (?:agréés? |certifiés? )?de données de santé|SecNumCloud/iu,
  ai: /intelligence artificielle|artificial intelligence|\b(?:IA|AI)\b|apprentissage automatique|machine learning|\bLLM\b|large language model|chatbot/u,
  aiProviders: /\bOpenAI\b|ChatGPT|\bGPT-\d|\bAnthropic\b|Mistral AI|\bGemini\b|Azure OpenAI|\bLlama\b|\bCohere\b|Hugging ?Face/u,
  sale: /ne (?:vendons|vendrons|louons|cédons|revendons) (?:jamais|pas|aucune)|(?:vente|revente) de (?:vos |des )?données|vend(?:re|ons) vos données|(?:do|will) not (?:sell|rent)|never (?:sell|rent)|sell (?:your|any) (?:personal )?(?:data|information)/iu,
  advertising: /publicité|publicitaire|advertis(?:ing|ement|ers?)|annonces ciblées|targeted ads/iu,
  profiling: /profilage|profiling|à des fins (?:commerciales|marketing|de prospection)|for marketing purposes/iu,
  children: /version (?:pour les |destinée aux |adaptée aux )?(?:enfants|élèves|jeunes)|expliquée? aux (?:enfants|élèves)|for (?:children|kids)|child-friendly|explained (?:to|for) (?:children|kids|pupils)/iu,
};

/** Words of a sentence about data protection: a contact address counts only in such a sentence. */
const DATA_PROTECTION_WORDS = /\b(?:DPO|DPD)\b|délégu\p{L}* à la protection des données|protection des données|données personnelles|données à caractère personnel|vie privée|\bprivacy\b|data protection|personal data/iu;

/** Longest quote kept: a sentence or two. */
export const QUOTE_MAX = 300;

/** The sentence, or when it is too long a part of it around the match cut at word boundaries: always the page's own words. */
function quoteAround(sentence: string, index: number, length: number): string {
  if (sentence.length <= QUOTE_MAX) return sentence;
  const room = Math.max(0, QUOTE_MAX - length);
  let start = Math.max(0, index - Math.floor(room / 2));
  let end = Math.min(sentence.length, start + QUOTE_MAX);
  start = Math.max(0, end - QUOTE_MAX);
  if (start > 0) {
    const space = sentence.indexOf(" ", start);
    if (space !== -1 && space < index) start = space + 1;
  }
  if (end < sentence.length) {
    const space = sentence.lastIndexOf(" ", end);
    if (space > index + length) end = space;
  }
  return sentence.slice(start, end).trim();
}

export type TPolicyPassage = { subject: TPolicySubject; quote: string };

/** The first passage of each subject the text speaks of, in the order of POLICY_SUBJECTS. */
export function policyPassages(blocks: readonly string[]): TPolicyPassage[] {
  const all = blocks.flatMap(sentences);
  // One pass over the whole text first: a subject the page never speaks of costs no sentence-by-sentence search.
  const whole = blocks.join("\n");
  const first = (pattern: RegExp, among: readonly string[]): string | null => {
    if (!pattern.test(whole)) return null;
    for (const sentence of among) {
      const match = pattern.exec(sentence);
      if (match !== null) return quoteAround(sentence, match.index, match[0].length);
    }
    return null;
  };
  return POLICY_SUBJECTS.flatMap((subject) => {
    // An address only in a sentence about data protection: any other address ("contact@…" for
    // questions) is not a data-protection contact.
    const quote = subject === "contact" ? first(EMAIL, all.filter((s) => DATA_PROTECTION_WORDS.test(s))) : first(PATTERNS[subject], all);
    return quote === null ? [] : [{ subject, quote }];
  });
}
