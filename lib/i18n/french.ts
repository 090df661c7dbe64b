/**
 * "de" before a school's name, contracted as French writes it. Names mostly start with the kind of
 * school, whose gender and first letter decide: "du Collège Jean-Moulin", "de l’École Jules-Ferry",
 * "de la Cité scolaire Lumière"; otherwise "de", elided before a vowel ("d’Ombres et Lumières").
 * A word ends at a space, a hyphen, an apostrophe or the end (JavaScript's \b knows no accents).
 */
const kind = (words: string) => new RegExp(`^(${words})(?=[\\s\\-’']|$)`, "iu");
const MASCULINE = kind("coll[eè]ge|lyc[ée]e|microlyc[ée]e|groupe scolaire|centre|p[oô]le|campus|rectorat|pensionnat|cours|lp|lpo|cfa|clg");
const FEMININE_CONSONANT = kind("cit[ée] scolaire|maison familiale|section|direction");
/** Kinds of school that start with a vowel (or a mute h): "de l’École", "de l’Externat", "de l’Hôpital". */
const WITH_ELIDED_ARTICLE = kind("[ée]cole|[ée]tablissement|institution|institut|internat|externat|ensemble scolaire|unit[ée]|erea|esat|ime|h[oô]pital");
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/iu;

export function ofSchoolFr(name: string): string {
  const trimmed = name.trim();
  // With its article already: "le collège" → "du collège", "les Tilleuls" → "des Tilleuls".
  if (/^le /iu.test(trimmed)) return trimmed.replace(/^le /iu, "du ");
  if (/^les /iu.test(trimmed)) return trimmed.replace(/^les /iu, "des ");
  if (/^(l[’']|la )/iu.test(trimmed)) return `de ${trimmed}`;
  if (MASCULINE.test(trimmed)) return `du ${trimmed}`;
  if (FEMININE_CONSONANT.test(trimmed)) return `de la ${trimmed}`;
  if (WITH_ELIDED_ARTICLE.test(trimmed)) return `de l’${trimmed}`;
  // A proper name only elides "de" before a vowel ("d’Avignon"); an h is left as written.
  return VOWEL.test(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}

/**
 * A school's name as the subject or object of a French sentence, with the article its kind of school
 * takes: "le Collège Jean-Moulin", "l’École Jules-Ferry", "la Cité scolaire Lumière". A name with no
 * known kind ("Saint-Joseph") reads "l’établissement Saint-Joseph"; a name with its article is kept.
 * Lower case: the caller capitalises a sentence that starts with it.
 */
export function theSchoolFr(name: string): string {
  const trimmed = name.trim();
  if (/^(les?|la) /iu.test(trimmed) || /^l[’']/iu.test(trimmed)) return trimmed.charAt(0).toLocaleLowerCase() + trimmed.slice(1);
  if (MASCULINE.test(trimmed)) return `le ${trimmed}`;
  if (FEMININE_CONSONANT.test(trimmed)) return `la ${trimmed}`;
  if (WITH_ELIDED_ARTICLE.test(trimmed)) return `l’${trimmed}`;
  return `l’établissement ${trimmed}`;
}

/** "à" before a school's name, contracted with its article: "au Collège Jean-Moulin", "à l’École Jules-Ferry", "aux Tilleuls". */
export function toSchoolFr(name: string): string {
  const the = theSchoolFr(name);
  if (/^le /u.test(the)) return the.replace(/^le /u, "au ");
  if (/^les /u.test(the)) return the.replace(/^les /u, "aux ");
  return `à ${the}`;
}

/** A school's name inside a sentence of the given language: with its French article, as it is in English. */
export const schoolInSentence = (locale: string, name: string): string => (locale === "fr" ? theSchoolFr(name) : name);

/** A sentence that starts with a placeholder ("l’établissement envisage…") starts with a capital. */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);
