import { describe, expect, it } from "vitest";
import { capitalise, schoolInSentence, theSchoolFr, toSchoolFr, ofSchoolFr } from "./french";

describe("ofSchoolFr", () => {
  it.each([
    ["Collège Jean-Moulin", "du Collège Jean-Moulin"],
    ["Lycée polyvalent Marie-Curie", "du Lycée polyvalent Marie-Curie"],
    ["Groupe scolaire Pasteur", "du Groupe scolaire Pasteur"],
    ["École élémentaire Les Tilleuls", "de l’École élémentaire Les Tilleuls"],
    ["Ecole Jules-Ferry", "de l’Ecole Jules-Ferry"],
    ["Établissement régional d’enseignement adapté", "de l’Établissement régional d’enseignement adapté"],
    ["Cité scolaire Lumière", "de la Cité scolaire Lumière"],
    ["Antoine de Saint-Exupéry", "d’Antoine de Saint-Exupéry"],
    ["Saint-Joseph", "de Saint-Joseph"],
    ["l’établissement", "de l’établissement"],
    ["le collège Jean-Moulin", "du collège Jean-Moulin"],
    ["les Tilleuls", "des Tilleuls"],
    ["la cité scolaire", "de la cité scolaire"],
    ["Unité d’enseignement Pasteur", "de l’Unité d’enseignement Pasteur"],
    ["Externat Saint-Joseph", "de l’Externat Saint-Joseph"],
    ["Pensionnat Notre-Dame", "du Pensionnat Notre-Dame"],
    ["Cours Hattemer", "du Cours Hattemer"],
    ["Microlycée de Sénart", "du Microlycée de Sénart"],
    ["LP Jean-Jaurès", "du LP Jean-Jaurès"],
    ["Hôpital de jour", "de l’Hôpital de jour"],
    ["Collège-lycée Saint-Charles", "du Collège-lycée Saint-Charles"],
  ])("%s → %s", (name, expected) => {
    expect(ofSchoolFr(name)).toBe(expected);
  });
});

describe("theSchoolFr", () => {
  it.each([
    ["Collège Jean-Moulin", "le Collège Jean-Moulin"],
    ["Lycée polyvalent Marie-Curie", "le Lycée polyvalent Marie-Curie"],
    ["École élémentaire Les Tilleuls", "l’École élémentaire Les Tilleuls"],
    ["Cité scolaire Lumière", "la Cité scolaire Lumière"],
    ["Institution Sainte-Marie", "l’Institution Sainte-Marie"],
    ["Saint-Joseph", "l’établissement Saint-Joseph"],
    ["Antoine de Saint-Exupéry", "l’établissement Antoine de Saint-Exupéry"],
    ["Le collège Jean-Moulin", "le collège Jean-Moulin"],
    ["L’École du Parc", "l’École du Parc"],
    ["  Collège Jean-Moulin ", "le Collège Jean-Moulin"],
  ])("%s → %s", (name, expected) => {
    expect(theSchoolFr(name)).toBe(expected);
  });

  it("starts a sentence with a capital", () => {
    expect(capitalise(`${theSchoolFr("Collège Jean-Moulin")} envisage`)).toBe("Le Collège Jean-Moulin envisage");
    expect(capitalise(`${theSchoolFr("Saint-Joseph")} envisage`)).toBe("L’établissement Saint-Joseph envisage");
  });
});

describe("toSchoolFr and schoolInSentence", () => {
  it.each([
    ["Collège Jean-Moulin", "au Collège Jean-Moulin"],
    ["École Jules-Ferry", "à l’École Jules-Ferry"],
    ["Cité scolaire Lumière", "à la Cité scolaire Lumière"],
    ["Les Tilleuls", "aux Tilleuls"],
    ["Saint-Joseph", "à l’établissement Saint-Joseph"],
  ])("%s → %s", (name, expected) => {
    expect(toSchoolFr(name)).toBe(expected);
  });
  it("gives the French article in French only", () => {
    expect(schoolInSentence("fr", "Lycée Victor-Hugo")).toBe("le Lycée Victor-Hugo");
    expect(schoolInSentence("en", "Lycée Victor-Hugo")).toBe("Lycée Victor-Hugo");
  });
});
