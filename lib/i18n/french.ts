/**
 * "de" before a school's name, contracted as French writes it. Names mostly start with the kind of
 * school, whose gender and first letter decide: "du Collège Jean-Moulin", "de l’École Jules-Ferry",
 * "de la Cité scolaire Lumière"; otherwise "de", elided before a vowel ("d’Ombres et Lumières").
 */
const MASCULINE = /^(coll[eè]ge|lyc[ée]e|groupe scolaire|centre|p[oô]le|campus|rectorat)\b/iu;
const FEMININE_CONSONANT = /^(cit[ée] scolaire|maison familiale|section|direction)\b/iu;
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/iu;

export function ofSchoolFr(name: string): string {
  const trimmed = name.trim();
  // With its article already: "le collège" → "du collège", "les Tilleuls" → "des Tilleuls".
  if (/^le /iu.test(trimmed)) return trimmed.replace(/^le /iu, "du ");
  if (/^les /iu.test(trimmed)) return trimmed.replace(/^les /iu, "des ");
  if (/^(l[’']|la )/iu.test(trimmed)) return `de ${trimmed}`;
  if (MASCULINE.test(trimmed)) return `du ${trimmed}`;
  if (FEMININE_CONSONANT.test(trimmed)) return `de la ${trimmed}`;
  if (VOWEL.test(trimmed)) {
    // A kind of school that starts with a vowel takes "l’" (École, Établissement, Institution…);
    // a proper name only the elision ("d’Avignon").
    return /^(école|ecole|établissement|etablissement|institution|institut|internat|ensemble scolaire|unité|unite|erea|esat|ime)\b/iu.test(trimmed)
      ? `de l’${trimmed}`
      : `d’${trimmed}`;
  }
  return `de ${trimmed}`;
}
